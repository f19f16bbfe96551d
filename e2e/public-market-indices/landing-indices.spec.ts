import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@capstone/auth';
import { operationNamed } from '@capstone/operations';
import { insertKospiBars, usePlatform } from '@capstone/test-platform';

/**
 * The landing page shows the KOSPI and KOSDAQ to every visitor: index levels are public market
 * information, as on any Korean portal. A visitor who has not signed in sends the web app's own
 * trusted document and gets the same closes a signed-in user gets.
 */
const platform = usePlatform({
  services: ['accounts', 'market-data', 'gateway'],
  env: { TRUSTED_DOCUMENTS: 'enforce' },
});

const indices = operationNamed('MarketIndices');
const variables = { from: '2022-09-01', to: '2022-09-19' };

async function marketIndices(headers: Record<string, string> = {}) {
  const response = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: indices.hash } },
    }),
  });
  return (await response.json()) as {
    data?: { kospi: { date: string; close: string }[] | null; kosdaq: unknown[] | null };
    errors?: unknown[];
  };
}

let inserted = 0;
beforeAll(async () => {
  inserted = await insertKospiBars(platform.config, variables.from, variables.to);
});

describe("the landing page's market strip", () => {
  it('gets the index closes without signing in, the same as a signed-in user', async () => {
    const anonymous = await marketIndices();
    expect(anonymous.errors).toBeUndefined();
    expect(inserted).toBeGreaterThan(0);
    expect(anonymous.data?.kospi).toHaveLength(inserted);
    expect(anonymous.data?.kospi?.at(-1)?.date).toBe('2022-09-19');
    expect(anonymous.data?.kosdaq).toEqual([]);
    // Signed up as the accounts service would (trusted documents hold the web's own sign-up).
    const user = await platform.signUp('indices', { via: await platform.internal(ANONYMOUS) });
    expect(await marketIndices(user.headers)).toEqual(anonymous);
  });
});
