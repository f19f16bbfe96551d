/**
 * Attack: account pre-hijacking. An attacker signs up with the victim's e-mail address (never
 * verified) and waits; when the victim signs in with Google, Kakao or Naver, which verify the
 * address, the external identity used to be linked to the attacker's account, whose password
 * stayed in place. Now a sign-up must confirm the address by mail before it can log in, and an
 * external log-in that adopts an unconfirmed account removes whatever the sign-up set up.
 */
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { describe, expect, it } from 'vitest';
import { uniqueEmail, usePlatform } from '@capstone/test-platform';

const REDIRECT_URI = 'http://127.0.0.1:8080/auth/callback';
const platform = usePlatform({
  services: ['accounts', 'gateway'],
  oidc: { redirectUris: [REDIRECT_URI] },
});
const SIGN_UP =
  'mutation($email: String!, $password: String!) { signUp(email: $email, password: $password) { email } }';
const LOG_IN =
  'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }';
const ATTACKER_PASSWORD = 'attacker chose this one';

async function completeExternalLogin(subject: string, email: string, emailVerified: boolean) {
  const url = await platform.externalLoginCallback(subject, { email, emailVerified, name: 'V' });
  return platform.anonymous.ask<{
    completeExternalLogin: { user: { id: string; emailVerified: boolean } };
  }>(
    'mutation($url: String!) { completeExternalLogin(provider: "local", callbackUrl: $url) { user { id emailVerified } } }',
    { url },
  );
}

describe('attack: sign up with the victim’s address, wait for their external log-in', () => {
  it('the attacker cannot use the unconfirmed account', async () => {
    const email = uniqueEmail('pre-hijack-unused');
    await platform.anonymous.ask(SIGN_UP, { email, password: ATTACKER_PASSWORD });
    const login = await platform.anonymous.ask(LOG_IN, { email, password: ATTACKER_PASSWORD });
    expect(login.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'EMAIL_NOT_VERIFIED',
    });
    // The link went to the victim's inbox, not to the attacker.
    expect((await platform.mail.nextMail(email)).subject).toMatch(/Confirm your e-mail/);
  });

  it('the victim’s verified external log-in adopts the account and the attacker’s password stops working', async () => {
    const email = uniqueEmail('pre-hijack-victim');
    await platform.anonymous.ask(SIGN_UP, { email, password: ATTACKER_PASSWORD });
    const [before] = (await withConnection(databaseUrl(platform.config, 'accounts'), (db) =>
      db.query('SELECT id FROM `User` WHERE email = ?', [email]),
    )) as { id: string }[];

    const victim = await completeExternalLogin('victim-subject', email, true);
    expect(victim.errors).toBeUndefined();
    expect(victim.data!.completeExternalLogin.user).toEqual({
      id: before!.id,
      emailVerified: true,
    });

    const attacker = await platform.anonymous.ask(LOG_IN, { email, password: ATTACKER_PASSWORD });
    expect(attacker.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(attacker.errors?.[0]?.extensions?.reason).toBeUndefined();
    const [after] = (await withConnection(databaseUrl(platform.config, 'accounts'), (db) =>
      db.query(
        'SELECT passwordHash, totpSecret, (SELECT COUNT(*) FROM ApiKey WHERE userId = User.id) AS apiKeys FROM `User` WHERE id = ?',
        [before!.id],
      ),
    )) as { passwordHash: string | null; totpSecret: string | null; apiKeys: bigint }[];
    expect(after).toMatchObject({ passwordHash: null, totpSecret: null });
    expect(Number(after!.apiKeys)).toBe(0);
  });

  it('a provider that did not verify the address never links to the account', async () => {
    const email = uniqueEmail('pre-hijack-unverified');
    await platform.anonymous.ask(SIGN_UP, { email, password: ATTACKER_PASSWORD });
    const linked = await completeExternalLogin('unverified-subject', email, false);
    expect(linked.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
