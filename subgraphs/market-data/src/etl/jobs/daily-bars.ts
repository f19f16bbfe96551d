import { KisUnknownSymbolError } from '@capstone/kis-client';
import { addDays, holidayOn, isTradingDay, seoulDate } from '@capstone/krx-calendar';
import { collectBars, targetName, type BarTarget } from './bars.js';
import { missingTradingDays, storedDates, storedSpan } from './completeness.js';
import { historyStart } from '../settings.js';
import { listedOnOf, trackedTargets, type StockTarget } from './targets.js';
import { JobStopped, type Job, type JobContext } from './context.js';
import { ensureTrackedIndices } from './instrument-master.js';

/** A target with no bars yet gets this many recent days first, so prices show up early. */
const RECENT_DAYS = 150;
/** Gaps are looked for (and refetched) this far back; older ones are the backfill's business. */
const REPAIR_DAYS = 400;

/**
 * After the close: collects the new daily bars of every tracked instrument and index. It also
 * repairs what is missing — trading days without a bar in the last year (an earlier run cut
 * short), and the history up to ETL_HISTORY_YEARS back — so a worker that was down, or a fresh
 * platform, catches up by itself. On a day the KRX is closed a scheduled run does nothing.
 *
 * Recent bars of every target come first and the deep history after, so that a fresh platform
 * has prices within seconds while the history is still being filled.
 */
export const collectDailyBars: Job = async (context) => {
  const today = seoulDate(context.now());
  // Only the schedule follows the calendar: a run asked for by hand, or at start-up, catches up.
  if (context.recorder.run.trigger === 'SCHEDULE' && !isTradingDay(today)) {
    const holiday = holidayOn(today);
    return {
      status: 'SKIPPED',
      message: `${today} is not a KRX trading day (${holiday ? holiday.nameEn : 'weekend'})`,
    };
  }
  await ensureTrackedIndices(context);
  const targets = await trackedTargets(context.pool);
  const start = historyStart(context.historyYears, context.now());
  let gaps = 0;
  /** Instruments KIS no longer knows (delisted): untracked rather than failed every day. */
  const untracked = new Set<string>();

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
      // (KIS includes the day in progress), and upserting it again is harmless.
      from = missing[0] ?? span.last;
    } else {
      from = maxDate(start, addDays(today, -RECENT_DAYS));
    }
    if (from <= today) await collect(context, target, from, today, untracked);
  }

  for (const target of targets) {
    if (target.kind === 'stock' && untracked.has(target.symbol)) continue;
    const listedOn = listedOnOf(target);
    const earliest = listedOn ? maxDate(start, listedOn) : start;
    const { first } = await storedSpan(context.pool, target);
    const to = first ? addDays(first, -1) : today;
    if (earliest <= to && (!first || missingTradingDays([], earliest, to).length > 0)) {
      await collect(context, target, earliest, to);
    }
  }

  return {
    message: `${targets.length} series up to ${today}; history from ${start}${gaps ? `; ${gaps} trading days without a bar looked for again` : ''}${untracked.size ? `; no longer tracked, as KIS does not know them (delisted): ${[...untracked].join(', ')}` : ''}`,
  };
};

/**
 * One target's range; a failure is recorded against the run and the job goes on. Given
 * `untracked`, a stock KIS does not know is untracked instead (unless an administrator pinned
 * its tracking) and added to it.
 */
export async function collect(
  context: JobContext,
  target: BarTarget | StockTarget,
  from: string,
  to: string,
  untracked?: Set<string>,
): Promise<void> {
  try {
    await collectBars(context, target, from, to);
  } catch (error) {
    if (error instanceof JobStopped) throw error;
    if (untracked && target.kind === 'stock' && error instanceof KisUnknownSymbolError) {
      const [result] = await context.pool.query(
        'UPDATE Instrument SET tracked = false, updatedAt = ? WHERE symbol = ? AND trackingPinned = false',
        [new Date(), target.symbol],
      );
      if ((result as { affectedRows: number }).affectedRows > 0) {
        untracked.add(target.symbol);
        context.logger.warn({ symbol: target.symbol }, 'etl: unknown to KIS; untracked');
        return;
      }
    }
    const message = error instanceof Error ? error.message : String(error);
    context.recorder.error(`${targetName(target)} ${from}…${to}: ${message}`);
    context.logger.warn({ err: error, target: targetName(target), from, to }, 'etl: range failed');
  }
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
