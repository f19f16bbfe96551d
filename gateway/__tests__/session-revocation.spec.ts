import { randomUUID } from 'node:crypto';
import {
  createSessionRevocationList,
  revokeSessions,
  sessionRevocationKey,
  sessionRevokedChannel,
} from '@capstone/auth';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
afterAll(() => redis.disconnect());

const waitUntil = async (condition: () => Promise<boolean>) => {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
};

describe('session revocation', () => {
  it('keeps a revoked session in Redis for the access-token lifetime', async () => {
    const prefix = `test-${randomUUID()}`;
    const sessionId = randomUUID();
    await revokeSessions([sessionId], { redis, prefix, ttlSeconds: 120 });
    const ttl = await redis.ttl(sessionRevocationKey(prefix, sessionId));
    expect(ttl).toBeGreaterThan(110);
    expect(ttl).toBeLessThanOrEqual(120);
  });

  it('refuses a session revoked by another process, found in Redis', async () => {
    const prefix = `test-${randomUUID()}`;
    const list = createSessionRevocationList({ redis, prefix, ttlSeconds: 60 });
    const sessionId = randomUUID();
    expect(await list.isRevoked(sessionId)).toBe(false);
    await redis.set(sessionRevocationKey(prefix, sessionId), '1', 'EX', 60);
    // The "not revoked" answer is believed only briefly, so the key is found soon.
    expect(await waitUntil(() => list.isRevoked(sessionId))).toBe(true);
    list.close();
  });

  it('learns of a revocation published by another process at once', async () => {
    const prefix = `test-${randomUUID()}`;
    const list = createSessionRevocationList({
      redis,
      prefix,
      ttlSeconds: 60,
      recheckAfterMs: 60_000,
    });
    const sessionId = randomUUID();
    expect(await list.isRevoked(sessionId)).toBe(false);
    // Published without setting the key: only the message can tell the list.
    await waitUntil(async () => (await redis.publish(sessionRevokedChannel(prefix), 'x')) > 0);
    await redis.publish(sessionRevokedChannel(prefix), sessionId);
    expect(await waitUntil(() => list.isRevoked(sessionId))).toBe(true);
    list.close();
  });

  it('keeps revocations in this process when there is no Redis', async () => {
    const prefix = `test-${randomUUID()}`;
    const list = createSessionRevocationList({ redis: undefined, prefix, ttlSeconds: 60 });
    const sessionId = randomUUID();
    expect(await list.isRevoked(sessionId)).toBe(false);
    await revokeSessions([sessionId], { redis: undefined, prefix, ttlSeconds: 60 });
    expect(await list.isRevoked(sessionId)).toBe(true);
    expect(await list.isRevoked(randomUUID())).toBe(false);
    expect(await list.isRevoked(undefined)).toBe(false);
    list.close();
  });
});
