import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

/**
 * Attack: cross-site request forgery. A page on another site makes the victim's browser send a
 * "simple" request (a form post, or a GET from an <img>) that needs no CORS preflight. The
 * gateway runs nothing that does not carry the x-graphql-csrf header or a JSON body.
 */
const platform = usePlatform({ services: ['accounts', 'gateway'] });
const QUERY = 'query=%7B__typename%7D';

describe('the gateway stops CSRF', () => {
  it('by refusing a simple cross-site form post', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']) {
      const response = await fetch(platform.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': type, origin: 'https://evil.example' },
        body: QUERY,
      });
      expect(response.status, type).toBe(403);
    }
  });

  it('by refusing a simple cross-site GET', async () => {
    const response = await fetch(`${platform.graphqlUrl}?${QUERY}`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
  });

  it('while the app, which sends the header, gets through', async () => {
    const response = await fetch(`${platform.graphqlUrl}?${QUERY}`, {
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(response.status).toBe(200);
  });
});
