/**
 * Calendar dates as 'YYYY-MM-DD' strings. They are civil dates with no time zone; arithmetic runs
 * on UTC midnights so that no host time zone can shift a day.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date; throws on anything that is not a real date. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new InvalidDateError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls 2023-02-30 over to March; a round trip catches it.
  if (fromDayNumber(ms / DAY_MS) !== date) throw new InvalidDateError(`no such date: ${date}`);
  return ms / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** The instant of a wall-clock time in Seoul (UTC+9, no daylight saving since 1988). */
export function seoulInstant(date: string, hour: number, minute = 0): Date {
  return new Date(dayNumber(date) * DAY_MS + ((hour - 9) * 60 + minute) * 60_000);
}

/** The calendar date in Seoul at an instant. */
export function seoulDate(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
