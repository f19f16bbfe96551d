/**
 * Attack: keeping a stolen session after the owner changes the password. Changing the password
 * now ends every session (the caller gets a new one), revokes their refresh tokens, and tells
 * the gateway through the revocation list in Redis, so their access tokens die too.
 */
import { redisKeyPrefix } from '@capstone/config';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

const platform = usePlatform({ services: ['accounts', 'gateway'] });
const REFRESH =
  'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken } }';
const CHANGE =
  'mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { accessToken refreshToken } }';
const sessionIdOf = (accessToken: string): string =>
  (JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString()) as { sid: string })
    .sid;

let redis: Redis | undefined;
afterAll(() => redis?.disconnect());

describe('attack: a thief keeps a session after the owner changes the password', () => {
  it('ends every other session, in the database and on the gateway’s revocation list', async () => {
    const owner = await platform.signUp('change-password');
    const thief = await platform.logIn(owner.email, owner.password);
    const changed = await owner.ask<{
      changePassword: { accessToken: string; refreshToken: string };
    }>(CHANGE, { current: owner.password, next: 'a brand new passphrase' });
    expect(changed.errors).toBeUndefined();

    const stolen = await platform.anonymous.ask(REFRESH, { token: thief.refreshToken });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    redis = new Redis(platform.config.REDIS_URL);
    const revoked = `${redisKeyPrefix(platform.config)}:revoked-session:${sessionIdOf(thief.accessToken)}`;
    expect(await redis.exists(revoked)).toBe(1);
    expect(await redis.ttl(revoked)).toBeGreaterThan(platform.config.ACCESS_TOKEN_TTL_SECONDS - 60);

    // The new session works; the old password does not.
    const fresh = await platform.anonymous.ask(REFRESH, {
      token: changed.data!.changePassword.refreshToken,
    });
    expect(fresh.errors).toBeUndefined();
    const old = await platform.anonymous.ask(
      'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }',
      { email: owner.email, password: owner.password },
    );
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong current password, so a stolen session cannot change it', async () => {
    const owner = await platform.signUp('change-password-wrong');
    const answer = await owner.ask(CHANGE, { current: 'not the password', next: 'whatever 12345' });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'currentPassword',
    });
  });

  it('signs out everywhere on request, and lists what is open', async () => {
    const owner = await platform.signUp('everywhere');
    await platform.logIn(owner.email, owner.password);
    const listed = await owner.ask<{ sessions: { id: string }[] }>('{ sessions { id } }');
    expect(listed.data!.sessions).toHaveLength(2);
    const ended = await owner.ask<{ signOutEverywhere: number }>('mutation { signOutEverywhere }');
    expect(ended.data!.signOutEverywhere).toBe(2);
    const refresh = await platform.anonymous.ask(REFRESH, { token: owner.refreshToken });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
