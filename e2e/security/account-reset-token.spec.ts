/**
 * Attacks on password reset: replaying a reset link, or using an old one. A reset token works
 * once and for 30 minutes; using it ends every session.
 */
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { describe, expect, it } from 'vitest';
import { tokenFrom, usePlatform, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({ services: ['accounts', 'gateway'] });
const RESET =
  'mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }';
const LOG_IN =
  'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }';

async function resetLink(user: SignedInUser) {
  const asked = await platform.anonymous.ask(
    'mutation($email: String!) { requestPasswordReset(email: $email) }',
    { email: user.email },
  );
  expect(asked.data).toEqual({ requestPasswordReset: true });
  const mail = await platform.mail.nextMail(user.email, { subject: /Reset your password/ });
  return tokenFrom(mail, '/reset-password');
}

describe('attack: replaying a password-reset link', () => {
  it('works once, ends every session, and the link is dead after', async () => {
    const user = await platform.signUp('reset-once');
    const token = await resetLink(user);
    const first = await platform.anonymous.ask(RESET, { token, password: 'the new passphrase' });
    expect(first.data).toEqual({ resetPassword: true });
    const replay = await platform.anonymous.ask(RESET, {
      token,
      password: 'the thief’s passphrase',
    });
    expect(replay.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'token',
    });
    const refresh = await platform.anonymous.ask(
      'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken } }',
      { token: user.refreshToken },
    );
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await platform.anonymous.ask(LOG_IN, {
      email: user.email,
      password: 'the new passphrase',
    });
    expect(login.errors).toBeUndefined();
  });
});

describe('attack: using an expired password-reset link', () => {
  it('refuses it, and the password stays', async () => {
    const user = await platform.signUp('reset-expired');
    const token = await resetLink(user);
    await withConnection(databaseUrl(platform.config, 'accounts'), (db) =>
      db.query(
        "UPDATE EmailToken SET expiresAt = NOW(3) - INTERVAL 1 MINUTE WHERE userId = ? AND purpose = 'RESET_PASSWORD'",
        [user.id],
      ),
    );
    const expired = await platform.anonymous.ask(RESET, { token, password: 'too late passphrase' });
    expect(expired.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const login = await platform.anonymous.ask(LOG_IN, {
      email: user.email,
      password: user.password,
    });
    expect(login.errors).toBeUndefined();
  });

  it('answers an address without an account exactly as one with', async () => {
    const answer = await platform.anonymous.ask(
      'mutation { requestPasswordReset(email: "nobody-here@example.com") }',
    );
    expect(answer).toMatchObject({ data: { requestPasswordReset: true } });
    expect(answer.errors).toBeUndefined();
  });
});
