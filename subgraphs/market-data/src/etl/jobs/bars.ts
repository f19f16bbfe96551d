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

/** A series of daily bars: one stock's, or one index's. */
export type BarTarget = { kind: 'stock'; symbol: string } | { kind: 'index'; code: IndexChartCode };

export const targetName = (target: BarTarget) =>
  target.kind === 'stock' ? target.symbol : `index ${target.code}`;

// A whole range is retried, from where it stopped, after the client's own retries gave up.
const RANGE_ATTEMPTS = 4;
const RANGE_RETRY_BASE_MS = 500;

/** KIS prices are integer KRW; a "no trade" bar (mod_yn Y) carries no real open, so it is left out. */
export function dailyBarRow(symbol: string, bar: DailyBar): DailyBarRow | null {
  if (bar.noTrade || bar.open === 0) return null;
  return {
    symbol,
    date: bar.date,
    open: String(bar.open),
    high: String(bar.high),
    low: String(bar.low),
    close: String(bar.close),
    volume: String(Math.round(bar.volume)),
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

/**
 * Collects one target's bars from `from` to `to` (YYYY-MM-DD, inclusive) and upserts them page
 * by page as KIS pages back (newest page first), each page in its own transaction. When a page
 * fails after the client's retries, the range is tried again from the day before the oldest bar
 * already written, so nothing is fetched twice and nothing is skipped.
 */
export async function collectBars(
  context: JobContext,
  target: BarTarget,
  from: string,
  to: string,
): Promise<{ rows: number; changed: number }> {
  const total = { rows: 0, changed: 0 };
  let end = to;
  for (let attempt = 1; ; attempt++) {
    try {
      const pages =
        target.kind === 'stock'
          ? mapPages(context.kis.dailyBarPages(target.symbol, { from, to: end }), (bar) =>
              dailyBarRow(target.symbol, bar),
            )
          : mapPages(context.kis.indexBarPages(target.code, { from, to: end }), (bar) =>
              indexBarRow(target.code, bar),
            );
      for await (const { rows, oldest } of pages) {
        const stats =
          target.kind === 'stock'
            ? await upsertDailyBars(context.pool, rows as DailyBarRow[])
            : await upsertIndexBars(context.pool, rows as IndexBarRow[]);
        total.rows += stats.rows;
        total.changed += stats.changed;
        context.recorder.addRows(stats.rows, stats.changed);
        end = addDays(oldest, -1);
        await checkpoint(context);
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

async function* mapPages<Bar extends { date: string }, Row>(
  pages: AsyncIterable<Bar[]>,
  toRow: (bar: Bar) => Row | null,
): AsyncGenerator<{ rows: Row[]; oldest: string }> {
  for await (const page of pages) {
    if (page.length === 0) continue;
    const oldest = page.reduce((min, bar) => (bar.date < min ? bar.date : min), page[0]!.date);
    yield { rows: page.flatMap((bar) => toRow(bar) ?? []), oldest };
  }
}
