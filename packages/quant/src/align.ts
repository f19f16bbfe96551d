import { CalendarRangeError, isTradingDay, tradingDays } from '@capstone/krx-calendar';
import { returnsOf, type ReturnKind } from './returns.js';
import { fail, finiteArray, increasingDates } from './validate.js';

/** One symbol's closes as observed: a bar per listed date, halts named. */
export interface PriceSeries {
  symbol: string;
  /** Observation dates, strictly increasing 'YYYY-MM-DD'. */
  dates: readonly string[];
  /** Close on each date (KRW, > 0). */
  closes: ArrayLike<number>;
  /**
   * Trading days on which the symbol was listed but did not trade (거래정지). They may be in
   * `dates` (a bar carrying the last close) or absent.
   */
  haltDates?: readonly string[];
}

/**
 * What to do with a KRX trading day on which a symbol has no usable close.
 * - `missing` (no bar at all, a data gap): `'drop-day'` drops the day for every symbol (the next
 *   return then spans two sessions), `'carry-forward'` repeats the last close (a zero return that
 *   day, the move lands on the next day), `'error'` refuses.
 * - `halt` (a trading halt): `'zero-return'` carries the last close (a zero return on that day),
 *   `'drop-day'` drops the day for every symbol.
 */
export interface AlignmentPolicy {
  missing: 'drop-day' | 'carry-forward' | 'error';
  halt: 'zero-return' | 'drop-day';
}

export const DEFAULT_ALIGNMENT_POLICY: AlignmentPolicy = {
  missing: 'drop-day',
  halt: 'zero-return',
};

export interface AlignmentIssue {
  symbol: string;
  kind: 'missing' | 'halt' | 'off-calendar';
  /** `'ignored'`: a bar on a day KRX was closed, left out. */
  policy: 'drop-day' | 'carry-forward' | 'zero-return' | 'ignored';
  dates: string[];
  messageKo: string;
  messageEn: string;
}

export interface AlignmentReport {
  /** The window actually aligned (the request narrowed to the dates every symbol covers). */
  from: string;
  to: string;
  /** KRX trading days in the window (krx-calendar). */
  calendarDays: number;
  keptDays: number;
  /** Days dropped for every symbol, and the symbols that caused each. */
  droppedDays: { date: string; symbols: string[] }[];
  issues: AlignmentIssue[];
  /** Symbols whose first or last observation narrowed the requested window. */
  limitedBy: { symbol: string; firstDate: string; lastDate: string }[];
}

export interface AlignedPrices {
  /** Kept KRX trading days, oldest first. */
  dates: string[];
  symbols: string[];
  /** One column per symbol, one close per kept day. */
  closes: Float64Array[];
  report: AlignmentReport;
}

export interface AlignOptions {
  from?: string;
  to?: string;
  policy?: Partial<AlignmentPolicy>;
}

function describe(
  kind: AlignmentIssue['kind'],
  policy: AlignmentIssue['policy'],
  symbol: string,
  count: number,
): Pick<AlignmentIssue, 'messageKo' | 'messageEn'> {
  const what = {
    missing: ['시세 누락', 'no bar'],
    halt: ['거래정지', 'trading halt'],
    'off-calendar': ['휴장일 시세', 'bar on a KRX holiday'],
  }[kind];
  const action = {
    'drop-day': ['모든 종목에서 해당일 제외', 'day dropped for every symbol'],
    'carry-forward': ['직전 종가로 채움(수익률 0)', 'last close carried (zero return)'],
    'zero-return': ['직전 종가 유지(수익률 0)', 'last close held (zero return)'],
    ignored: ['무시함', 'ignored'],
  }[policy];
  return {
    messageKo: `${symbol}: ${what[0]} ${count}일 — ${action[0]}`,
    messageEn: `${symbol}: ${what[1]} on ${count} day(s) — ${action[1]}`,
  };
}

/**
 * Aligns closes of several symbols on the KRX trading calendar. Every trading day in the window
 * on which a symbol has no traded close is handled by the policy and named in the report; nothing
 * is filled silently.
 */
export function alignOnKrxCalendar(
  series: readonly PriceSeries[],
  options: AlignOptions = {},
): AlignedPrices {
  const policy = { ...DEFAULT_ALIGNMENT_POLICY, ...options.policy };
  if (!Array.isArray(series) || series.length === 0) {
    fail('series', '종목 시계열이 하나 이상 필요합니다', 'needs at least one price series');
  }
  const parsed = series.map((s, k) => {
    const field = `series[${k}]`;
    if (typeof s?.symbol !== 'string' || s.symbol === '')
      fail(`${field}.symbol`, '종목코드가 없습니다', 'symbol is missing');
    increasingDates(`${field}.dates`, s.dates);
    if (s.dates.length === 0) fail(`${field}.dates`, '관측치가 없습니다', 'has no observations');
    const closes = finiteArray(`${field}.closes`, s.closes);
    if (closes.length !== s.dates.length) {
      fail(
        `${field}.closes`,
        `날짜 수(${s.dates.length})와 길이가 다릅니다`,
        `has ${closes.length} closes for ${s.dates.length} dates`,
      );
    }
    closes.forEach((c, i) => {
      if (!(c > 0))
        fail(
          `${field}.closes[${i}]`,
          `${s.dates[i]} 종가는 0보다 커야 합니다`,
          `close on ${s.dates[i]} must be > 0 (got ${c})`,
        );
    });
    const byDate = new Map<string, number>();
    s.dates.forEach((d: string, i: number) => byDate.set(d, closes[i]!));
    return {
      symbol: s.symbol,
      byDate,
      halts: new Set(s.haltDates ?? []),
      first: s.dates[0]!,
      last: s.dates.at(-1)!,
    };
  });

  let from = options.from ?? parsed.reduce((m, s) => (s.first > m ? s.first : m), '0000-00-00');
  let to = options.to ?? parsed.reduce((m, s) => (s.last < m ? s.last : m), '9999-99-99');
  const limitedBy: AlignmentReport['limitedBy'] = [];
  for (const s of parsed) {
    if (s.first > from || s.last < to)
      limitedBy.push({ symbol: s.symbol, firstDate: s.first, lastDate: s.last });
    if (s.first > from) from = s.first;
    if (s.last < to) to = s.last;
  }
  if (from > to)
    fail(
      'series',
      '모든 종목이 겹치는 기간이 없습니다',
      `the series share no dates (window ${from} … ${to})`,
    );
  let calendar: string[];
  try {
    calendar = tradingDays(from, to);
  } catch (error) {
    if (error instanceof CalendarRangeError)
      fail('from', 'KRX 달력 범위를 벗어났습니다', error.message);
    throw error;
  }

  const issues: AlignmentIssue[] = [];
  // status[k][d]: 0 traded, 1 carry (zero return), 2 drop the day.
  const status = parsed.map(() => new Uint8Array(calendar.length));
  parsed.forEach((s, k) => {
    const missing: string[] = [];
    const halted: string[] = [];
    calendar.forEach((date, d) => {
      if (s.halts.has(date)) {
        halted.push(date);
        status[k]![d] = policy.halt === 'zero-return' ? 1 : 2;
      } else if (!s.byDate.has(date)) {
        missing.push(date);
        if (policy.missing === 'error') {
          fail(
            `series[${k}].dates`,
            `${s.symbol}의 ${date} 시세가 없습니다`,
            `${s.symbol} has no bar on trading day ${date}`,
          );
        }
        status[k]![d] = policy.missing === 'carry-forward' ? 1 : 2;
      }
    });
    const offCalendar = [...s.byDate.keys()].filter(
      (d) => d >= from && d <= to && !isTradingDay(d),
    );
    const push = (kind: AlignmentIssue['kind'], p: AlignmentIssue['policy'], dates: string[]) => {
      if (dates.length > 0)
        issues.push({
          symbol: s.symbol,
          kind,
          policy: p,
          dates,
          ...describe(kind, p, s.symbol, dates.length),
        });
    };
    push('missing', policy.missing === 'carry-forward' ? 'carry-forward' : 'drop-day', missing);
    push('halt', policy.halt, halted);
    push('off-calendar', 'ignored', offCalendar);
  });

  // A carried close needs a previous close: a carry on the window's first kept day becomes a drop.
  const dropped: AlignmentReport['droppedDays'] = [];
  const keep: number[] = [];
  calendar.forEach((date, d) => {
    const first = keep.length === 0;
    const causes = parsed
      .filter((_, k) => status[k]![d] === 2 || (first && status[k]![d] === 1))
      .map((s) => s.symbol);
    if (causes.length > 0) dropped.push({ date, symbols: causes });
    else keep.push(d);
  });
  if (keep.length === 0)
    fail('series', '정렬 후 남는 거래일이 없습니다', 'no trading day is left after alignment');

  const closes = parsed.map((s, k) => {
    const column = new Float64Array(keep.length);
    keep.forEach((d, i) => {
      column[i] = status[k]![d] === 1 ? column[i - 1]! : s.byDate.get(calendar[d]!)!;
    });
    return column;
  });
  return {
    dates: keep.map((d) => calendar[d]!),
    symbols: parsed.map((s) => s.symbol),
    closes,
    report: {
      from,
      to,
      calendarDays: calendar.length,
      keptDays: keep.length,
      droppedDays: dropped,
      issues,
      limitedBy,
    },
  };
}

export interface AlignedReturns {
  /** dates[t] is the day return t ends on (the first kept day has no return). */
  dates: string[];
  symbols: string[];
  kind: ReturnKind;
  returns: Float64Array[];
}

export function alignedReturns(
  aligned: AlignedPrices,
  kind: ReturnKind = 'simple',
): AlignedReturns {
  return {
    dates: aligned.dates.slice(1),
    symbols: aligned.symbols,
    kind,
    returns: aligned.closes.map((c, k) => returnsOf(kind, c, `closes[${k}]`)),
  };
}
