import { addDays, dayNumber, fromDayNumber, isWeekend } from './dates.js';
import {
  FIRST_YEAR,
  HOLIDAY_NAMES,
  HOLIDAY_TABLE,
  LAST_YEAR,
  type HolidayKind,
} from './holidays.js';

export interface KrxHoliday {
  date: string;
  /** Several kinds when holidays coincide (2025-05-05: Children's Day and Buddha's Birthday). */
  kinds: HolidayKind[];
  nameKo: string;
  nameEn: string;
}

export class CalendarRangeError extends RangeError {
  override name = 'CalendarRangeError';
}

const byDate = new Map<string, KrxHoliday>();
for (const entries of Object.values(HOLIDAY_TABLE)) {
  for (const [date, kind] of entries) {
    const names = HOLIDAY_NAMES[kind];
    const known = byDate.get(date);
    if (known) {
      known.kinds.push(kind);
      known.nameKo += `·${names.ko}`;
      known.nameEn += ` / ${names.en}`;
    } else {
      byDate.set(date, { date, kinds: [kind], nameKo: names.ko, nameEn: names.en });
    }
  }
}

function checkCovered(date: string): void {
  dayNumber(date);
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    // Guessing "every weekday trades" outside the table would silently invent sessions.
    throw new CalendarRangeError(
      `the KRX holiday table covers ${FIRST_YEAR}–${LAST_YEAR}, not ${date}`,
    );
  }
}

/** The holiday on a date (weekends included, so weekend holidays keep their names). */
export function holidayOn(date: string): KrxHoliday | undefined {
  checkCovered(date);
  const holiday = byDate.get(date);
  return holiday && { ...holiday, kinds: [...holiday.kinds] };
}

export function isTradingDay(date: string): boolean {
  checkCovered(date);
  return !isWeekend(date) && !byDate.has(date);
}

/** Trading days from `from` to `to`, both inclusive, oldest first. */
export function tradingDays(from: string, to: string): string[] {
  checkCovered(from);
  checkCovered(to);
  const days: string[] = [];
  const last = dayNumber(to);
  // Walks day numbers rather than parsing dates: the simulator calls this over whole decades.
  for (let day = dayNumber(from); day <= last; day++) {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
    if (weekday === 0 || weekday === 6) continue;
    const date = fromDayNumber(day);
    if (!byDate.has(date)) days.push(date);
  }
  return days;
}

/** The last trading day strictly before `date`. */
export function previousTradingDay(date: string): string {
  let day = addDays(date, -1);
  while (!isTradingDay(day)) day = addDays(day, -1);
  return day;
}

/** The first trading day strictly after `date`. */
export function nextTradingDay(date: string): string {
  let day = addDays(date, 1);
  while (!isTradingDay(day)) day = addDays(day, 1);
  return day;
}

/** The weekday market closures of a year, in date order (weekend holidays close nothing). */
export function krxHolidays(year: number): KrxHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new CalendarRangeError(
      `the KRX holiday table covers ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`,
    );
  }
  return [...byDate.values()]
    .filter((holiday) => holiday.date.startsWith(`${year}-`) && !isWeekend(holiday.date))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((holiday) => ({ ...holiday, kinds: [...holiday.kinds] }));
}

export const CALENDAR_YEARS = { first: FIRST_YEAR, last: LAST_YEAR } as const;
