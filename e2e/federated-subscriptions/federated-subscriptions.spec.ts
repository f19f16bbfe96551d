import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { quoteTopic, type QuoteEvent } from '@capstone/market-data';
import {
  signUp,
  startPlatform,
  type SignedInUser,
  type TestPlatform,
} from '@capstone/test-platform';

let platform: TestPlatform;
let user: SignedInUser;
let redis: Redis;

beforeAll(async () => {
  platform = await startPlatform({
    services: ['accounts', 'market-data', 'ai', 'gateway'],
    seed: true,
    env: { MAX_SUBSCRIPTIONS_PER_CONNECTION: '3' },
  });
  user = await signUp(platform.graphqlUrl, 'subscriber');
  // A forecast in the ai subgraph, so that a quote can be joined with it.
  await withConnection(databaseUrl(platform.config, 'ai'), async (connection) => {
    await connection.query(
      "INSERT INTO ModelVersion (id, name, version, algorithm, status) VALUES ('00000000-0000-4000-8000-000000000001', 'return-gbm', 1, 'gbm', 'READY')",
    );
    await connection.query(
      "INSERT INTO Forecast (symbol, modelVersionId, asOf, horizonDays, expectedReturn) VALUES ('005930', '00000000-0000-4000-8000-000000000001', '2022-09-19', 20, 0.01234567)",
    );
  });
  redis = new Redis(platform.config.REDIS_URL);
});
afterAll(async () => {
  redis?.disconnect();
  await platform?.stop();
});

const QUOTES = /* GraphQL */ `
  subscription Quotes($symbols: [String!]!) {
    quoteUpdated(symbols: $symbols) {
      symbol
      price
      instrument {
        nameKo
        forecast {
          expectedReturn
        }
      }
    }
  }
`;

const quote = (symbol: string, price: string): QuoteEvent => ({
  symbol,
  price,
  change: '0',
  changeRate: '0',
  volume: '1000',
  tradedAt: new Date().toISOString(),
});

/** Publishes as the market-data live stream does: on its Redis channel. */
const publish = (event: QuoteEvent) =>
  redis.publish(quoteTopic(platform.config, event.symbol), JSON.stringify(event));

const subscribers = async (symbol = '005930') =>
  Number(
    ((await redis.pubsub('NUMSUB', quoteTopic(platform.config, symbol))) as [string, number])[1],
  );

async function waitFor(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 10_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function gatewayClient(as: SignedInUser = user): Client {
  return createClient({
    url: platform.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${as.accessToken}` },
    retryAttempts: 0,
  });
}

describe('a subscription through the gateway', () => {
  it('streams quotes over graphql-ws with fields from other subgraphs, and cancelling reaches the subgraph', async () => {
    const client = gatewayClient();
    const received: any[] = [];
    const events = client.iterate({ query: QUOTES, variables: { symbols: ['005930', '000660'] } });
    const reading = (async () => {
      for await (const event of events) {
        received.push(event);
        if (received.length === 2) break;
      }
    })();
    await waitFor(
      async () => (await subscribers('005930')) > 0 && (await subscribers('000660')) > 0,
      'market-data to subscribe to quotes',
    );
    await publish(quote('035420', '218000')); // not asked for: filtered out in the subgraph
    await publish(quote('005930', '56500'));
    await publish(quote('000660', '90100'));
    await reading;

    expect(received.map((event) => event.errors)).toEqual([undefined, undefined]);
    expect(received.map((event) => event.data.quoteUpdated)).toEqual([
      {
        symbol: '005930',
        price: '56500',
        instrument: { nameKo: '삼성전자', forecast: { expectedReturn: '0.01234567' } },
      },
      { symbol: '000660', price: '90100', instrument: { nameKo: 'SK하이닉스', forecast: null } },
    ]);
    // Leaving the loop completed the subscription; the gateway closed the upstream one, and
    // market-data stopped listening to the channel.
    await waitFor(async () => (await subscribers()) === 0, 'the upstream subscription to close');
    await client.dispose();
  });

  it('streams over SSE at the same endpoint', async () => {
    const abort = new AbortController();
    const response = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${user.accessToken}`,
      },
      body: JSON.stringify({ query: QUOTES, variables: { symbols: ['005930'] } }),
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await waitFor(async () => (await subscribers()) > 0, 'market-data to subscribe to quotes');
    await publish(quote('005930', '57000'));
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('"quoteUpdated"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    const data = JSON.parse(
      text
        .split('\n')
        .find((line) => line.startsWith('data: {'))!
        .slice(6),
    );
    expect(data.data.quoteUpdated).toMatchObject({
      symbol: '005930',
      price: '57000',
      instrument: { nameKo: '삼성전자' },
    });
    abort.abort();
    await waitFor(
      async () => (await subscribers()) === 0,
      'the SSE subscription to close upstream',
    );
  });

  it('refuses anonymous subscribers and too many subscriptions on one connection', async () => {
    const anonymous = createClient({
      url: platform.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const refused = await anonymous
      .iterate({ query: QUOTES, variables: { symbols: ['005930'] } })
      .next();
    expect(refused.value.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await anonymous.dispose();

    const client = gatewayClient();
    const open = [1, 2, 3].map(() =>
      client.iterate({ query: QUOTES, variables: { symbols: ['005930'] } }),
    );
    // graphql-ws subscribes on the first pull.
    for (const events of open) void events.next();
    await waitFor(async () => (await subscribers()) > 0, 'the first subscriptions');
    const fourth = await client
      .iterate({ query: QUOTES, variables: { symbols: ['005930'] } })
      .next();
    expect(fourth.value.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    await Promise.all(open.map((events) => events.return?.(undefined)));
    await client.dispose();
  });

  it('ends with a clear error when the subgraph restarts, and works again on resubscribing', async () => {
    const client = gatewayClient();
    const events = client.iterate({ query: QUOTES, variables: { symbols: ['005930'] } });
    const first = events.next();
    await waitFor(async () => (await subscribers()) > 0, 'the subscription');
    await platform.stopService('market-data');
    const ended = await first;
    expect(ended.value.errors?.[0]).toMatchObject({
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'market-data' },
    });

    await platform.restartSubgraph('market-data');
    const again = client.iterate({ query: QUOTES, variables: { symbols: ['005930'] } });
    const next = again.next();
    await waitFor(async () => (await subscribers()) > 0, 'the new subscription');
    await publish(quote('005930', '58000'));
    expect((await next).value.data.quoteUpdated.price).toBe('58000');
    await again.return?.(undefined);
    await client.dispose();
  });
});

describe('identical subscriptions', () => {
  const upstreamSubscriptions = async () => {
    const metrics = await (await fetch(`${platform.urls.gateway}/metrics`)).text();
    const match = /gateway_upstream_subscriptions\{subgraph="market-data"[^}]*\} (\d+)/.exec(
      metrics,
    );
    return Number(match?.[1] ?? 0);
  };

  it('of one caller share one upstream subscription; another caller gets its own', async () => {
    const other = await signUp(platform.graphqlUrl, 'other-subscriber');
    const clients = [gatewayClient(), gatewayClient(), gatewayClient(other)];
    const streams = clients.map((client) =>
      client.iterate({ query: QUOTES, variables: { symbols: ['005930'] } }),
    );
    let delivered = 0;
    const firsts = streams.map((events) =>
      events.next().then((result) => {
        delivered++;
        return result;
      }),
    );
    await waitFor(async () => (await upstreamSubscriptions()) === 2, 'two upstream subscriptions');
    expect(await upstreamSubscriptions()).toBe(2);
    // Until every subscriber has its first event: the subgraph may still be subscribing.
    await waitFor(async () => {
      await publish(quote('005930', '59000'));
      return delivered === 3;
    }, 'every subscriber to get the quote');
    for (const first of firsts) {
      expect((await first).value.data.quoteUpdated).toMatchObject({
        symbol: '005930',
        price: '59000',
      });
    }

    await streams[0]!.return?.(undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The first caller's other subscriber still holds the shared one open.
    expect(await upstreamSubscriptions()).toBe(2);
    await Promise.all(streams.slice(1).map((events) => events.return?.(undefined)));
    await waitFor(
      async () => (await upstreamSubscriptions()) === 0,
      'the upstream subscriptions to close',
    );
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('cancelled before their first event give back their slot and their upstream subscription', async () => {
    const client = createClient({
      url: platform.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${user.accessToken}` },
      retryAttempts: 0,
      lazy: false,
    });
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    // Subscribe and Complete back to back on an open socket: the cancellation reaches the
    // gateway while it is still setting the subscription up.
    // More of these than the connection's limit (3) would exhaust it if slots leaked.
    for (let round = 0; round < 8; round++) {
      const unsubscribe = client.subscribe(
        { query: QUOTES, variables: { symbols: ['005930'] } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      unsubscribe();
    }
    await waitFor(async () => (await upstreamSubscriptions()) === 0, 'no upstream subscription');
    const events = client.iterate({ query: QUOTES, variables: { symbols: ['005930'] } });
    let arrived = false;
    const first = events.next().then((result) => {
      arrived = true;
      return result;
    });
    await waitFor(async () => {
      await publish(quote('005930', '59100'));
      return arrived;
    }, 'a quote after the cancelled ones');
    expect((await first).value.errors).toBeUndefined();
    expect((await first).value.data.quoteUpdated.price).toBe('59100');
    await events.return?.(undefined);
    await waitFor(async () => (await upstreamSubscriptions()) === 0, 'the last one to close');
    await client.dispose();
  });
});
