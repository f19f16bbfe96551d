import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '@capstone/config';
import type * as KisClientModule from '@capstone/kis-client';
import { LiveQuotes } from '../src/etl/jobs/live-quotes.js';
import { kisSource } from '../src/etl/settings.js';
import { type QuoteEvent } from '../src/quotes.js';
import { createLogger } from '@capstone/observability';
import type { Pool } from 'mysql2/promise';
import { addInstruments, scratchMarketData } from './support/scratch-database.js';

// No WebSocket here: every subscription is refused, so each tracked instrument is polled.
vi.mock('@capstone/kis-client', async (importOriginal) => ({
  ...(await importOriginal<typeof KisClientModule>()),
  createKisRealtime: () => ({
    on: () => {},
    subscribe: () => Promise.reject(new Error('no streaming in this test')),
    unsubscribe: () => Promise.resolve(),
    close: () => Promise.resolve(),
  }),
}));

let db: Awaited<ReturnType<typeof scratchMarketData>>;

beforeAll(async () => {
  db = await scratchMarketData();
  await addInstruments(db.pool, ['005930']);
  await db.pool.query('UPDATE Instrument SET tracked = true');
});
afterAll(() => db?.drop());

/** The scratch pool, with failures to order: the next instrument read, or writes. */
function faultyPool() {
  const faults = { nextInstrumentRead: false, writes: false };
  const pool = new Proxy(db.pool, {
    get(target, property) {
      if (property === 'query') {
        return (sql: string, ...rest: unknown[]) => {
          if (faults.nextInstrumentRead && sql.startsWith('SELECT symbol FROM Instrument')) {
            faults.nextInstrumentRead = false;
            return Promise.reject(new Error('connection lost'));
          }
          return (target.query as (...args: unknown[]) => unknown)(sql, ...rest);
        };
      }
      if (property === 'getConnection' && faults.writes) {
        return () => Promise.reject(new Error('connection lost'));
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Pool;
  return { pool, faults };
}

function liveQuotes(pool: Pool) {
  const currentPrice = vi.fn(async (symbol: string) => ({
    symbol,
    price: 70_000,
    change: 500,
    changeRate: 0.72,
    volume: 1_000,
  }));
  const published: QuoteEvent[] = [];
  const live = new LiveQuotes({
    pool,
    kis: { currentPrice, approvalKey: async () => 'key', wsUrl: 'ws://127.0.0.1:1' } as never,
    source: { ...kisSource(parseEnv({})), requestsPerSecond: 200 },
    logger: createLogger('etl-test', 'silent'),
    publish: (quote) => published.push(quote),
    refreshMs: 50,
    flushMs: 3_600_000,
  });
  return { live, currentPrice, published };
}

async function until(condition: () => boolean | Promise<boolean>, ms = 3_000) {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out');
}

describe('the live quote stream', () => {
  it('still polls when its first read of the tracked instruments fails', async () => {
    const { pool, faults } = faultyPool();
    const { live, currentPrice } = liveQuotes(pool);
    faults.nextInstrumentRead = true;
    try {
      await expect(live.start('MANUAL')).rejects.toThrow('connection lost');
      await until(() => currentPrice.mock.calls.length > 0);
      expect(currentPrice).toHaveBeenCalledWith('005930');
    } finally {
      await live.stop();
    }
  });

  it('keeps the quotes of a flush that failed, and writes them with the next', async () => {
    const { pool, faults } = faultyPool();
    const { live, published } = liveQuotes(pool);
    try {
      await live.start('MANUAL');
      await until(() => published.length > 0);
      faults.writes = true;
      await expect(live.flush()).rejects.toThrow('connection lost');
      faults.writes = false;
      await live.flush();
      const [rows] = await db.pool.query('SELECT symbol, price FROM Quote');
      expect(rows).toEqual([{ symbol: '005930', price: '70000.00' }]);
    } finally {
      await live.stop();
    }
  });
});
