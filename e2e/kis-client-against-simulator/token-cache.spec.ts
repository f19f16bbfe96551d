import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import { memoryTokenStore, redisTokenStore, type KisClientOptions } from '@capstone/kis-client';
import { clientPool, shiftedClock } from './support/clients.js';
import { credentials } from './support/loopback.js';

// The simulator's clock runs ahead on demand, so "a minute later" and "a day later" take no time.
const clock = shiftedClock();
let simulator: KisSimulator;
const clients = clientPool(() => ({
  restUrl: simulator.restUrl,
  tokenIssueSpacingMs: 50,
  now: clock.now,
}));

/** Every test names the app key, since sharing one (or not) is what it is about. */
const client = (
  options: Partial<KisClientOptions> & Pick<KisClientOptions, 'appKey' | 'appSecret'>,
) => clients.client(options);

beforeAll(async () => {
  simulator = await startKisSimulator({ symbols: ['005930', '000660'], now: clock.now });
});

afterEach(async () => {
  await clients.closeAll();
});

afterAll(async () => {
  await simulator.close();
});

describe('the access token', () => {
  it('is issued once and reused by a second client with the same store', async () => {
    const keys = credentials();
    const tokenStore = memoryTokenStore();
    const before = simulator.stats().tokenIssues;

    await client({ ...keys, tokenStore }).currentPrice('005930');
    const second = client({ ...keys, tokenStore });
    await second.currentPrice('000660');
    await second.currentPrice('005930');

    expect(simulator.stats().tokenIssues - before).toBe(1);
    expect(await tokenStore.get(`real:${keys.appKey}`)).toMatchObject({
      accessToken: expect.any(String),
      expiresAt: expect.any(Date),
      issuedAt: expect.any(Date),
    });
  });

  it('is issued once for many concurrent first calls (single flight)', async () => {
    const keys = credentials();
    const before = simulator.stats().tokenIssues;
    const first = client({ ...keys });
    await Promise.all(['005930', '000660', '005930', '000660'].map((s) => first.currentPrice(s)));
    expect(simulator.stats().tokenIssues - before).toBe(1);
  });

  it('is refreshed once less than ten minutes of it remain', async () => {
    const keys = credentials();
    const tokenStore = memoryTokenStore();
    const before = simulator.stats().tokenIssues;
    const first = client({ ...keys, tokenStore });
    await first.currentPrice('005930');
    const issued = await tokenStore.get(`real:${keys.appKey}`);

    clock.advance(issued!.expiresAt.getTime() - clock.now().getTime() - 5 * 60_000);
    await first.currentPrice('005930');

    const refreshed = await tokenStore.get(`real:${keys.appKey}`);
    expect(simulator.stats().tokenIssues - before).toBe(2);
    expect(refreshed!.expiresAt.getTime()).toBeGreaterThan(issued!.expiresAt.getTime());
  });

  it('waits and tries again when KIS refuses a second issue within a minute (EGW00133)', async () => {
    const keys = credentials();
    await client({ ...keys }).currentPrice('005930');
    const warnings: string[] = [];
    // Another store, so the second client must issue its own; KIS refuses it until a minute
    // has passed, which the simulator's clock is moved through when the client reports the wait.
    const second = client({
      ...keys,
      logger: {
        debug: () => {},
        info: () => {},
        warn: (_details, message) => {
          warnings.push(message ?? '');
          if (message?.includes('throttled')) clock.advance(61_000);
        },
      },
    });
    await expect(second.currentPrice('005930')).resolves.toMatchObject({ symbol: '005930' });
    expect(warnings).toContain('kis: access token issue throttled');
  });
});

describe('a Redis token store', () => {
  const prefix = `kis-client-test:${randomUUID()}:`;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: false, maxRetriesPerRequest: 1 });
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('lets a client in another process reuse the token (stats: one issue)', async () => {
    const keys = credentials();
    const before = simulator.stats().tokenIssues;
    await client({ ...keys, tokenStore: redisTokenStore(redis, { prefix }) }).currentPrice(
      '005930',
    );
    // A second connection stands for a second process: nothing is shared but Redis.
    const other = new Redis('redis://127.0.0.1:6379');
    try {
      const restarted = client({ ...keys, tokenStore: redisTokenStore(other, { prefix }) });
      await restarted.currentPrice('000660');
    } finally {
      await other.quit();
    }
    expect(simulator.stats().tokenIssues - before).toBe(1);
    const stored = await redis.get(`${prefix}real:${keys.appKey}`);
    expect(JSON.parse(stored!)).toMatchObject({ accessToken: expect.any(String) });
    expect(await redis.pttl(`${prefix}real:${keys.appKey}`)).toBeGreaterThan(0);
  });

  it('forgets a deleted token and counts an unreadable entry as absent', async () => {
    const store = redisTokenStore(redis, { prefix });
    const token = {
      accessToken: 'abc',
      issuedAt: new Date('2026-01-01T00:00:00Z'),
      expiresAt: new Date('2026-01-02T00:00:00Z'),
    };
    await store.set('real:k', token);
    expect(await store.get('real:k')).toEqual(token);
    await store.delete('real:k');
    expect(await store.get('real:k')).toBeNull();
    await redis.set(`${prefix}real:k`, '{not json');
    expect(await store.get('real:k')).toBeNull();
  });
});
