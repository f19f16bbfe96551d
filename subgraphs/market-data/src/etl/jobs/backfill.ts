import { seoulDate } from '@capstone/krx-calendar';
import type { BarTarget } from './bars.js';
import { missingTradingDays, storedDates, storedSpan } from './completeness.js';
import { recordFoundActions } from './corporate-actions.js';
import { isIndexCode, trackedTargets, type StockTarget } from './targets.js';
import { checkpoint, type Job, type JobContext } from './context.js';
import { collect } from './daily-bars.js';
import { ensureTrackedIndices, refreshInstrumentMaster } from './instrument-master.js';

/**
 * Collects daily bars for a date range: the given instruments (KRX codes) and indices (0001,
 * 1001, 2001), or every tracked one. Instruments it collects become tracked, so the daily job
 * keeps them current. Rerunning it, or running it after an interrupted run, rewrites the same
 * rows and leaves the range complete.
 */
export const backfill: Job = async (context, params) => {
  const from = params.from;
  if (!from) throw new Error('A backfill needs a first day (from)');
  const to = params.to ?? seoulDate(context.now());
  await ensureTrackedIndices(context);

  let targets: (BarTarget | StockTarget)[];
  if (params.symbols?.length) {
    const symbols = params.symbols.filter((code) => !isIndexCode(code));
    const known = await knownInstruments(context, symbols);
    if (symbols.some((symbol) => !known.has(symbol))) {
      // A code the master has not been read for yet (a fresh database, or a new listing). A
      // backfill's rows are bars, so the instruments the refresh writes are not counted.
      const { rows, rowsChanged } = context.recorder;
      await refreshInstrumentMaster(context, {});
      context.recorder.rows = rows;
      context.recorder.rowsChanged = rowsChanged;
      for (const [symbol, listedOn] of await knownInstruments(context, symbols))
        known.set(symbol, listedOn);
    }
    targets = [];
    for (const code of params.symbols) {
      if (isIndexCode(code)) targets.push({ kind: 'index', code });
      else if (known.has(code))
        targets.push({ kind: 'stock', symbol: code, listedOn: known.get(code) ?? null });
      else context.recorder.error(`${code}: no such instrument in the KIS master files`);
    }
    const stocks = targets.flatMap((target) => (target.kind === 'stock' ? [target.symbol] : []));
    if (stocks.length > 0) {
      await context.pool.query(
        'UPDATE Instrument SET tracked = true, updatedAt = ? WHERE symbol IN (?) AND trackingPinned = false',
        [new Date(), stocks],
      );
    }
  } else {
    targets = await trackedTargets(context.pool);
  }

  let gaps = 0;
  for (const target of targets) {
    await checkpoint(context);
    const span = await storedSpan(context.pool, target);
    const collected = await collect(context, target, from, to, { detect: true });
    // The next daily run collects again the history of an instrument these left on an old basis.
    await recordFoundActions(context, collected?.actions ?? [], span.first);
    // Trading days inside the range KIS had no bar for (halts, or days before a listing).
    const dates = await storedDates(context.pool, target, from, to);
    if (dates.length > 1) gaps += missingTradingDays(dates, dates[0]!, dates.at(-1)!).length;
  }
  return {
    message: `${targets.length} series from ${from} to ${to}${gaps ? `; ${gaps} trading days inside the range had no bar at KIS (halts)` : ''}`,
  };
};

async function knownInstruments(
  context: JobContext,
  symbols: readonly string[],
): Promise<Map<string, string | null>> {
  if (symbols.length === 0) return new Map();
  const [rows] = await context.pool.query(
    'SELECT symbol, listedOn FROM Instrument WHERE symbol IN (?)',
    [symbols],
  );
  return new Map(
    (rows as { symbol: string; listedOn: string | null }[]).map((row) => [
      row.symbol,
      row.listedOn,
    ]),
  );
}
