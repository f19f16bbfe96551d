import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@capstone/config';
import { KisUnknownSymbolError } from '@capstone/kis-client';
import { runJob, type RunnerDeps } from '../src/etl/jobs/runner.js';
import { kisSource } from '../src/etl/settings.js';
import { upsertDailyBars } from '../src/etl/storage/ingest.js';
import { createLogger } from '@capstone/observability';
import { addInstruments, scratchMarketData } from './support/scratch-database.js';

let db: Awaited<ReturnType<typeof scratchMarketData>>;

/** KIS's answer: these bars for 005930, and "no such instrument" for 999990 and 999991. */
let served: { date: string; close: number }[] = [];
const kis = {
  async *dailyBarPages(symbol: string, { from, to }: { from: string; to: string }) {
    if (symbol !== '005930') throw new KisUnknownSymbolError('FHKST03010100', symbol);
    const page = served
      .filter((bar) => bar.date >= from && bar.date <= to)
      .map((bar) => ({ ...bar, open: 100, high: 1_000, low: 90, volume: 10, noTrade: false }));
    if (page.length > 0) yield page;
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

  it('stops tracking an instrument KIS no longer knows, and says so without failing the run', async () => {
    await db.pool.query("UPDATE Instrument SET tracked = true WHERE symbol = '999990'");
    const run = await dailyBars();
    expect(run.status).toBe('SUCCEEDED');
    expect(await record(run.id)).toMatchObject({ errorCount: 0, errors: null });
    expect((await record(run.id)).message).toMatch(/no longer tracked.*: 999990$/);
    const [rows] = await db.pool.query("SELECT tracked FROM Instrument WHERE symbol = '999990'");
    expect(Number((rows as { tracked: number }[])[0]!.tracked)).toBe(0);
  });

  it('keeps an instrument an administrator pinned, and reports KIS not knowing it as an error', async () => {
    await db.pool.query(
      "UPDATE Instrument SET tracked = true, trackingPinned = true WHERE symbol = '999991'",
    );
    const run = await dailyBars();
    expect(run.status).toBe('PARTIAL');
    expect((await record(run.id)).errors).toMatch(/^999991 .*no such instrument 999991/);
    const [rows] = await db.pool.query("SELECT tracked FROM Instrument WHERE symbol = '999991'");
    expect(Number((rows as { tracked: number }[])[0]!.tracked)).toBe(1);
  });
});
