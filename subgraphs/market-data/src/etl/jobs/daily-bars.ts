import { KisUnknownSymbolError } from '@capstone/kis-client';
import {
  addDays,
  holidayOn,
  isTradingDay,
  officialCloseAt,
  seoulDate,
} from '@capstone/krx-calendar';
import {
  collectBars,
  targetName,
  type BarTarget,
  type CollectOptions,
  type Collected,
} from './bars.js';
import { missingTradingDays, storedDates, storedSpan } from './completeness.js';
import { historyStart } from '../settings.js';
import { listedOnOf, trackedTargets, type StockTarget } from './targets.js';
import { JobStopped, checkpoint, type Job, type JobContext } from './context.js';
import { ensureTrackedIndices } from './instrument-master.js';
import { awaitingRecollection, markRecollected, recordFoundActions } from './corporate-actions.js';
import { syncKisHolidays } from './holidays.js';

/** A target with no bars yet gets this many recent days first, so prices show up early. */
const RECENT_DAYS = 150;
/** Gaps are looked for (and refetched) this far back; older ones are the backfill's business. */
const REPAIR_DAYS = 400;
const WAIT_SLICE_MS = 30_000;

/**
 * How long a scheduled run waits for the day's official close: until `officialCloseAt`, which on
 * a late-opening day (CSAT day: close 16:30, final at 16:40) comes after the usual schedule. Zero
 * once the close is final, and on a closed day.
 */
export function waitForCloseMs(now: Date): number {
  const final = officialCloseAt(seoulDate(now));
  return final ? Math.max(0, final.getTime() - now.getTime()) : 0;
}

/**
 * After the close: collects the new daily bars of every tracked instrument and index. It also
 * repairs what is missing — trading days without a bar in the last year (an earlier run cut
 * short), and the history up to ETL_HISTORY_YEARS back — so a worker that was down, or a fresh
 * platform, catches up by itself. On a day the KRX is closed a scheduled run does nothing; on a
 * late-opening day it waits for the close.
 *
 * When KIS shows a split or a capital change (its flags on a new bar, a par-value change in the
 * master file, or adjusted prices of stored days that moved), the action is recorded and the
 * instrument's whole history is collected again, since KIS re-based its adjusted prices.
 *
 * Recent bars of every target come first and the deep history after, so that a fresh platform
 * has prices within seconds while the history is still being filled.
 */
export const collectDailyBars: Job = async (context) => {
  await syncKisHolidays(context);
  const today = seoulDate(context.now());
  const notes: string[] = [];
  // Only the schedule follows the calendar: a run asked for by hand, or at start-up, catches up.
  if (context.recorder.run.trigger === 'SCHEDULE') {
    if (!isTradingDay(today)) {
      const holiday = holidayOn(today);
      return {
        status: 'SKIPPED',
        message: `${today} is not a KRX trading day (${holiday ? holiday.nameEn : 'weekend'})`,
      };
    }
    const waitMs = waitForCloseMs(context.now());
    if (waitMs > 0) {
      const final = officialCloseAt(today)!;
      context.logger.info({ until: final.toISOString() }, 'etl: waiting for the official close');
      // In slices, so that a cancel request is heard while waiting.
      for (let left = waitMs; left > 0; left -= WAIT_SLICE_MS) {
        await context.sleep(Math.min(left, WAIT_SLICE_MS));
        await checkpoint(context);
      }
      notes.push(`waited for the official close (${final.toISOString()})`);
    }
  }
  await ensureTrackedIndices(context);
  const targets = await trackedTargets(context.pool);
  const start = historyStart(context.historyYears, context.now());
  let gaps = 0;
  /** Instruments KIS no longer knows: marked delisted (their bars stay) and reported. */
  const unknown = new Set<string>();

  for (const target of targets) {
    const span = await storedSpan(context.pool, target);
    let from: string;
    if (span.first && span.last) {
      const windowStart = maxDate(span.first, addDays(today, -REPAIR_DAYS));
      const missing = missingTradingDays(
        await storedDates(context.pool, target, windowStart, span.last),
        windowStart,
        span.last,
      );
      gaps += missing.length;
      // The last stored bar is read again: it may have been collected during its session
      // (KIS includes the day in progress), and upserting it again is harmless. It is also where
      // a re-basing of the adjusted history shows.
      from = missing[0] ?? span.last;
    } else {
      from = maxDate(start, addDays(today, -RECENT_DAYS));
    }
    if (from > today) continue;
    const collected = await collect(context, target, from, today, { detect: true }, unknown);
    await recordFoundActions(context, collected?.actions ?? [], span.first);
  }

  const recollected: string[] = [];
  const stocks = new Map(
    targets.flatMap((target) => (target.kind === 'stock' ? [[target.symbol, target]] : [])),
  );
  for (const symbol of (await awaitingRecollection(context.pool)).keys()) {
    if (unknown.has(symbol)) continue;
    const { first } = await storedSpan(context.pool, { kind: 'stock', symbol });
    const target = stocks.get(symbol);
    // An instrument with no bars needs nothing collected; one not followed (untracked or
    // delisted) keeps its old basis until it is followed again.
    if (first && !target) continue;
    const collected = first && target ? await collect(context, target, first, today) : { rows: 0 };
    if (!collected) continue;
    await markRecollected(context, symbol, collected.rows);
    if (target) recollected.push(`${symbol} (${collected.rows} bars)`);
  }
  if (recollected.length) {
    notes.push(`history collected again after a corporate action: ${recollected.join(', ')}`);
  }

  for (const target of targets) {
    if (target.kind === 'stock' && unknown.has(target.symbol)) continue;
    const listedOn = listedOnOf(target);
    const earliest = listedOn ? maxDate(start, listedOn) : start;
    const { first } = await storedSpan(context.pool, target);
    const to = first ? addDays(first, -1) : today;
    if (earliest <= to && (!first || missingTradingDays([], earliest, to).length > 0)) {
      const collected = await collect(context, target, earliest, to, { detect: true });
      await recordFoundActions(context, collected?.actions ?? [], first);
    }
  }

  return {
    message: [
      `${targets.length} series up to ${today}; history from ${start}`,
      ...(gaps ? [`${gaps} trading days without a bar looked for again`] : []),
      ...notes,
      ...(unknown.size
        ? [`marked delisted, as KIS no longer knows them: ${[...unknown].join(', ')}`]
        : []),
    ].join('; '),
  };
};

/**
 * One target's range; a failure is recorded against the run and the job goes on (null). Given
 * `unknown`, a stock KIS does not know is marked delisted instead (its bars stay, and it stays
 * tracked, so a backtest over its past still finds it) and added to the set.
 */
export async function collect(
  context: JobContext,
  target: BarTarget | StockTarget,
  from: string,
  to: string,
  options: CollectOptions = {},
  unknown?: Set<string>,
): Promise<Collected | null> {
  try {
    return await collectBars(context, target, from, to, options);
  } catch (error) {
    if (error instanceof JobStopped) throw error;
    if (unknown && target.kind === 'stock' && error instanceof KisUnknownSymbolError) {
      await context.pool.query(
        'UPDATE Instrument SET delistedOn = ?, updatedAt = ? WHERE symbol = ? AND delistedOn IS NULL',
        [to, new Date(), target.symbol],
      );
      unknown.add(target.symbol);
      context.logger.warn({ symbol: target.symbol }, 'etl: unknown to KIS; marked delisted');
      return null;
    }
    const message = error instanceof Error ? error.message : String(error);
    context.recorder.error(`${targetName(target)} ${from}…${to}: ${message}`);
    context.logger.warn({ err: error, target: targetName(target), from, to }, 'etl: range failed');
    return null;
  }
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
