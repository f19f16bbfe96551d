import { addDays, dayNumber, fromDayNumber, isWeekend } from './dates.js';
import { ruleHolidayEntries } from './fallback.js';
import {
  FIRST_YEAR,
  HOLIDAY_NAMES,
  HOLIDAY_TABLE,
  LAST_YEAR,
  type HolidayEntry,
  type HolidayKind,
} from './holidays.js';
import { hasOverrides, overrideOn } from './overrides.js';
import { warnRuleFallback } from './warnings.js';

export interface KrxHoliday {
  date: string;
  /** Several kinds when holidays coincide (2025-05-05: Children's Day and Buddha's Birthday). */
  kinds: HolidayKind[];
  nameKo: string;
  nameEn: string;
}

/** A year the calendar cannot answer at all: before the exchange existed, or past 9999. */
export class CalendarRangeError extends RangeError {
  override name = 'CalendarRangeError';
}

/** 대한증권거래소, KRX's forerunner, opened on 1956-03-03; no calendar before that is meaningful. */
const EXCHANGE_FIRST_YEAR = 1956;
const LAST_REPRESENTABLE_YEAR = 9999;

function named(entries: readonly HolidayEntry[]): Map<string, KrxHoliday> {
  const byDate = new Map<string, KrxHoliday>();
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
  return byDate;
}

const tableYears = new Map<number, Map<string, KrxHoliday>>();
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const entries = Object.values(HOLIDAY_TABLE)
    .flat()
    .filter(([date]) => date.startsWith(`${year}-`));
  tableYears.set(year, named(entries));
}
const ruleYears = new Map<number, Map<string, KrxHoliday>>();

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < EXCHANGE_FIRST_YEAR || year > LAST_REPRESENTABLE_YEAR) {
    throw new CalendarRangeError(
      `the KRX calendar answers ${EXCHANGE_FIRST_YEAR}–${LAST_REPRESENTABLE_YEAR}, not ${year}`,
    );
  }
}

/**
 * The named holidays of a year: the hand-kept table inside 2010–2027, the fallback rule outside it
 * (with a one-time warning per year rather than an error, so that a calendar left un-updated keeps
 * working and says so).
 */
function holidaysOf(year: number): ReadonlyMap<string, KrxHoliday> {
  const table = tableYears.get(year);
  if (table) return table;
  checkYear(year);
  warnRuleFallback(year, FIRST_YEAR, LAST_YEAR);
  let rule = ruleYears.get(year);
  if (!rule) {
    rule = named(ruleHolidayEntries(year));
    ruleYears.set(year, rule);
  }
  return rule;
}

function yearOf(date: string): number {
  dayNumber(date);
  return Number(date.slice(0, 4));
}

/** Whether the hand-kept table covers a year (outside it the calendar answers from rules). */
export function holidayTableCovers(year: number): boolean {
  return tableYears.has(year);
}

/** The table's (or the fallback rule's) answer, ignoring answers registered from KIS. */
export function scheduledOpen(date: string): boolean {
  return !isWeekend(date) && !holidaysOf(yearOf(date)).has(date);
}

/** The holiday on a date (weekends included, so weekend holidays keep their names). */
export function holidayOn(date: string): KrxHoliday | undefined {
  const holiday = holidaysOf(yearOf(date)).get(date);
  const override = overrideOn(date);
  if (override === true) return undefined;
  // A weekend needs no announcement: KIS answers "closed" for every one of them.
  if (override === false && !holiday && !isWeekend(date)) {
    const names = HOLIDAY_NAMES['announced-closure'];
    return { date, kinds: ['announced-closure'], nameKo: names.ko, nameEn: names.en };
  }
  return holiday && { ...holiday, kinds: [...holiday.kinds] };
}

export function isTradingDay(date: string): boolean {
  return overrideOn(date) ?? scheduledOpen(date);
}

/** Trading days from `from` to `to`, both inclusive, oldest first. */
export function tradingDays(from: string, to: string): string[] {
  const days: string[] = [];
  const last = dayNumber(to);
  let year = yearOf(from);
  let holidays = holidaysOf(year);
  const overridden = hasOverrides();
  // Walks day numbers rather than parsing dates: the simulator calls this over whole decades.
  for (let day = dayNumber(from); day <= last; day++) {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
    const weekend = weekday === 0 || weekday === 6;
    if (weekend && !overridden) continue;
    const date = fromDayNumber(day);
    const override = overridden ? overrideOn(date) : undefined;
    if (override !== undefined) {
      if (override) days.push(date);
      continue;
    }
    if (weekend) continue;
    if (!date.startsWith(String(year))) {
      year = Number(date.slice(0, 4));
      holidays = holidaysOf(year);
    }
    if (!holidays.has(date)) days.push(date);
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
  checkYear(year);
  const closures: KrxHoliday[] = [];
  for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addDays(date, 1)) {
    if (isWeekend(date) || isTradingDay(date)) continue;
    const holiday = holidayOn(date);
    if (holiday) closures.push(holiday);
  }
  return closures;
}

/** The years of the hand-kept holiday table; outside them the calendar warns and uses rules. */
export const CALENDAR_YEARS = { first: FIRST_YEAR, last: LAST_YEAR } as const;
