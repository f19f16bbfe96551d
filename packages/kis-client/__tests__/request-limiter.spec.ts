import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createRequestLimiter } from '../src/rate-limit.js';

const appKey = () => `PS${randomBytes(17).toString('hex')}`;

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
    const limiter = createRequestLimiter({ perSecond: 2, key: appKey() });
    const times = await grants(() => limiter.acquire(), 5);
    expect(times).toHaveLength(5);
    // Never ahead of the rate: a grant is only ever seen late, and the first one at once, so
    // the last comes at least 4 × 500 ms after the first (timers have 1 ms resolution: 2 ms).
    expect(times[4]! - times[0]!).toBeGreaterThanOrEqual(1_998);
    // Evenly: each grant is timed when its promise settles, which a busy event loop (the whole
    // suite runs beside it) delays by different amounts: allow 50 ms between two.
    for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(450);
    await limiter.close();
  });

  it('shares the spacing through Redis between limiters on different connections', async () => {
    const key = appKey();
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
