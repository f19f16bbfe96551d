import { addDays, isWeekend } from './dates.js';
import { LAST_YEAR, type HolidayEntry, type HolidayKind } from './holidays.js';

/**
 * The closures of a year the hand-kept table does not cover, from the rules alone: weekends, the
 * fixed solar public holidays that close KRX, and the year-end closing on the last weekday of
 * December. What the rules cannot give is missing: Seollal, Buddha's Birthday and Chuseok (lunar),
 * election days and temporary holidays. That is why the calendar warns when it falls back here, and
 * why KIS's holiday API answers (kis-holidays.ts) override it for future dates.
 */
export function ruleHolidayEntries(year: number): HolidayEntry[] {
  const fixed: Array<[monthDay: string, kind: HolidayKind, substitute?: HolidayKind]> = [
    ['01-01', 'new-year'],
    ['03-01', 'independence-movement', 'substitute-independence-movement'],
    ['05-01', 'labour'],
    ['05-05', 'children', 'substitute-children'],
    ['06-06', 'memorial'],
    ['08-15', 'liberation', 'substitute-liberation'],
    ['10-03', 'national-foundation', 'substitute-national-foundation'],
    ['12-25', 'christmas', 'substitute-christmas'],
  ];
  // Hangul Day was no public holiday from 1991 to 2012, so it closes nothing before the table.
  if (year > LAST_YEAR) fixed.push(['10-09', 'hangul', 'substitute-hangul']);
  const entries: HolidayEntry[] = fixed.map(([monthDay, kind]) => [`${year}-${monthDay}`, kind]);
  const taken = new Set(entries.map(([date]) => date));

  // Substitute holidays for weekend national days exist only since 2021 (Children's Day since
  // 2014, Christmas since 2023), so only years after the table get them.
  if (year > LAST_YEAR) {
    for (const [monthDay, , substitute] of fixed) {
      const date = `${year}-${monthDay}`;
      if (!substitute || !isWeekend(date)) continue;
      let day = addDays(date, 1);
      while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
      entries.push([day, substitute]);
      taken.add(day);
    }
  }

  let yearEnd = `${year}-12-31`;
  while (isWeekend(yearEnd)) yearEnd = addDays(yearEnd, -1);
  entries.push([yearEnd, 'year-end-closing']);
  return entries.sort(([a], [b]) => a.localeCompare(b));
}
