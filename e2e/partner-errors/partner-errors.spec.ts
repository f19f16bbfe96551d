import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql, usePlatform, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({
  services: ['accounts', 'market-data', 'gateway'],
  env: { RATE_LIMIT_API_KEY_PER_MINUTE: '3' },
});
let user: SignedInUser;
let key: string;
beforeAll(async () => {
  user = await platform.signUp('partner-errors');
  const created = await user.ask<{ createApiKey: { secret: string } }>(
    'mutation { createApiKey(name: "errors", scopes: [MARKET_READ]) { secret } }',
  );
  key = created.data!.createApiKey.secret;
});

const QUOTES = 'subscription { quoteUpdated(symbols: ["005930"]) { price } }';

/** Subscribes with `connectionParams` and resolves with how the gateway closed the socket. */
function closeOf(connectionParams: Record<string, string>) {
  return new Promise<{ code: number; reason: string }>((resolve) => {
    const client = createClient({
      url: platform.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          resolve({ code, reason });
          void client.dispose();
        },
      },
    });
    client.subscribe({ query: QUOTES }, { next: () => {}, error: () => {}, complete: () => {} });
  });
}

describe('graphql-ws refusals close with a code of their own', () => {
  it('4401 for an API key that is not valid', async () => {
    expect(await closeOf({ 'x-api-key': 'ck_000000000000_not-a-key' })).toEqual({
      code: 4401,
      reason: 'UNAUTHENTICATED: The API key is not valid',
    });
  });

  it('4401 for an access token that does not verify', async () => {
    const { code, reason } = await closeOf({ authorization: 'Bearer not.a.token' });
    expect(code).toBe(4401);
    expect(reason).toMatch(/^UNAUTHENTICATED: /);
  });

  it('4429 once the key has used its allowance, with the wait in the reason', async () => {
    // RATE_LIMIT_API_KEY_PER_MINUTE is 3; every subscribe counts, as every request does.
    let close: { code: number; reason: string } | undefined;
    for (let attempt = 0; attempt < 5 && close?.code !== 4429; attempt++) {
      close = await Promise.race([
        closeOf({ 'x-api-key': key }),
        new Promise<undefined>((resolve) => setTimeout(resolve, 1_000)),
      ]);
    }
    expect(close?.code).toBe(4429);
    expect(close?.reason).toMatch(/^RATE_LIMITED: Too many requests; try again in \d+ s$/);
  });
});

describe('requests over HTTP', () => {
  it('a GET query with credentials needs no CSRF header; without them it is refused, naming the header', async () => {
    const url = `${platform.graphqlUrl}?query=${encodeURIComponent('{ me { id } }')}`;
    const withToken = await fetch(url, { headers: user.headers });
    expect(withToken.status).toBe(200);
    expect((await withToken.json()).data.me.id).toBe(user.id);

    const bare = await fetch(url);
    expect(bare.status).toBe(403);
    expect((await bare.json()).errors[0].extensions).toMatchObject({
      code: 'CSRF_HEADER_MISSING',
      header: 'x-graphql-csrf',
    });
  });

  it('a variable that is missing, or that a subgraph cannot parse, is BAD_USER_INPUT naming it', async () => {
    const missing = await graphql(
      platform.graphqlUrl,
      'query Q($symbol: String!) { instrument(symbol: $symbol) { nameKo } }',
      {},
      user.headers,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      variable: 'symbol',
    });

    // The Date scalar lives in the subgraph, which answers 400 with its errors.
    const badDate = await graphql(
      platform.graphqlUrl,
      'query Q($from: Date!) { indexHistory(code: "0001", from: $from, to: "2022-01-31") { close } }',
      { from: '2022-13-45' },
      user.headers,
    );
    expect(badDate.errors).toHaveLength(1);
    expect(badDate.errors?.[0]?.message).not.toMatch(/^400/);
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      variable: 'from',
      serviceName: 'market-data',
    });
  });
});
