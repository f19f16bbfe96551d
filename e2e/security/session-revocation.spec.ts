import { randomUUID } from 'node:crypto';
import { revokeSessions } from '@capstone/auth';
import { redisKeyPrefix } from '@capstone/config';
import { Redis } from 'ioredis';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { timeUntil } from './support.js';

/**
 * Attack: keep using a stolen access token after its owner logged out, or after refresh-token
 * reuse revoked the session family. Access tokens live 15 minutes; the gateway refuses a
 * revoked session's token within a second (Redis key + pub/sub, @capstone/auth
 * session-revocation). The delay is measured by polling and compared with the promise.
 */
const platform = usePlatform({ services: ['accounts', 'gateway'] });
let redis: Redis | undefined;
afterAll(() => redis?.disconnect());

const refused = (user: SignedInUser) => async () =>
  (await user.ask('{ me { id } }')).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';

describe('an access token of a revoked session', () => {
  it('carries its session id', async () => {
    const user = await platform.signUp('sid');
    expect(decodeJwt(user.accessToken).sid).toEqual(expect.any(String));
  });

  it('is refused within a second once the session is on the revocation list (revoked token replay)', async () => {
    const user = await platform.signUp('revoked');
    expect((await user.ask('{ me { id } }')).data?.me?.id).toBe(user.id);
    redis ??= new Redis(platform.config.REDIS_URL);
    await revokeSessions([String(decodeJwt(user.accessToken).sid)], {
      redis,
      prefix: redisKeyPrefix(platform.config),
      ttlSeconds: platform.config.ACCESS_TOKEN_TTL_SECONDS,
    });
    expect(await timeUntil(refused(user))).toBeLessThan(1_000);
    // Another session of the same user is not touched.
    const other = await platform.logIn(user.email, user.password);
    expect((await other.ask('{ me { id } }')).data?.me?.id).toBe(user.id);
    // Nor is a session id nobody revoked.
    expect(String(decodeJwt(other.accessToken).sid)).not.toBe(randomUUID());
  });

  it('is refused within a second of logOut (access token used after log-out)', async () => {
    const user = await platform.signUp('logout');
    expect((await user.ask('{ me { id } }')).data?.me?.id).toBe(user.id);
    const out = await platform.anonymous.ask(
      'mutation($token: String!) { logOut(refreshToken: $token) }',
      { token: user.refreshToken },
    );
    expect(out.data?.logOut).toBe(true);
    expect(await timeUntil(refused(user))).toBeLessThan(1_000);
  });

  it('is refused within a second of refresh-token reuse revoking the family (stolen refresh token)', async () => {
    const user = await platform.signUp('reuse');
    const REFRESH =
      'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }';
    const first = await platform.anonymous.ask(REFRESH, { token: user.refreshToken });
    expect(first.errors).toBeUndefined();
    // The thief replays the old refresh token: the whole family is revoked.
    const replay = await platform.anonymous.ask(REFRESH, { token: user.refreshToken });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await timeUntil(refused(user))).toBeLessThan(1_000);
  });
});
