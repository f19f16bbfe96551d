import { describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser, type UsePlatformOptions } from '@capstone/test-platform';

const QUOTES = /* GraphQL */ `
  subscription Quotes($symbols: [String!]!) {
    quoteUpdated(symbols: $symbols) {
      symbol
      price
      changeRate
      volume
      tradedAt
      instrument {
        nameKo
      }
    }
  }
`;

interface Tick {
  symbol: string;
  price: string;
  changeRate: string;
  volume: string;
  tradedAt: string;
  instrument: { nameKo: string } | null;
}

/** A simulator with two stocks ticking five times a second each, and a worker that follows them. */
const livePlatform = (extra: UsePlatformOptions): UsePlatformOptions => ({
  kisSimulator: {
    symbols: ['005930', '000660'],
    tickIntervalMs: 200,
    rateLimits: { real: 1_000, mock: 1_000 },
  },
  etlWorker: { live: { refreshMs: 300, flushMs: 200 } },
  ...extra,
  env: { ETL_HISTORY_YEARS: '1', KIS_REQUESTS_PER_SECOND: '200', ...extra.env },
});

/** Subscribes at the gateway over graphql-ws until both stocks have ticked `perSymbol` times. */
async function ticksAtGateway(user: SignedInUser, perSymbol = 2) {
  const subscription = user.subscribe<{ quoteUpdated?: Tick }>(QUOTES, {
    symbols: ['005930', '000660'],
  });
  const ticks: Tick[] = [];
  const enough = () =>
    ['005930', '000660'].every(
      (symbol) => ticks.filter((tick) => tick.symbol === symbol).length >= perSymbol,
    );
  try {
    while (!enough()) {
      const event = await subscription.next();
      expect(event.errors).toBeUndefined();
      if (event.data?.quoteUpdated) ticks.push(event.data.quoteUpdated);
    }
  } finally {
    await subscription.close();
  }
  return ticks;
}

function expectRealTicks(ticks: Tick[]) {
  expect(new Set(ticks.map((tick) => tick.symbol))).toEqual(new Set(['005930', '000660']));
  for (const tick of ticks) {
    expect(tick.price).toMatch(/^\d+$/);
    expect(tick.changeRate).toMatch(/^-?\d+(\.\d+)?$/);
    expect(Number(tick.volume)).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(tick.tradedAt))).toBe(false);
  }
  expect(ticks.find((tick) => tick.symbol === '005930')?.instrument?.nameKo).toBe('삼성전자');
}

describe('live quotes from the simulator’s WebSocket, through a separate ETL worker and Redis', () => {
  const platform = usePlatform(
    livePlatform({ services: ['accounts', 'market-data', 'gateway', 'etl-worker'] }),
  );

  it('reach a graphql-ws subscriber at the gateway for two symbols', async () => {
    const user = await platform.signUp('watcher');
    expectRealTicks(await ticksAtGateway(user));
    expect(platform.etlWorker?.live.counts.stream).toBeGreaterThan(0);
  });

  it('keep the last quote of each instrument for quotes() and Instrument.lastQuote', async () => {
    const user = await platform.signUp('reader');
    let answer;
    for (let attempt = 0; attempt < 50; attempt++) {
      answer = await user.ask<{
        quotes: { symbol: string; price: string }[];
        instrument: { lastQuote: { price: string } | null };
      }>(
        '{ quotes(symbols: ["000660", "005930"]) { symbol price } instrument(symbol: "005930") { lastQuote { price } } }',
      );
      if (answer.data?.quotes.length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answer?.errors).toBeUndefined();
    expect(answer?.data?.quotes.map((quote) => quote.symbol)).toEqual(['000660', '005930']);
    expect(answer?.data?.instrument.lastQuote?.price).toMatch(/^\d+$/);
  });

  it('are one LIVE_QUOTES run, recorded with the quotes it stored', async () => {
    const admin = await platform.admin();
    const answer = await admin.ask<{
      etlRuns: { status: string; trigger: string; rows: number }[];
    }>('{ etlRuns(job: LIVE_QUOTES) { status trigger rows } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.etlRuns).toHaveLength(1);
    expect(answer.data?.etlRuns[0]).toMatchObject({ status: 'RUNNING', trigger: 'STARTUP' });
  });
});

describe('without Redis', () => {
  const platform = usePlatform(
    livePlatform({
      services: ['accounts', 'market-data', 'gateway'],
      // Nothing listens on port 1: every service keeps its state in memory.
      env: { REDIS_URL: 'redis://127.0.0.1:1', ETL_WORKER_MODE: 'auto' },
    }),
  );

  it('market-data runs the worker itself, and its quotes reach subscribers in memory', async () => {
    const user = await platform.signUp('offline-watcher');
    expectRealTicks(await ticksAtGateway(user));
  });
});
