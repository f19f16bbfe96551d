import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@capstone/config';
import { runJob, type RunnerDeps } from '../src/etl/jobs/runner.js';
import { databaseTokenStore } from '../src/etl/kis/token-store.js';
import { RunRecorder } from '../src/etl/runs/recorder.js';
import { createRun, failInterruptedRuns } from '../src/etl/runs/run-records.js';
import { kisSource } from '../src/etl/settings.js';
import { createLogger } from '@capstone/observability';
import { addInstruments, scratchMarketData } from './support/scratch-database.js';

let db: Awaited<ReturnType<typeof scratchMarketData>>;

beforeAll(async () => {
  db = await scratchMarketData();
  await addInstruments(db.pool, ['005930']);
  await db.pool.query('UPDATE Instrument SET tracked = true');
});
afterAll(() => db?.drop());

const depsAt = (now: string, kis: unknown = {}): RunnerDeps => ({
  pool: db.pool,
  kis: kis as RunnerDeps['kis'],
  source: kisSource(parseEnv({})),
  logger: createLogger('etl-test', 'silent'),
  historyYears: 5,
  universeSize: 50,
  now: () => new Date(now),
});

async function record(id: number) {
  const [rows] = await db.pool.query('SELECT * FROM EtlRun WHERE id = ?', [id]);
  return (rows as Record<string, unknown>[])[0]!;
}

describe('a scheduled daily bars run', () => {
  it('does nothing on a KRX holiday, and records why', async () => {
    // 2026-02-17 16:00 in Seoul: Seollal.
    const run = await runJob(
      depsAt('2026-02-17T07:00:00Z'),
      { job: 'DAILY_BARS', trigger: 'SCHEDULE', params: {} },
      new AbortController().signal,
    );
    expect(run.status).toBe('SKIPPED');
    expect(await record(run.id)).toMatchObject({
      rows: 0,
      message: '2026-02-17 is not a KRX trading day (Seollal (Lunar New Year))',
    });
  });

  it('does nothing on a weekend either', async () => {
    const run = await runJob(
      depsAt('2026-11-28T07:00:00Z'),
      { job: 'DAILY_BARS', trigger: 'SCHEDULE', params: {} },
      new AbortController().signal,
    );
    expect((await record(run.id)).message).toBe('2026-11-28 is not a KRX trading day (weekend)');
  });
});

describe('a scheduled daily bars run on a late-opening day', () => {
  it('waits for the official close (16:40 on CSAT day) before collecting', async () => {
    const waits: number[] = [];
    const kis = {
      async *dailyBarPages() {},
      async *indexBarPages() {},
    };
    // 2026-11-19, CSAT day, 15:40 in Seoul: the usual schedule, an hour before the close is final.
    const run = await runJob(
      {
        ...depsAt('2026-11-19T06:40:00Z', kis),
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
      { job: 'DAILY_BARS', trigger: 'SCHEDULE', params: {} },
      new AbortController().signal,
    );
    expect(run.status).toBe('SUCCEEDED');
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBe(60 * 60_000);
    expect((await record(run.id)).message).toMatch(
      /waited for the official close \(2026-11-19T07:40:00.000Z\)/,
    );
  });

  it('does not wait on an ordinary day, when the close is final by the schedule', async () => {
    const waits: number[] = [];
    const run = await runJob(
      {
        ...depsAt('2026-11-20T06:40:00Z', { async *dailyBarPages() {}, async *indexBarPages() {} }),
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
      { job: 'DAILY_BARS', trigger: 'SCHEDULE', params: {} },
      new AbortController().signal,
    );
    expect(run.status).toBe('SUCCEEDED');
    expect(waits).toEqual([]);
  });
});

describe('run records', () => {
  it('mark a run whose process stopped without finishing it as failed, and leave live ones alone', async () => {
    const dead = await createRun(db.pool, 'BACKFILL', 'CLI', { from: '2024-01-02' }, 'RUNNING');
    const alive = await createRun(db.pool, 'DAILY_BARS', 'SCHEDULE', {}, 'RUNNING');
    await db.pool.query('UPDATE EtlRun SET heartbeatAt = ? WHERE id = ?', [
      new Date(Date.now() - 10 * 60_000),
      dead,
    ]);
    expect(await failInterruptedRuns(db.pool)).toBe(1);
    expect(await record(dead)).toMatchObject({
      status: 'FAILED',
      errorCount: 1,
      message: 'Interrupted: the process running it stopped before it finished',
    });
    expect((await record(alive)).status).toBe('RUNNING');
    await db.pool.query("UPDATE EtlRun SET status = 'SUCCEEDED' WHERE id = ?", [alive]);
  });

  it('keep a run that waits long between two pages alive with a heartbeat, until it finishes', async () => {
    const id = await createRun(db.pool, 'DAILY_BARS', 'SCHEDULE', {}, 'RUNNING');
    const recorder = new RunRecorder(db.pool, {
      id,
      job: 'DAILY_BARS',
      trigger: 'SCHEDULE',
      status: 'RUNNING',
      params: {},
    });
    const age = (ms: number) =>
      db.pool.query('UPDATE EtlRun SET heartbeatAt = ? WHERE id = ?', [
        new Date(Date.now() - ms),
        id,
      ]);
    recorder.keepAlive(50);
    // No checkpoint for long (a slow KIS answer); only the timer writes the heartbeat.
    await age(10 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await failInterruptedRuns(db.pool);
    expect((await record(id)).status).toBe('RUNNING');
    await recorder.finish({});
    // Once finished, the timer is gone: a row left RUNNING would be swept.
    await db.pool.query("UPDATE EtlRun SET status = 'RUNNING' WHERE id = ?", [id]);
    await age(10 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await failInterruptedRuns(db.pool);
    expect((await record(id)).status).toBe('FAILED');
  });

  it('stop a running backfill between two pages when cancelled, keeping the pages written', async () => {
    let pages = 0;
    const kis = {
      async *dailyBarPages() {
        for (let page = 0; page < 100; page++) {
          pages++;
          yield [
            {
              date: new Date(Date.UTC(2020, 0, 1) + page * 86_400_000).toISOString().slice(0, 10),
              open: 100,
              high: 110,
              low: 90,
              close: 105,
              volume: 10,
              noTrade: false,
            },
          ];
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      // The raw closes of each one-day page.
      async dailyBars(_symbol: string, { from }: { from: string }) {
        return [{ date: from, close: 105 }];
      },
    };
    const running = runJob(
      depsAt('2026-11-27T07:00:00Z', kis),
      {
        job: 'BACKFILL',
        trigger: 'CLI',
        params: { from: '2020-01-01', to: '2020-12-31', symbols: ['005930'] },
      },
      new AbortController().signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await db.pool.query("UPDATE EtlRun SET cancelRequestedAt = ? WHERE status = 'RUNNING'", [
      new Date(),
    ]);
    const run = await running;
    expect(run.status).toBe('CANCELLED');
    expect(pages).toBeLessThan(100);
    const [rows] = await db.pool.query('SELECT COUNT(*) AS n FROM DailyBar');
    expect(Number((rows as { n: number }[])[0]!.n)).toBe((await record(run.id)).rows);
  });
});

describe('the database token store', () => {
  it('keeps a KIS access token across restarts, and forgets it when told', async () => {
    const token = {
      accessToken: 'eyJ0eXAi.token',
      expiresAt: new Date('2026-11-28T01:00:00.000Z'),
      issuedAt: new Date('2026-11-27T01:00:00.000Z'),
    };
    await databaseTokenStore(db.pool).set('real:app-key', token);
    // A new store on the same database: what a restarted worker sees.
    const restarted = databaseTokenStore(db.pool);
    expect(await restarted.get('real:app-key')).toEqual(token);
    await restarted.set('real:app-key', { ...token, accessToken: 'newer' });
    expect((await restarted.get('real:app-key'))?.accessToken).toBe('newer');
    await restarted.delete('real:app-key');
    expect(await restarted.get('real:app-key')).toBeNull();
  });
});
