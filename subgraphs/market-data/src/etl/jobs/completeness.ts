import { CALENDAR_YEARS, tradingDays } from '@capstone/krx-calendar';
import type { BarTarget } from './bars.js';
import type { Pool } from '../storage/pool.js';

/**
 * The trading days in `from`…`to` (YYYY-MM-DD) with no stored bar. The KRX calendar says which
 * days must have one; outside the years it covers nothing is expected, rather than guessed.
 */
export function missingTradingDays(stored: Iterable<string>, from: string, to: string): string[] {
  const first = `${CALENDAR_YEARS.first}-01-01`;
  const last = `${CALENDAR_YEARS.last}-12-31`;
  const start = from < first ? first : from;
  const end = to > last ? last : to;
  if (start > end) return [];
  const have = new Set(stored);
  return tradingDays(start, end).filter((day) => !have.has(day));
}

const seriesOf = (target: BarTarget) =>
  target.kind === 'stock'
    ? { table: 'DailyBar', key: 'symbol', value: target.symbol }
    : { table: 'IndexBar', key: 'code', value: target.code };

/** The first and last stored bar of a target, or nulls when it has none. */
export async function storedSpan(
  pool: Pool,
  target: BarTarget,
): Promise<{ first: string | null; last: string | null }> {
  const { table, key, value } = seriesOf(target);
  const [rows] = await pool.query(
    `SELECT MIN(date) AS first, MAX(date) AS last FROM \`${table}\` WHERE \`${key}\` = ?`,
    [value],
  );
  const row = (rows as { first: string | null; last: string | null }[])[0];
  return { first: row?.first ?? null, last: row?.last ?? null };
}

export async function storedDates(
  pool: Pool,
  target: BarTarget,
  from: string,
  to: string,
): Promise<string[]> {
  const { table, key, value } = seriesOf(target);
  const [rows] = await pool.query(
    `SELECT date FROM \`${table}\` WHERE \`${key}\` = ? AND date BETWEEN ? AND ? ORDER BY date`,
    [value, from, to],
  );
  return (rows as { date: string }[]).map((row) => row.date);
}
