import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { describe, expect, it } from 'vitest';
import { STATE_LIFETIME_MS, authorizationUrl, refuseCallback } from '../src/auth/external-login.js';

const configuration = new oidc.Configuration(
  {
    issuer: 'https://id.example.com',
    authorization_endpoint: 'https://id.example.com/authorize',
  },
  'capstone-client',
);
const attempt = {
  redirectUri: 'https://app.example.com/auth/callback',
  codeVerifier: oidc.randomPKCECodeVerifier(),
  state: 'state-1',
  nonce: 'nonce-1',
};

describe('the authorization URL', () => {
  it('carries the S256 challenge of the verifier, never the verifier itself', async () => {
    const url = await authorizationUrl(configuration, { name: 'google', idToken: true }, attempt);
    const challenge = createHash('sha256').update(attempt.codeVerifier).digest('base64url');
    expect(url.searchParams.get('code_challenge')).toBe(challenge);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.href).not.toContain(attempt.codeVerifier);
    expect(url.searchParams.get('state')).toBe('state-1');
    expect(url.searchParams.get('redirect_uri')).toBe(attempt.redirectUri);
  });

  it('asks an OpenID provider for a nonce and OpenID scopes, and Naver for neither', async () => {
    const openId = await authorizationUrl(configuration, { name: 'kakao', idToken: true }, attempt);
    expect(openId.searchParams.get('nonce')).toBe('nonce-1');
    expect(openId.searchParams.get('scope')).toBe('openid email profile');
    const naver = await authorizationUrl(configuration, { name: 'naver', idToken: false }, attempt);
    expect(naver.searchParams.has('nonce')).toBe(false);
    expect(naver.searchParams.get('scope')).toBe('name email');
  });
});

describe('a callback', () => {
  const now = new Date('2026-11-26T06:00:00Z');
  const pending = {
    provider: 'google',
    redirectUri: 'https://app.example.com/auth/callback',
    expiresAt: new Date(now.getTime() + STATE_LIFETIME_MS),
  };
  const back = new URL('https://app.example.com/auth/callback?code=abc&state=state-1');
  const judge = (overrides: Partial<Parameters<typeof refuseCallback>[1]> = {}, state = pending) =>
    refuseCallback(state, {
      takenByThisRequest: true,
      provider: 'google',
      callback: back,
      now,
      ...overrides,
    });

  it('goes on when its state is this provider’s, fresh, and taken by this request', () => {
    expect(judge()).toBeUndefined();
  });

  it('is refused when the state is unknown, expired, another provider’s or taken already', () => {
    expect(
      refuseCallback(null, { takenByThisRequest: false, provider: 'google', callback: back, now }),
    ).toBe('unknown-or-expired');
    expect(judge({ now: new Date(pending.expiresAt.getTime() + 1) })).toBe('unknown-or-expired');
    expect(judge({ provider: 'kakao' })).toBe('unknown-or-expired');
    // A replay: the first request deleted the state, so this one took nothing.
    expect(judge({ takenByThisRequest: false })).toBe('unknown-or-expired');
  });

  it('is refused when it comes back to another address than the log-in started with', () => {
    expect(
      judge({ callback: new URL('https://evil.example.com/auth/callback?state=state-1') }),
    ).toBe('redirect-mismatch');
    expect(judge({ callback: new URL('https://app.example.com/other?state=state-1') })).toBe(
      'redirect-mismatch',
    );
  });
});
