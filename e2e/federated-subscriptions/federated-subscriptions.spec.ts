import { beforeAll, describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { serveBaselineForecasts } from '../ai-forecasts/baseline-forecasts.js';

const platform = usePlatform({
  services: ['accounts', 'market-data', 'ai', 'gateway'],
  seed: true,
  env: { MAX_SUBSCRIPTIONS_PER_CONNECTION: '3', AI_MODEL_POLL_MS: '200' },
});
let user: SignedInUser;

beforeAll(async () => {
  user = await platform.signUp('subscriber');
  // A forecast of 005930 in the ai subgraph, so that a quote can be joined with it (the
  // baseline's, with no model trained); 000660 has none.
  await serveBaselineForecasts(platform.config, { '005930': 0.2345 });
  await waitFor(async () => {
    const answer = await user.ask<{ servingModels: { source: string | null }[] }>(
      '{ servingModels { source } }',
    );
    return answer.data?.servingModels.every((kind) => kind.source === 'BASELINE') ?? false;
  }, 'the ai service to pick the versions up');
});

const QUOTES = /* GraphQL */ `
  subscription Quotes($symbols: [String!]!) {
    quoteUpdated(symbols: $symbols) {
      symbol
      price
      instrument {
        nameKo
        forecast {
          volatility {
            value
          }
        }
      }
    }
  }
`;

/** Publishes as the market-data live stream does: on its Redis channel. */
const publish = (symbol: string, price: string) => platform.quotes.publish({ symbol, price });

const subscribers = (symbol = '005930') => platform.quotes.subscribers(symbol);

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

describe('a subscription through the gateway', () => {
  it('streams quotes over graphql-ws with fields from other subgraphs, and cancelling reaches the subgraph', async () => {
    const client = user.ws();
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
    await publish('035420', '218000'); // not asked for: filtered out in the subgraph
    await publish('005930', '56500');
    await publish('000660', '90100');
    await reading;

    expect(received.map((event) => event.errors)).toEqual([undefined, undefined]);
    expect(received.map((event) => event.data.quoteUpdated)).toEqual([
      {
        symbol: '005930',
        price: '56500',
        instrument: { nameKo: '삼성전자', forecast: { volatility: { value: 0.2345 } } },
      },
      { symbol: '000660', price: '90100', instrument: { nameKo: 'SK하이닉스', forecast: null } },
    ]);
    // Leaving the loop completed the subscription; the gateway closed the upstream one, and
    // market-data stopped listening to the channel.
    await waitFor(async () => (await subscribers()) === 0, 'the upstream subscription to close');
    await client.dispose();
  });

  it('streams over SSE at the same endpoint', async () => {
    const subscription = user.subscribe(QUOTES, { symbols: ['005930'] }, 'sse');
    await waitFor(async () => (await subscribers()) > 0, 'market-data to subscribe to quotes');
    await publish('005930', '57000');
    expect((await subscription.next()).data?.quoteUpdated).toMatchObject({
      symbol: '005930',
      price: '57000',
      instrument: { nameKo: '삼성전자' },
    });
    await subscription.close();
    await waitFor(
      async () => (await subscribers()) === 0,
      'the SSE subscription to close upstream',
    );
  });

  it('refuses anonymous subscribers and too many subscriptions on one connection', async () => {
    const anonymous = platform.anonymous.ws();
    const refused = await anonymous
      .iterate({ query: QUOTES, variables: { symbols: ['005930'] } })
      .next();
    expect(refused.value.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await anonymous.dispose();

    const client = user.ws();
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
    const client = user.ws();
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
    await publish('005930', '58000');
    expect((await next).value.data.quoteUpdated.price).toBe('58000');
    await again.return?.(undefined);
    await client.dispose();
  });
});

describe('identical subscriptions', () => {
  const upstreamSubscriptions = async () => {
    const metrics = await (await fetch(`${platform.metricsUrls.gateway}/metrics`)).text();
    const match = /gateway_upstream_subscriptions\{subgraph="market-data"[^}]*\} (\d+)/.exec(
      metrics,
    );
    return Number(match?.[1] ?? 0);
  };

  it('of one caller share one upstream subscription; another caller gets its own', async () => {
    const other = await platform.signUp('other-subscriber');
    const clients = [user.ws(), user.ws(), other.ws()];
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
      await publish('005930', '59000');
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
    const client = user.ws({ lazy: false });
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
      await publish('005930', '59100');
      return arrived;
    }, 'a quote after the cancelled ones');
    expect((await first).value.errors).toBeUndefined();
    expect((await first).value.data.quoteUpdated.price).toBe('59100');
    await events.return?.(undefined);
    await waitFor(async () => (await upstreamSubscriptions()) === 0, 'the last one to close');
    await client.dispose();
  });
});
