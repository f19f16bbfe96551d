import { holidayTableCovers, scheduledOpen } from './calendar.js';
import { dayNumber } from './dates.js';
import { setOverride } from './overrides.js';

/**
 * Cross-checks the hand-kept table against KIS's holiday API (국내휴장일조회, CTCA0903R; fields in
 * KIS_API.md §4.6) and lets its answers override future dates. Fetching stays with the caller (the
 * ETL, once a day when real keys are configured); everything here is pure but for the override
 * registry the calendar consults.
 */

/** One `output` row of CTCA0903R as KIS sends it ('Y'/'N' flags, dates as YYYYMMDD). */
export interface KisHolidayRow {
  bass_dt: string;
  /** 개장일여부: whether the market opens; the flag the calendar is compared on. */
  opnd_yn: string;
  /** 영업일여부 (banks work on KRX-only closures such as the year-end closing). */
  bzdy_yn?: string;
  /** 거래일여부. */
  tr_day_yn?: string;
  /** 결제일여부. */
  sttl_day_yn?: string;
  wday_dvsn_cd?: string;
}

export interface HolidayAnswer {
  date: string;
  isOpen: boolean;
}

export interface CalendarDisagreement {
  date: string;
  /** What the table says (or, outside its years, the weekday-and-fixed-holiday rule). */
  calendarOpen: boolean;
  apiOpen: boolean;
  basis: 'table' | 'rule';
}

/** A holiday-API answer the calendar cannot read; `field` names the bad input. */
export class HolidayAnswerError extends TypeError {
  override name = 'HolidayAnswerError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

function flag(value: unknown, field: string): boolean {
  if (value === 'Y') return true;
  if (value === 'N') return false;
  throw new HolidayAnswerError(
    field,
    `"Y" 또는 "N"이어야 합니다 / expected "Y" or "N", got ${JSON.stringify(value)}`,
  );
}

function answerDate(raw: unknown, field: string): string {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const date = /^\d{8}$/.test(text)
    ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`
    : text;
  try {
    dayNumber(date);
  } catch {
    throw new HolidayAnswerError(
      field,
      `not a YYYYMMDD or YYYY-MM-DD date: ${JSON.stringify(raw)}`,
    );
  }
  return date;
}

/** Reads KIS rows (or already-normalised answers) into `{ date, isOpen }`, oldest first. */
export function normalizeHolidayAnswers(
  rows: ReadonlyArray<KisHolidayRow | HolidayAnswer>,
): HolidayAnswer[] {
  return rows
    .map((row, index) => {
      if ('bass_dt' in row) {
        return {
          date: answerDate(row.bass_dt, `rows[${index}].bass_dt`),
          isOpen: flag(row.opnd_yn, `rows[${index}].opnd_yn`),
        };
      }
      if (typeof row.isOpen !== 'boolean') {
        throw new HolidayAnswerError(
          `rows[${index}].isOpen`,
          '참/거짓 값이 아닙니다 / expected a boolean',
        );
      }
      return { date: answerDate(row.date, `rows[${index}].date`), isOpen: row.isOpen };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The dates on which KIS's answer differs from the hand-kept table (or, past the table, from the
 * fallback rule). Registered overrides are ignored: this compares the table itself.
 */
export function compareWithKisHolidays(
  rows: ReadonlyArray<KisHolidayRow | HolidayAnswer>,
): CalendarDisagreement[] {
  const disagreements: CalendarDisagreement[] = [];
  for (const { date, isOpen } of normalizeHolidayAnswers(rows)) {
    const calendarOpen = scheduledOpen(date);
    if (calendarOpen === isOpen) continue;
    const basis = holidayTableCovers(Number(date.slice(0, 4))) ? 'table' : 'rule';
    disagreements.push({ date, calendarOpen, apiOpen: isOpen, basis });
  }
  return disagreements;
}

export interface RegisteredHolidayAnswers {
  /** Answers for `today` or later, now overriding the calendar. */
  registered: HolidayAnswer[];
  /** Answers for past dates, left alone: the table is checked against real trading there. */
  ignoredPast: HolidayAnswer[];
  /** Registered answers that changed what the calendar says. */
  disagreements: CalendarDisagreement[];
}

/**
 * Makes KIS's answers win for `today` and later: the calendar's `isTradingDay`, `tradingDays`,
 * `holidayOn`, `krxHolidays` and session hours follow them from now on. `today` is the caller's
 * Seoul date (`seoulDate(new Date())`), passed in so that this stays a pure function of its input.
 */
export function registerKisHolidayAnswers(
  rows: ReadonlyArray<KisHolidayRow | HolidayAnswer>,
  options: { today: string },
): RegisteredHolidayAnswers {
  const today = answerDate(options.today, 'today');
  const answers = normalizeHolidayAnswers(rows);
  const registered = answers.filter((answer) => answer.date >= today);
  const disagreements = compareWithKisHolidays(registered);
  for (const { date, isOpen } of registered) setOverride(date, isOpen);
  return {
    registered,
    ignoredPast: answers.filter((answer) => answer.date < today),
    disagreements,
  };
}
