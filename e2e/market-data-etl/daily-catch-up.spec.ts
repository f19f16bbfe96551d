import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KisSimulator } from '@capstone/kis-simulator';
import { historyStart, runJob, type RunnerDeps } from '@capstone/market-data';
import { etlAgainstSimulator, type EtlAgainstSimulator } from './etl-against-simulator.js';

let etl: EtlAgainstSimulator;
let sim: KisSimulator;
let deps: RunnerDeps;
const signal = new AbortController().signal;

beforeAll(async () => {
  // Synthetic prices up to yesterday (Asia/Seoul), as a fresh platform meets them.
  etl = await etlAgainstSimulator(
    { symbols: ['005930', '247540'], rateLimits: { real: 1_000, mock: 1_000 } },
    { historyYears: 1 },
  );
  ({ sim, deps } = etl);
});
afterAll(() => etl?.close());

async function storedDates(): Promise<string[]> {
  const [rows] = await deps.pool.query(
    "SELECT date FROM DailyBar WHERE symbol = '005930' ORDER BY date",
  );
  return (rows as { date: string }[]).map((row) => row.date);
}

describe('the daily bars job on a fresh platform', () => {
  it('tracks the largest stocks from the master and collects their history and the indices', async () => {
    expect(
      (await runJob(deps, { job: 'INSTRUMENT_MASTER', trigger: 'STARTUP', params: {} }, signal))
        .status,
    ).toBe('SUCCEEDED');
    const run = await runJob(deps, { job: 'DAILY_BARS', trigger: 'STARTUP', params: {} }, signal);
    expect(run.status).toBe('SUCCEEDED');
    const start = historyStart(1, new Date());
    expect(await storedDates()).toEqual(
      sim
        .dailyBars('005930')
        .filter((bar) => bar.date >= start)
        .map((bar) => bar.date),
    );
    const [indices] = await deps.pool.query(
      'SELECT code, COUNT(*) AS bars FROM IndexBar GROUP BY code ORDER BY code',
    );
    expect((indices as { code: string }[]).map((row) => row.code)).toEqual([
      '0001',
      '1001',
      '2001',
    ]);
  });

  it('finds trading days without a bar by the KRX calendar and fills them, touching nothing else', async () => {
    const complete = await storedDates();
    const lost = complete.slice(-40, -35);
    // Lost rows (a crash, a hand-made fix) in the ETL's own database: no API deletes bars.
    await deps.pool.query("DELETE FROM DailyBar WHERE symbol = '005930' AND date IN (?)", [lost]);
    const run = await runJob(deps, { job: 'DAILY_BARS', trigger: 'STARTUP', params: {} }, signal);
    expect(run.status).toBe('SUCCEEDED');
    expect(await storedDates()).toEqual(complete);
    const [rows] = await deps.pool.query('SELECT rowsChanged, message FROM EtlRun WHERE id = ?', [
      run.id,
    ]);
    expect((rows as { rowsChanged: number; message: string }[])[0]).toMatchObject({
      rowsChanged: 5,
      message: expect.stringMatching(/5 trading days without a bar looked for again/),
    });
  });
});
