import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@capstone/config';
import { REST_BASE } from '@capstone/operations';
import { TEST_PASSWORD, tokenFrom, uniqueEmail, usePlatform } from '@capstone/test-platform';
import { totpCodes, typedClient } from './rest-fixtures.js';

/**
 * A partner with nothing but HTTP: signs up, confirms the address, logs in, refreshes the token,
 * makes an API key and works with it, all over `/api/v1` and no GraphQL. Every JSON answer is
 * checked against the OpenAPI document's schemas.
 */
const platform = usePlatform({
  services: [...SUBGRAPHS, 'gateway'],
  // A revoked key is refused at once, not within the gateway's key cache (30 s by default).
  env: { API_KEY_CACHE_SECONDS: '0' },
});

const base = () => platform.urls.gateway!.replace(/\/graphql$/, '');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Signs a new account up and confirms its address over REST; returns its e-mail address. */
async function signedUpOverRest(client: ReturnType<typeof typedClient>['client'], name: string) {
  const email = uniqueEmail(name);
  const signUp = await client.POST('/api/v1/auth/sign-up', {
    body: { email, password: TEST_PASSWORD },
  });
  expect(signUp.response.status).toBe(201);
  expect(signUp.data).toEqual({ email });
  const mail = await platform.mail.nextMail(email, { subject: /Confirm your e-mail/ });
  const verified = await client.POST('/api/v1/auth/verify-email', {
    body: { token: tokenFrom(mail, '/verify-email') },
  });
  expect(verified.data).toBe(true);
  return email;
}

describe('a partner over plain REST', () => {
  it('logs in, refreshes the token, makes an API key and works with it', async () => {
    const rest = typedClient(base(), {});
    const { client } = rest;
    const email = await signedUpOverRest(client, 'rest-partner');

    const logIn = await client.POST('/api/v1/auth/log-in', {
      body: { email, password: TEST_PASSWORD },
    });
    expect(logIn.response.status).toBe(200);
    const first = logIn.data!;
    expect(first.user.email).toBe(email);
    const me = await client.GET('/api/v1/me', { headers: bearer(first.accessToken) });
    expect(me.data).toMatchObject({ email, totpEnabled: false });

    const refreshed = await client.POST('/api/v1/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(refreshed.response.status).toBe(200);
    const second = refreshed.data!;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    const sessions = await client.GET('/api/v1/me/sessions', {
      headers: bearer(second.accessToken),
    });
    expect(sessions.data).toHaveLength(1);

    const created = await client.POST('/api/v1/api-keys', {
      headers: bearer(second.accessToken),
      body: { name: 'partner server', scopes: ['PORTFOLIO_READ', 'PORTFOLIO_WRITE'] },
    });
    expect(created.response.status).toBe(201);
    const keyHeaders = { 'x-api-key': created.data!.secret };
    const made = await client.POST('/api/v1/portfolios', {
      headers: keyHeaders,
      body: { name: 'made with a key', cash: '1000000' },
    });
    expect(made.response.status).toBe(201);
    const listed = await client.GET('/api/v1/portfolios', { headers: keyHeaders });
    expect(listed.data!.map((portfolio) => portfolio.id)).toEqual([made.data!.id]);
    // A key cannot manage keys: only a person signed in can.
    const keysWithKey = await client.GET('/api/v1/api-keys', { headers: keyHeaders });
    expect(keysWithKey.response.status).toBe(403);

    const revoked = await client.DELETE('/api/v1/api-keys/{id}', {
      headers: bearer(second.accessToken),
      params: { path: { id: created.data!.apiKey.id } },
    });
    expect(revoked.data!.revokedAt).toEqual(expect.any(String));
    expect((await client.GET('/api/v1/portfolios', { headers: keyHeaders })).response.status).toBe(
      401,
    );

    const loggedOut = await client.POST('/api/v1/auth/log-out', {
      body: { refreshToken: second.refreshToken },
    });
    expect(loggedOut.response.status).toBe(200);
    const spent = await client.POST('/api/v1/auth/refresh', {
      body: { refreshToken: second.refreshToken },
    });
    expect(spent.response.status).toBe(401);
    expect(spent.error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(rest.problems).toEqual([]);
  });

  it('refuses a wrong password as a 401 problem, in Korean unless the caller asks for English', async () => {
    const rest = typedClient(base(), {});
    const email = await signedUpOverRest(rest.client, 'rest-wrong-password');
    const wrong = (headers: Record<string, string>) =>
      fetch(`${base()}${REST_BASE}/auth/log-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email, password: 'not the password 1' }),
      });

    const korean = await wrong({});
    expect(korean.status).toBe(401);
    expect(korean.headers.get('content-type')).toBe('application/problem+json');
    expect(korean.headers.get('content-language')).toBe('ko');
    expect(await korean.json()).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      detail: '이메일 주소 또는 비밀번호가 틀렸습니다',
      instance: `${REST_BASE}/auth/log-in`,
    });

    const english = await wrong({ 'accept-language': 'en' });
    expect(english.status).toBe(401);
    expect(english.headers.get('content-language')).toBe('en');
    expect(await english.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'The e-mail address or the password is wrong',
    });
  });

  it('asks for the TOTP code once two-factor is on, and logs in with it', async () => {
    const rest = typedClient(base(), {});
    const { client } = rest;
    const email = await signedUpOverRest(client, 'rest-totp');
    const session = (
      await client.POST('/api/v1/auth/log-in', { body: { email, password: TEST_PASSWORD } })
    ).data!;
    const enrolled = await client.POST('/api/v1/me/totp', {
      headers: bearer(session.accessToken),
    });
    const code = totpCodes(enrolled.data!.secret, email);
    const confirmed = await client.POST('/api/v1/me/totp/confirm', {
      headers: bearer(session.accessToken),
      body: { code: code() },
    });
    expect(confirmed.data!.length).toBeGreaterThan(0);

    const withoutCode = await client.POST('/api/v1/auth/log-in', {
      headers: { 'accept-language': 'en' },
      body: { email, password: TEST_PASSWORD },
    });
    expect(withoutCode.response.status).toBe(401);
    expect(withoutCode.error).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: expect.stringMatching(/TOTP code/),
    });
    // The confirming code's time step is spent; the next one's is current too.
    const withCode = await client.POST('/api/v1/auth/log-in', {
      body: { email, password: TEST_PASSWORD, totpCode: code(1) },
    });
    expect(withCode.response.status).toBe(200);
    expect(withCode.data!.user.totpEnabled).toBe(true);
    expect(rest.problems).toEqual([]);
  });
});
