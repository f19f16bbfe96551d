import { setTimeout as sleep } from 'node:timers/promises';
import {
  classifyKisError,
  type DailyBar,
  type IndexBar,
  type IndexChartCode,
} from '@capstone/kis-client';
import { addDays } from '@capstone/krx-calendar';
import {
  upsertDailyBars,
  upsertIndexBars,
  type DailyBarRow,
  type IndexBarRow,
} from '../storage/ingest.js';
import { JobStopped, checkpoint, type JobContext } from './context.js';
import { actionsInPage, type DetectedAction } from './corporate-actions.js';

/** A series of daily bars: one stock's, or one index's. */
export type BarTarget = { kind: 'stock'; symbol: string } | { kind: 'index'; code: IndexChartCode };

export const targetName = (target: BarTarget) =>
  target.kind === 'stock' ? target.symbol : `index ${target.code}`;

// A whole range is retried, from where it stopped, after the client's own retries gave up.
const RANGE_ATTEMPTS = 4;
const RANGE_RETRY_BASE_MS = 500;

/**
 * One stock day as stored: KIS's adjusted bar (수정주가) with the raw close (원주가) of the same day
 * beside it, and KIS's corporate-action fields. KIS prices are integer KRW; a "no trade" bar
 * (mod_yn Y) carries no real open, so it is left out.
 */
export function dailyBarRow(
  symbol: string,
  adjusted: DailyBar,
  raw: Pick<DailyBar, 'close'>,
): DailyBarRow | null {
  if (adjusted.noTrade || adjusted.open === 0) return null;
  const ratio = adjusted.splitRatio;
  return {
    symbol,
    date: adjusted.date,
    open: String(adjusted.open),
    high: String(adjusted.high),
    low: String(adjusted.low),
    close: String(adjusted.close),
    volume: String(Math.round(adjusted.volume)),
    rawClose: String(raw.close),
    // KIS sends "0.00" on days without one.
    splitRatio: ratio && ratio !== 1 ? String(ratio) : null,
    exDateCode: adjusted.exDateCode && adjusted.exDateCode !== '00' ? adjusted.exDateCode : null,
    revaluationReason:
      adjusted.revaluationReason && adjusted.revaluationReason !== '00'
        ? adjusted.revaluationReason
        : null,
  };
}

/** Index points arrive as doubles parsed from 2-decimal strings; toFixed(2) gives KIS's text back. */
export function indexBarRow(code: string, bar: IndexBar): IndexBarRow {
  return {
    code,
    date: bar.date,
    open: bar.open.toFixed(2),
    high: bar.high.toFixed(2),
    low: bar.low.toFixed(2),
    close: bar.close.toFixed(2),
    volume: String(Math.round(bar.volume)),
    tradedValue: String(Math.round(bar.tradedValue)),
  };
}

export interface CollectOptions {
  /**
   * Look for corporate actions: KIS's flags on the bars, and adjusted prices that moved for days
   * already stored. Off when the history is collected again because of one.
   */
  detect?: boolean;
}

export interface Collected {
  rows: number;
  changed: number;
  actions: DetectedAction[];
}

/**
 * Collects one target's bars from `from` to `to` (YYYY-MM-DD, inclusive) and upserts them page
 * by page as KIS pages back (newest page first), each page in its own transaction. A stock's
 * page of adjusted bars is joined with the raw bars of the same days (FID_ORG_ADJ_PRC 1; one more
 * call per page). When a page fails after the client's retries, the range is tried again from the
 * day before the oldest bar already written, so nothing is fetched twice and nothing is skipped.
 */
export async function collectBars(
  context: JobContext,
  target: BarTarget,
  from: string,
  to: string,
  options: CollectOptions = {},
): Promise<Collected> {
  const total: Collected = { rows: 0, changed: 0, actions: [] };
  let end = to;
  for (let attempt = 1; ; attempt++) {
    try {
      if (target.kind === 'stock') {
        for await (const { rows, oldest } of stockPages(context, target.symbol, from, end)) {
          if (options.detect) {
            total.actions.push(...(await actionsInPage(context.pool, target.symbol, rows)));
          }
          count(context, total, await upsertDailyBars(context.pool, rows));
          end = addDays(oldest, -1);
          await checkpoint(context);
        }
      } else {
        for await (const page of context.kis.indexBarPages(target.code, { from, to: end })) {
          if (page.length === 0) continue;
          const rows = page.map((bar) => indexBarRow(target.code, bar));
          count(context, total, await upsertIndexBars(context.pool, rows));
          end = addDays(oldestOf(page), -1);
          await checkpoint(context);
        }
      }
      return total;
    } catch (error) {
      if (error instanceof JobStopped || context.signal.aborted) throw error;
      if (classifyKisError(error) === 'fatal' || attempt >= RANGE_ATTEMPTS) throw error;
      if (end < from) return total;
      const delayMs = RANGE_RETRY_BASE_MS * 2 ** (attempt - 1);
      context.logger.warn(
        { err: error, target: targetName(target), from, to: end, attempt, delayMs },
        'etl: a page failed after the client retried; resuming the range',
      );
      await sleep(delayMs, undefined, { signal: context.signal }).catch(() => {});
    }
  }
}

function count(context: JobContext, total: Collected, stats: { rows: number; changed: number }) {
  total.rows += stats.rows;
  total.changed += stats.changed;
  context.recorder.addRows(stats.rows, stats.changed);
}

const oldestOf = (page: readonly { date: string }[]) =>
  page.reduce((min, bar) => (bar.date < min ? bar.date : min), page[0]!.date);

/** A stock's adjusted pages, each joined with the raw closes of its days. */
async function* stockPages(
  context: JobContext,
  symbol: string,
  from: string,
  to: string,
): AsyncGenerator<{ rows: DailyBarRow[]; oldest: string }> {
  for await (const page of context.kis.dailyBarPages(symbol, { from, to })) {
    if (page.length === 0) continue;
    const oldest = oldestOf(page);
    const newest = page.reduce((max, bar) => (bar.date > max ? bar.date : max), oldest);
    const raw = new Map(
      (await context.kis.dailyBars(symbol, { from: oldest, to: newest, adjusted: false })).map(
        (bar) => [bar.date, bar],
      ),
    );
    const rows: DailyBarRow[] = [];
    for (const bar of page) {
      const rawBar = raw.get(bar.date);
      if (!rawBar) {
        context.recorder.error(`${symbol} ${bar.date}: KIS sent an adjusted bar but no raw one`);
        continue;
      }
      const row = dailyBarRow(symbol, bar, rawBar);
      if (row) rows.push(row);
    }
    yield { rows, oldest };
  }
}
