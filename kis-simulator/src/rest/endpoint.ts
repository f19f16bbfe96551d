import type { SimulatorContext } from '../context.js';
import { isoDate } from '../kst.js';
import { isPeriod, type Period, type Row } from '../periods.js';
import { barValue } from '../session-bar.js';
import type { Market, SimulatedBar } from '../types.js';
import { changeSign, plainSign } from './format.js';
import type { Reply } from './http.js';
import { dataErrorBody, KIS_ERRORS, SUCCESS, type KisErrorSpec } from './kis-errors.js';

export type Query = Map<string, string>;

export interface RequestInfo {
  /** The request's tr_cont header ('' on a first call, 'N' for the next page). */
  trCont: string;
}

/** A quotation API under /uapi/domestic-stock/v1/quotations/. */
export interface Endpoint {
  name: string;
  trId: string;
  /** "모의투자 미지원": refused on mock keys. */
  realOnly: boolean;
  handle(query: Query, context: SimulatorContext, request: RequestInfo): Reply;
}

export const ok = (outputs: Record<string, unknown>, headers?: Record<string, string>): Reply => ({
  status: 200,
  body: { ...outputs, ...SUCCESS },
  ...(headers ? { headers } : {}),
});

export const fail = (error: KisErrorSpec): Reply => ({
  status: error.status,
  body: dataErrorBody(error),
});

/** An answer, or the KIS error that a malformed query gets instead. */
export type Checked<T> = { value: T } | { error: Reply };

export const STOCK_DIVISIONS = ['J', 'NX', 'UN'] as const;

export function required(query: Query, name: string): Checked<string> {
  const value = query.get(name);
  return value === undefined ? { error: fail(KIS_ERRORS.fieldInvalid) } : { value: value.trim() };
}

/** FID_INPUT_ISCD, after the market division: KIS refuses a wrong division before anything else. */
export function instrumentCode(query: Query, divisions: readonly string[]): Checked<string> {
  const division = query.get('FID_COND_MRKT_DIV_CODE')?.toUpperCase();
  if (!division || !divisions.includes(division)) return { error: fail(KIS_ERRORS.marketDivision) };
  return required(query, 'FID_INPUT_ISCD');
}

export function period(query: Query, allowed: readonly Period[]): Checked<Period> {
  const value = query.get('FID_PERIOD_DIV_CODE')?.toUpperCase() ?? '';
  return isPeriod(value) && allowed.includes(value)
    ? { value }
    : { error: fail(KIS_ERRORS.fieldInvalid) };
}

export function dateParam(query: Query, name: string): Checked<string> {
  const date = isoDate(query.get(name)?.trim() ?? '');
  return date ? { value: date } : { error: fail(KIS_ERRORS.fieldInvalid) };
}

/** 수정주가 flag: KIS's documents disagree on 0/1, and its example sends "0000000001"; all pass. */
export function adjustmentFlag(query: Query): Reply | null {
  const value = query.get('FID_ORG_ADJ_PRC');
  return value === undefined || /^(0|1|0{9}[01])$/.test(value.trim())
    ? null
    : fail(KIS_ERRORS.fieldInvalid);
}

/**
 * Whether a query asks for adjusted prices (수정주가). The chart TR reads 0 as adjusted and 1 as
 * raw (원주가); the daily-price TR, by KIS's workbook, the other way round (KIS_API.md §4.2, §4.3).
 * Absent, both answer adjusted.
 */
export function wantsAdjusted(query: Query, adjustedValue: '0' | '1'): boolean {
  const value = query.get('FID_ORG_ADJ_PRC')?.trim();
  return value === undefined || value.slice(-1) === adjustedValue;
}

/**
 * A stock's completed daily rows as KIS serves them today, adjusted or raw, each with the day's
 * split ratio when it has one.
 */
export function stockSeries(context: SimulatorContext, symbol: string, adjusted: boolean): Row[] {
  const bars = adjusted ? context.market.adjustedHistory(symbol) : context.market.history(symbol);
  return stockRows(bars);
}

/**
 * What KIS says of a split on a daily row: prtt_rate (the base price over the previous close, two
 * decimals) and the base the day's change is measured from, which for raw prices is the previous
 * close over the ratio. Other days: "0.00", and the previous close.
 */
export function splitOfDay(
  context: SimulatorContext,
  symbol: string,
  row: Row,
  period: Period,
  adjusted: boolean,
): { prttRate: string; base: number | undefined } {
  const split = period === 'D' ? context.market.splits.on(symbol, row.date) : undefined;
  if (!split) return { prttRate: '0.00', base: undefined };
  return {
    prttRate: (1 / split.ratio).toFixed(2),
    base: adjusted ? undefined : (context.market.basePrice(symbol, row.date) ?? undefined),
  };
}

export const stockRows = (bars: readonly SimulatedBar[]): Row[] =>
  bars.map((bar) => ({ ...bar, value: barValue(bar) }));

/**
 * A stock row's change against the row before it (or its own open, for the first). Only a day
 * can end at the daily price limit, so W/M/Y rows get the plain up/down sign.
 */
export function stockChange(
  row: Row,
  previous: Row | undefined,
  period: Period,
  market: Market,
  splitBase?: number,
) {
  const base = splitBase ?? previous?.close ?? row.open;
  const sign =
    period === 'D' ? changeSign(row.close, base, market, row.date) : plainSign(row.close, base);
  return { base, sign };
}

/** Rows newest first, each with the row before it (what its change is measured against). */
export function newestFirst<T>(rows: readonly T[]): Array<{ row: T; previous: T | undefined }> {
  return rows.map((row, i) => ({ row, previous: rows[i - 1] })).reverse();
}
