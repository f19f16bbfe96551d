import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KisSimulator, SimulatedBar, SimulatedIndexBar } from '@capstone/kis-simulator';
import { runJob, type RunnerDeps } from '@capstone/market-data';
import { etlAgainstSimulator, type EtlAgainstSimulator } from './etl-against-simulator.js';

const ARCLIEN = fileURLToPath(new URL('../../../shared/data/krx/arclien_stock', import.meta.url));
// In code order, as the database lists them.
const SYMBOLS = ['000660', '005930', '247540'];
const INDICES = ['0001', '1001', '2001'] as const;
const FROM = '2019-01-01';
const TO = '2022-09-19';
// KIS issues one token a minute; the simulator's clock runs 300 times faster so that the token
// re-issues the faults provoke take a fifth of a second, not a minute.
const CLOCK_SPEED = 300;

let etl: EtlAgainstSimulator;
let sim: KisSimulator;
let deps: RunnerDeps;

beforeAll(async () => {
  const started = Date.now();
  etl = await etlAgainstSimulator(
    {
      dataDir: ARCLIEN,
      symbols: SYMBOLS,
      rateLimits: { real: 1_000, mock: 1_000 },
      now: () => new Date(started + (Date.now() - started) * CLOCK_SPEED),
    },
    {
      historyYears: 5,
      kis: {
        tokenIssueSpacingMs: 250,
        retry: { attempts: 6, baseDelayMs: 20, maxDelayMs: 200 },
      },
    },
  );
  ({ sim, deps } = etl);
});
afterAll(() => etl?.close());

const backfill = (signal = new AbortController().signal) =>
  runJob(
    deps,
    {
      job: 'BACKFILL',
      trigger: 'CLI',
      params: { from: FROM, to: TO, symbols: [...SYMBOLS, ...INDICES] },
    },
    signal,
  );

const inRange = (bar: { date: string }) => bar.date >= FROM && bar.date <= TO;

/** Every stored bar, in the simulator's shape. */
async function storedBars() {
  const [stocks] = await deps.pool.query(
    'SELECT symbol, date, open, high, low, close, volume FROM DailyBar ORDER BY symbol, date',
  );
  const [indices] = await deps.pool.query(
    'SELECT code, date, open, high, low, close, volume, tradedValue FROM IndexBar ORDER BY code, date',
  );
  return {
    stocks: stocks as Record<string, string>[],
    indices: indices as Record<string, string>[],
  };
}

/** A simulator bar as the database returns it: prices to two places, all as strings. */
function storedForm(bar: SimulatedBar | SimulatedIndexBar) {
  const price = (value: number) => value.toFixed(2);
  return {
    date: bar.date,
    open: price(bar.open),
    high: price(bar.high),
    low: price(bar.low),
    close: price(bar.close),
    volume: String(bar.volume),
  };
}

/** What the simulator serves for the range: the truth the database must hold, row for row. */
function simulatorBars() {
  return {
    stocks: SYMBOLS.flatMap((symbol) =>
      sim
        .dailyBars(symbol)
        .filter(inRange)
        .map((bar) => ({ symbol, ...storedForm(bar) })),
    ),
    indices: INDICES.flatMap((code) =>
      sim
        .indexBars(code)
        .filter(inRange)
        .map((bar) => ({ code, ...storedForm(bar), tradedValue: String(bar.value) })),
    ),
  };
}

async function runRecord(id: number) {
  const [rows] = await deps.pool.query(
    'SELECT status, `rows`, rowsChanged, errorCount, errors, message FROM EtlRun WHERE id = ?',
    [id],
  );
  return (rows as Record<string, unknown>[])[0]!;
}

describe('the backfill against a faulty KIS', () => {
  it('ends with exactly the simulator’s bars while every kind of fault strikes', async () => {
    // Master files too (the backfill reads them first, the database being new): a bounded number,
    // since three files download at once and each is tried four times.
    sim.faults.inject({ kind: 'server-error', everyNth: 2, times: 2, path: '/common/master' });
    sim.faults.inject({ kind: 'drop-socket', everyNth: 2, times: 1, path: '/common/master' });
    for (const [kind, everyNth] of [
      ['rate-limit', 5],
      ['server-error', 7],
      ['drop-socket', 9],
      ['token-expired', 11],
      ['token-invalid', 13],
    ] as const) {
      sim.faults.inject({ kind, everyNth, path: '/uapi/' });
    }
    const run = await backfill();
    sim.faults.clear();

    const injected = sim.stats().faultsInjected;
    for (const kind of [
      'server-error',
      'rate-limit',
      'token-expired',
      'token-invalid',
      'drop-socket',
    ]) {
      expect(injected[kind], kind).toBeGreaterThan(0);
    }
    const record = await runRecord(run.id);
    expect(record).toMatchObject({ status: 'SUCCEEDED', errorCount: 0 });

    const expected = simulatorBars();
    expect(expected.stocks.length).toBeGreaterThan(2_000);
    expect(expected.indices.length).toBeGreaterThan(2_000);
    const stored = await storedBars();
    // Same rows in the same order: none missing, none extra, none twice.
    expect(stored).toEqual(expected);
    expect(record.rows).toBe(expected.stocks.length + expected.indices.length);
  });

  it('changes nothing when run again', async () => {
    const before = await storedBars();
    const run = await backfill();
    expect(await runRecord(run.id)).toMatchObject({
      status: 'SUCCEEDED',
      rows: before.stocks.length + before.indices.length,
      rowsChanged: 0,
    });
    expect(await storedBars()).toEqual(before);
  });

  it('completes a range that an interrupted run left half done when it runs again', async () => {
    // An empty store again, in the ETL's own database: no API deletes bars.
    await deps.pool.query('DELETE FROM DailyBar');
    await deps.pool.query('DELETE FROM IndexBar');
    const stop = new AbortController();
    const watching = setInterval(() => {
      void deps.pool.query('SELECT COUNT(*) AS n FROM DailyBar').then(([rows]) => {
        if (Number((rows as { n: number }[])[0]?.n) >= 300) stop.abort();
      });
    }, 5);
    const interrupted = await backfill(stop.signal);
    clearInterval(watching);
    expect(interrupted.status).toBe('FAILED');
    expect(await runRecord(interrupted.id)).toMatchObject({
      message: 'Interrupted: the process stopped before the run finished',
    });
    const partial = await storedBars();
    const expected = simulatorBars();
    expect(partial.stocks.length).toBeGreaterThan(0);
    expect(partial.stocks.length + partial.indices.length).toBeLessThan(
      expected.stocks.length + expected.indices.length,
    );

    const rerun = await backfill();
    expect(rerun.status).toBe('SUCCEEDED');
    expect(await storedBars()).toEqual(expected);
  });
});
