import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

const REDIRECT_URI = 'http://127.0.0.1:8080/auth/callback';
const platform = usePlatform({
  services: ['accounts', 'gateway'],
  oidc: { redirectUris: [REDIRECT_URI] },
});

async function logInAtProvider(
  subject: string,
  account: { email: string; emailVerified: boolean; name: string },
) {
  const callbackUrl = await platform.externalLoginCallback(subject, account);
  const complete = await platform.anonymous.ask(
    'mutation($url: String!) { completeExternalLogin(provider: "local", callbackUrl: $url) { accessToken user { id email } } }',
    { url: callbackUrl },
  );
  return { complete, callbackUrl };
}

describe('log-in with an external OpenID Connect provider', () => {
  it('lists the configured provider', async () => {
    const response = await platform.anonymous.ask(
      '{ externalLoginProviders { name displayName } }',
    );
    expect(response.data!.externalLoginProviders).toEqual([
      { name: 'local', displayName: '127.0.0.1' },
    ]);
  });

  it('creates an account on first log-in and signs into the same one after', async () => {
    const account = { email: 'new.person@example.com', emailVerified: true, name: 'New Person' };
    const first = await logInAtProvider('subject-new', account);
    expect(first.complete.errors).toBeUndefined();
    const user = first.complete.data!.completeExternalLogin.user;
    expect(user.email).toBe('new.person@example.com');
    const again = await logInAtProvider('subject-new', account);
    expect(again.complete.data!.completeExternalLogin.user.id).toBe(user.id);
    const me = await platform.anonymous.ask(
      '{ me { id } }',
      {},
      {
        headers: {
          authorization: `Bearer ${again.complete.data!.completeExternalLogin.accessToken}`,
        },
      },
    );
    expect(me.data!.me.id).toBe(user.id);
  });

  it('links to an existing account by verified e-mail', async () => {
    const existing = await platform.signUp('linked');
    const { complete } = await logInAtProvider('subject-linked', {
      email: existing.email,
      emailVerified: true,
      name: 'L',
    });
    expect(complete.data!.completeExternalLogin.user.id).toBe(existing.id);
  });

  it('never links to an existing account by an unverified e-mail', async () => {
    const existing = await platform.signUp('victim');
    const { complete } = await logInAtProvider('subject-attacker', {
      email: existing.email,
      emailVerified: false,
      name: 'A',
    });
    expect(complete.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a callback replayed, forged or for a redirect URI that is not allowed', async () => {
    const { complete, callbackUrl } = await logInAtProvider('subject-replay', {
      email: 'replay@example.com',
      emailVerified: true,
      name: 'R',
    });
    expect(complete.errors).toBeUndefined();
    const replay = await platform.anonymous.ask(
      'mutation($url: String!) { completeExternalLogin(provider: "local", callbackUrl: $url) { accessToken } }',
      { url: callbackUrl },
    );
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await platform.anonymous.ask(
      'mutation { completeExternalLogin(provider: "local", callbackUrl: "http://127.0.0.1:8080/auth/callback?code=x&state=y") { accessToken } }',
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const badRedirect = await platform.anonymous.ask(
      'mutation { startExternalLogin(provider: "local", redirectUri: "https://evil.example/cb") { state } }',
    );
    expect(badRedirect.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await platform.anonymous.ask(
      `mutation { startExternalLogin(provider: "nope", redirectUri: "${REDIRECT_URI}") { state } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
