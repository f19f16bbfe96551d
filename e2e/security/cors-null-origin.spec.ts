import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

/**
 * Attack: read the API from a sandboxed iframe or a file: page, whose Origin is `null`. Yoga
 * used to answer an unlisted origin with `Access-Control-Allow-Origin: null` and credentials
 * allowed, which such a page reads as permission. The gateway refuses the null origin.
 */
const platform = usePlatform({ services: ['accounts', 'gateway'] });

const preflight = (origin: string) =>
  fetch(platform.graphqlUrl, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization',
    },
  });

describe('the gateway, asked from the null origin (CORS null origin)', () => {
  it('grants no CORS permission in the preflight', async () => {
    const response = await preflight('null');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses the request itself with 403', async () => {
    const response = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { origin: 'null', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('grants nothing to another unlisted origin either, and the listed origin its own, for ten minutes', async () => {
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const app = platform.config.CORS_ORIGINS[0]!;
    const allowed = await preflight(app);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(app);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    // The app's later requests go without a preflight of their own for that long.
    expect(allowed.headers.get('access-control-max-age')).toBe('600');
  });
});
