import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@capstone/config';
import { KisUnknownSymbolError } from '@capstone/kis-client';
import { runJob, type RunnerDeps } from '../src/etl/jobs/runner.js';
import { kisSource } from '../src/etl/settings.js';
import { upsertDailyBars } from '../src/etl/storage/ingest.js';
import { createLogger } from '@capstone/observability';
import { addInstruments, scratchMarketData } from './support/scratch-database.js';

let db: Awaited<ReturnType<typeof scratchMarketData>>;

/**
 * KIS's answer: these bars for 005930 (adjusted `close`, and `raw` when the raw close differs),
 * and "no such instrument" for any other code.
 */
let served: { date: string; close: number; raw?: number; splitRatio?: number }[] = [];
const page = (symbol: string, from: string, to: string, adjusted: boolean) => {
  if (symbol !== '005930') throw new KisUnknownSymbolError('FHKST03010100', symbol);
  return served
    .filter((bar) => bar.date >= from && bar.date <= to)
    .map((bar) => ({
      date: bar.date,
      close: adjusted ? bar.close : (bar.raw ?? bar.close),
      open: 100,
      high: 1_000,
      low: 90,
      volume: 10,
      noTrade: false,
      splitRatio: bar.splitRatio ?? 0,
      exDateCode: '00',
      revaluationReason: null,
    }));
};
const kis = {
  async *dailyBarPages(symbol: string, { from, to }: { from: string; to: string }) {
    const bars = page(symbol, from, to, true);
    if (bars.length > 0) yield bars;
  },
  async dailyBars(symbol: string, options: { from: string; to: string; adjusted?: boolean }) {
    return page(symbol, options.from, options.to, options.adjusted !== false);
  },
  async *indexBarPages() {},
};

// Friday 2026-11-27, 12:00 in Seoul: during the session.
const deps = (): RunnerDeps => ({
  pool: db.pool,
  kis: kis as unknown as RunnerDeps['kis'],
  source: kisSource(parseEnv({})),
  logger: createLogger('etl-test', 'silent'),
  historyYears: 5,
  universeSize: 50,
  now: () => new Date('2026-11-27T03:00:00Z'),
});
const dailyBars = () =>
  runJob(
    deps(),
    { job: 'DAILY_BARS', trigger: 'MANUAL', params: {} },
    new AbortController().signal,
  );

async function record(id: number) {
  const [rows] = await db.pool.query('SELECT * FROM EtlRun WHERE id = ?', [id]);
  return (rows as Record<string, unknown>[])[0]!;
}

beforeAll(async () => {
  db = await scratchMarketData();
  await addInstruments(db.pool, ['005930', '999990', '999991']);
  // Listed on the first stored day, so there is no older history to look for.
  await db.pool.query(
    "UPDATE Instrument SET tracked = true, listedOn = '2026-11-20' WHERE symbol = '005930'",
  );
  const days = ['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
  await upsertDailyBars(
    db.pool,
    days.map((date) => ({
      symbol: '005930',
      date,
      open: '100',
      high: '110',
      low: '90',
      close: '105',
      volume: '10',
      rawClose: '105',
      splitRatio: null,
      exDateCode: null,
      revaluationReason: null,
    })),
  );
});
afterAll(() => db?.drop());

describe('the daily bars job', () => {
  it('reads the last stored bar again, so a bar collected during its session is corrected', async () => {
    served = [{ date: '2026-11-27', close: 999 }];
    const run = await dailyBars();
    expect(run.status).toBe('SUCCEEDED');
    const [rows] = await db.pool.query(
      "SELECT close FROM DailyBar WHERE symbol = '005930' AND date = '2026-11-27'",
    );
    expect(Number((rows as { close: string }[])[0]!.close)).toBe(999);
  });

  it('marks an instrument KIS no longer knows delisted, keeping it tracked and its bars, and says so', async () => {
    await db.pool.query("UPDATE Instrument SET tracked = true WHERE symbol = '999990'");
    const run = await dailyBars();
    expect(run.status).toBe('SUCCEEDED');
    expect(await record(run.id)).toMatchObject({ errorCount: 0, errors: null });
    expect((await record(run.id)).message).toMatch(/marked delisted.*: 999990$/);
    const [rows] = await db.pool.query(
      "SELECT tracked, delistedOn FROM Instrument WHERE symbol = '999990'",
    );
    expect(rows).toEqual([{ tracked: 1, delistedOn: '2026-11-27' }]);

    // Delisted, it is not asked for again.
    const next = await dailyBars();
    expect((await record(next.id)).message).not.toMatch(/999990/);
  });

  it('collects the whole history again when KIS re-bases it, and records the split', async () => {
    // A 2:1 split on 2026-11-30: KIS's adjusted history halves, its raw history stays.
    served = [
      ...['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'].map((date) => ({
        date,
        close: 52,
        raw: 104,
      })),
      { date: '2026-11-27', close: 500, raw: 1_000 },
      { date: '2026-11-30', close: 480, raw: 480, splitRatio: 0.5 },
    ];
    const run = await runJob(
      { ...deps(), now: () => new Date('2026-11-30T08:00:00Z') },
      { job: 'DAILY_BARS', trigger: 'MANUAL', params: {} },
      new AbortController().signal,
    );
    expect(run.status).toBe('SUCCEEDED');
    expect((await record(run.id)).message).toMatch(
      /history collected again after a corporate action: 005930 \(7 bars\)/,
    );
    const [bars] = await db.pool.query(
      "SELECT date, close, rawClose, splitRatio FROM DailyBar WHERE symbol = '005930' ORDER BY date",
    );
    expect((bars as { close: string }[]).map((bar) => Number(bar.close))).toEqual([
      52, 52, 52, 52, 52, 500, 480,
    ]);
    expect((bars as { rawClose: string }[]).map((bar) => Number(bar.rawClose))).toEqual([
      104, 104, 104, 104, 104, 1000, 480,
    ]);
    const [actions] = await db.pool.query(
      'SELECT symbol, effectiveOn, kind, shareFactor, source, recollectRunId FROM CorporateAction',
    );
    expect(actions).toEqual([
      {
        symbol: '005930',
        effectiveOn: '2026-11-30',
        kind: 'SPLIT',
        shareFactor: '2.00000000',
        source: 'BAR_FLAGS',
        recollectRunId: run.id,
      },
    ]);
  });

  it('finds a re-basing KIS flagged nowhere by the adjusted prices of stored days', async () => {
    // A 1:1 bonus issue on 2026-12-01 with no flags on the bar: the adjusted history halves.
    served = served.map((bar) => ({ ...bar, close: bar.close / 2, raw: bar.raw ?? bar.close }));
    served.push({ date: '2026-12-01', close: 250, raw: 250 });
    const run = await runJob(
      { ...deps(), now: () => new Date('2026-12-01T08:00:00Z') },
      { job: 'DAILY_BARS', trigger: 'MANUAL', params: {} },
      new AbortController().signal,
    );
    expect((await record(run.id)).message).toMatch(
      /collected again after a corporate action: 005930/,
    );
    const [actions] = await db.pool.query(
      "SELECT effectiveOn, kind, shareFactor, source FROM CorporateAction WHERE source = 'ADJUSTMENT_CHANGE'",
    );
    expect(actions).toEqual([
      {
        effectiveOn: '2026-12-01',
        kind: 'SPLIT',
        shareFactor: '2.00000000',
        source: 'ADJUSTMENT_CHANGE',
      },
    ]);
  });
});
