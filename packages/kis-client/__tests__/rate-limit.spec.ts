import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator } from '@capstone/kis-simulator';
import { createKisClient, memoryTokenStore } from '@capstone/kis-client';
import { createRequestLimiter } from '../src/rate-limit.js';
import { credentials, maxInWindow, startProxy } from './support/loopback.js';

type Simulator = Awaited<ReturnType<typeof startKisSimulator>>;

const mockKeys = credentials();
const sharedKeys = credentials();
let simulator: Simulator;

beforeAll(async () => {
  simulator = await startKisSimulator({
    symbols: ['005930', '000660'],
    accounts: [
      { ...mockKeys, env: 'mock' },
      { ...sharedKeys, env: 'mock' },
    ],
  });
});

afterAll(async () => {
  await simulator.close();
});

/*
 * The limiter spaces the moments requests leave; the proxy sees them arrive a little later, by
 * however long connection setup and a busy event loop (two shared cores) take, so three arrivals
 * are only a violation when they fall within 950 ms. The exact spacing is asserted on the
 * limiter itself below, and the simulator's token bucket, which is what KIS enforces, must never
 * answer EGW00201.
 */
const WINDOW_MS = 950;
const quotationTimes = (arrivals: Array<{ at: number; path: string }>) =>
  arrivals.filter((arrival) => arrival.path.startsWith('/uapi/')).map((arrival) => arrival.at);

describe('the request rate of a mock app key', () => {
  it('stays within 2 requests a second, and KIS never answers EGW00201', async () => {
    const proxy = await startProxy(simulator.restUrl);
    const kis = createKisClient({
      env: 'mock',
      ...mockKeys,
      restUrl: proxy.url,
      tokenStore: memoryTokenStore(),
    });
    try {
      const limitedBefore = simulator.stats().rateLimited;
      const symbols = ['005930', '000660', '005930', '000660', '005930', '000660', '005930'];
      const prices = await Promise.all(symbols.map((symbol) => kis.currentPrice(symbol)));

      expect(prices.map((price) => price.symbol)).toEqual(symbols);
      // The token issue goes through the same limiter, as one more request.
      expect(proxy.arrivals).toHaveLength(8);
      expect(maxInWindow(quotationTimes(proxy.arrivals), WINDOW_MS)).toBe(2);
      expect(simulator.stats().rateLimited - limitedBefore).toBe(0);
    } finally {
      await kis.close();
      await proxy.close();
    }
  });

  it('is shared through Redis by clients that share nothing else', async () => {
    const redisA = new Redis('redis://127.0.0.1:6379');
    const redisB = new Redis('redis://127.0.0.1:6379');
    const proxy = await startProxy(simulator.restUrl);
    // One token store (so one token), but two limiters that only meet in Redis.
    const tokenStore = memoryTokenStore();
    const make = (redis: Redis) =>
      createKisClient({
        env: 'mock',
        ...sharedKeys,
        restUrl: proxy.url,
        tokenStore,
        rateLimit: { perSecond: 2, store: redis },
      });
    const a = make(redisA);
    const b = make(redisB);
    try {
      await a.accessToken();
      const limitedBefore = simulator.stats().rateLimited;
      const started = proxy.arrivals.length;
      await Promise.all([
        a.currentPrice('005930'),
        b.currentPrice('000660'),
        a.currentPrice('000660'),
        b.currentPrice('005930'),
        a.currentPrice('005930'),
        b.currentPrice('000660'),
      ]);
      const times = quotationTimes(proxy.arrivals.slice(started));
      expect(times).toHaveLength(6);
      expect(maxInWindow(times, WINDOW_MS)).toBeLessThanOrEqual(2);
      expect(simulator.stats().rateLimited - limitedBefore).toBe(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await Promise.all([redisA.quit(), redisB.quit(), proxy.close()]);
    }
  });
});

describe('the limiter itself', () => {
  /** When each of `count` concurrent acquires was granted, in order. */
  async function grants(acquire: () => Promise<void>, count: number) {
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: count }, () => acquire().then(() => times.push(performance.now()))),
    );
    return times.sort((a, b) => a - b);
  }
  const gaps = (times: number[]) => times.slice(1).map((time, i) => time - times[i]!);

  it('grants 2 a second in memory, evenly 500 ms apart, waiting rather than failing', async () => {
    const limiter = createRequestLimiter({ perSecond: 2, key: credentials().appKey });
    const times = await grants(() => limiter.acquire(), 5);
    expect(times).toHaveLength(5);
    // Timers and Date.now() have millisecond resolution: allow 2 ms.
    for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(498);
    await limiter.close();
  });

  it('shares the spacing through Redis between limiters on different connections', async () => {
    const key = credentials().appKey;
    const redisA = new Redis('redis://127.0.0.1:6379');
    const redisB = new Redis('redis://127.0.0.1:6379');
    const keyPrefix = `kis-client-test:rate:${key}`;
    const a = createRequestLimiter({ perSecond: 2, store: redisA, key, keyPrefix });
    const b = createRequestLimiter({ perSecond: 2, store: redisB, key, keyPrefix });
    try {
      const times = await grants(
        (() => {
          let turn = 0;
          return () => ((turn += 1) % 2 === 0 ? a : b).acquire();
        })(),
        6,
      );
      // 500 ms apart at Redis; each grant is timed when its reply is handled here, which a busy
      // event loop delays by different amounts: allow 50 ms.
      for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(450);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await Promise.all([redisA.quit(), redisB.quit()]);
    }
  });
});
