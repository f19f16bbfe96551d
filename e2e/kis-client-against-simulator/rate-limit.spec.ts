import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator } from '@capstone/kis-simulator';
import { createKisClient, memoryTokenStore } from '@capstone/kis-client';
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
