import { blank } from './text.js';

/** A YYYY-MM-DD day; all arithmetic is on calendar days, in UTC so no zone can shift it. */
type Day = string;

const pad = (value: number): string => String(value).padStart(2, '0');
const dayOf = (date: Date): Day =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** Today in Seoul, where KRX trading days are counted. */
export function seoulToday(now: Date): Day {
  return dayOf(new Date(now.getTime() + 9 * 3_600_000));
}

function parts(day: Day): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number);
  return [year!, month!, date!];
}

/** The same day `count` months earlier, or that month's last day when it is shorter. */
export function monthsBefore(day: Day, count: number): Day {
  const [year, month, date] = parts(day);
  const target = new Date(Date.UTC(year, month - 1 - count, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return dayOf(target);
}

export function daysBefore(day: Day, count: number): Day {
  const [year, month, date] = parts(day);
  return dayOf(new Date(Date.UTC(year, month - 1, date - count)));
}

function validDay(year: number, month: number, date: number): Day | null {
  const candidate = new Date(Date.UTC(year, month - 1, date));
  if (
    candidate.getUTCFullYear() !== year ||
    candidate.getUTCMonth() !== month - 1 ||
    candidate.getUTCDate() !== date
  ) {
    return null;
  }
  return dayOf(candidate);
}

const lastDayOfMonth = (year: number, month: number): Day =>
  dayOf(new Date(Date.UTC(year, month, 0)));

export interface DateWindow {
  from?: Day;
  to?: Day;
}

export interface WindowScan {
  window: DateWindow;
  /** The text with the words that gave the window blanked out. */
  rest: string;
}

/** Native Korean counting words, as in "한 달", "두 달", "세 달". */
const NATIVE_NUMBERS: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};

const UNIT_MONTHS: Record<string, number> = { year: 12, month: 1 };

function unitOf(word: string): 'year' | 'month' | 'week' | 'day' | null {
  if (/^(년|years?|yrs?)$/.test(word)) return 'year';
  if (/^(개월|달|months?)$/.test(word)) return 'month';
  if (/^(주|주일|weeks?)$/.test(word)) return 'week';
  if (/^(일|days?|거래일|영업일)$/.test(word)) return 'day';
  return null;
}

function startBefore(today: Day, count: number, unit: 'year' | 'month' | 'week' | 'day'): Day {
  if (unit === 'week') return daysBefore(today, 7 * count);
  if (unit === 'day') return daysBefore(today, count);
  return monthsBefore(today, count * UNIT_MONTHS[unit]!);
}

const FROM_WORDS = /^\s*(?:부터|이후|후로|since|from|onwards?|on)/;
const TO_WORDS = /^\s*(?:까지|이전|until|till|through|to)/;
const RANGE_JOIN = String.raw`\s*(?:~|-|–|부터|에서|to|until|through|and|till)\s*`;

const ISO = String.raw`(\d{4})[-./](\d{1,2})[-./](\d{1,2})`;
const KOREAN_DATE = String.raw`(\d{4})\s?년\s?(\d{1,2})\s?월(?:\s?(\d{1,2})\s?일)?`;
const YEAR = String.raw`((?:19|20)\d{2})(?![\d,])\s?(?:년도?)?`;

/**
 * A window of days from words like "2022-01-01부터 2022-06-30까지", "2019년부터 2023년까지",
 * "2020~2024", "since 2016", "최근 3년", "last 6 months", "작년", "올해". A bare year range
 * covers whole years; a relative window ends today.
 */
export function scanWindow(input: string, today: Day): WindowScan {
  let rest = input;
  const text = input.toLowerCase();
  const window: DateWindow = {};
  const take = (start: number, end: number) => (rest = blank(rest, start, end));
  const [thisYear] = parts(today);

  // Full dates first: "2022-01-01", "2022년 1월 1일", "2022년 3월".
  const dates: { day: Day; endDay: Day; start: number; end: number }[] = [];
  for (const match of text.matchAll(new RegExp(`${ISO}|${KOREAN_DATE}`, 'g'))) {
    const year = Number(match[1] ?? match[4]);
    const month = Number(match[2] ?? match[5]);
    const date = match[3] ?? match[6];
    const day = validDay(year, month, Number(date ?? 1));
    if (!day) {
      // "2022-02-30" is a mistake, not the year 2022.
      take(match.index, match.index + match[0].length);
      continue;
    }
    const endDay = date ? day : lastDayOfMonth(year, month);
    dates.push({ day, endDay, start: match.index, end: match.index + match[0].length });
  }
  if (dates.length >= 2) {
    window.from = dates[0]!.day;
    window.to = dates[1]!.endDay;
  } else if (dates.length === 1) {
    const only = dates[0]!;
    const after = text.slice(only.end);
    const before = text.slice(0, only.start);
    if (TO_WORDS.test(after) || /(?:until|till|through|to)\s*$/.test(before)) {
      window.to = only.endDay;
    } else {
      window.from = only.day;
    }
  }
  for (const date of dates) take(date.start, date.end);
  if (rest !== input) return { window, rest: tidy(rest) };

  // Year ranges: "2019년부터 2023년까지", "2020~2024", "from 2020 to 2021".
  const range = new RegExp(`${YEAR}${RANGE_JOIN}${YEAR}(?:\\s?까지)?`, 'g').exec(text);
  if (range) {
    const first = Number(range[1]);
    const last = Number(range[2]);
    if (first <= last) {
      window.from = `${first}-01-01`;
      window.to = last >= thisYear ? today : `${last}-12-31`;
      take(range.index, range.index + range[0].length);
      return { window, rest: tidy(rest) };
    }
  }
  const single = new RegExp(`(since|from|until|till|through|in)?\\s*${YEAR}`, 'g');
  for (const match of text.matchAll(single)) {
    const year = Number(match[2]);
    const start = match.index;
    const end = start + match[0].length;
    const after = text.slice(end);
    const lead = match[1];
    if (lead === 'since' || lead === 'from' || FROM_WORDS.test(after)) {
      window.from = `${year}-01-01`;
      const connector = FROM_WORDS.exec(after);
      take(start, end + (connector?.[0].length ?? 0));
    } else if (lead === 'until' || lead === 'till' || lead === 'through' || TO_WORDS.test(after)) {
      window.to = year >= thisYear ? today : `${year}-12-31`;
      const connector = TO_WORDS.exec(after);
      take(start, end + (connector?.[0].length ?? 0));
    } else {
      window.from = `${year}-01-01`;
      window.to = year >= thisYear ? today : `${year}-12-31`;
      take(start, end);
    }
    break;
  }
  if (window.from || window.to) return { window, rest: tidy(rest) };

  // Relative windows ending today.
  const relative =
    /(?:(최근|지난|과거|last|past|previous|trailing|over the|in the|for the)\s*)?(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(년|개월|달|주일|주|거래일|영업일|일|years?|yrs?|months?|weeks?|days?)(?:\s?치|\s?간|\s?동안)?/g;
  for (const match of text.matchAll(relative)) {
    const unit = unitOf(match[3]!);
    if (!unit) continue;
    const count = /^\d+$/.test(match[2]!) ? Number(match[2]) : NATIVE_NUMBERS[match[2]!]!;
    // Without "최근"/"last", "3주" may be shares and "5일" a day of the month.
    if (!match[1] && (unit === 'week' || unit === 'day')) continue;
    window.from = startBefore(today, count, unit);
    window.to = today;
    take(match.index, match.index + match[0].length);
    return { window, rest: tidy(rest) };
  }
  const named: [RegExp, () => DateWindow][] = [
    [/반년|half a year|half-year|6 ?months?/, () => ({ from: monthsBefore(today, 6), to: today })],
    [
      /(?:over|in|for|during) the (?:last|past) year|(?:last|past) 12 months|지난 ?1년|최근 ?1년|the past year/,
      () => ({ from: monthsBefore(today, 12), to: today }),
    ],
    [/재작년|year before last/, () => wholeYear(thisYear - 2)],
    [/작년|지난해|last year/, () => wholeYear(thisYear - 1)],
    [/올해|금년|this year|ytd|year to date/, () => ({ from: `${thisYear}-01-01`, to: today })],
    [
      /(?:최근|지난) ?(?:한 )?분기|last quarter|past quarter/,
      () => ({ from: monthsBefore(today, 3), to: today }),
    ],
  ];
  for (const [pattern, make] of named) {
    const match = pattern.exec(text);
    if (!match) continue;
    Object.assign(window, make());
    take(match.index, match.index + match[0].length);
    break;
  }
  return { window, rest: tidy(rest) };
}

const wholeYear = (year: number): DateWindow => ({ from: `${year}-01-01`, to: `${year}-12-31` });

// Offsets must survive, so only trailing blanks go.
const tidy = (text: string): string => text.trimEnd();
