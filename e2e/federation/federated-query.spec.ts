import { beforeAll, describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({ seed: true });
let demo: SignedInUser;
beforeAll(async () => {
  demo = await platform.demo();
});

const DEMO_USER_PORTFOLIOS = /* GraphQL */ `
  query DemoUser($id: ID!) {
    user(id: $id) {
      email
      portfolios {
        name
        cash
        holdings {
          symbol
          quantity
          averageCost
          instrument {
            nameKo
            nameEn
            market
            sector {
              code
              nameKo
            }
            forecast {
              asOf
            }
          }
        }
      }
    }
  }
`;

describe('a federated query through the gateway', () => {
  it('joins accounts, portfolio, market-data and ai data in one answer', async () => {
    const response = await demo.ask<{
      user: {
        email: string;
        portfolios: {
          name: string;
          cash: string;
          holdings: {
            symbol: string;
            quantity: string;
            averageCost: string;
            instrument: Record<string, unknown>;
          }[];
        }[];
      };
    }>(DEMO_USER_PORTFOLIOS, { id: platform.seed!.demoUserId });

    expect(response.errors).toBeUndefined();
    const user = response.data!.user;
    expect(user.email).toBe('demo@example.com'); // accounts
    expect(user.portfolios.map((portfolio) => portfolio.name)).toEqual(['Dividend', 'Growth']); // portfolio
    const growth = user.portfolios.find((portfolio) => portfolio.name === 'Growth')!;
    expect(growth.holdings.length).toBeGreaterThanOrEqual(5);
    const samsung = growth.holdings.find((holding) => holding.symbol === '005930')!;
    expect(samsung.quantity).toBe('300');
    // 300 x 56,400 plus a 0.015 % commission of 2,538 KRW, per share: 56,408.46
    expect(samsung.averageCost).toBe('56408.46');
    expect(samsung.instrument).toEqual({
      nameKo: '삼성전자', // market-data
      nameEn: 'Samsung Electronics',
      market: 'KOSPI',
      sector: { code: '0013', nameKo: '전기·전자' }, // the KRX industry class
      forecast: null, // ai: no model has been trained in a fresh platform
    });
    // Cash is exact: the deposit less every buy and its commission.
    expect(growth.cash).toBe('29435418');
  });

  it('serves the scenario subgraph through the same endpoint', async () => {
    const response = await demo.ask<{
      scenarioTemplates: { id: string; nameKo: string; nameEn: string }[];
    }>('{ scenarioTemplates { id nameKo nameEn } }');
    expect(response.data!.scenarioTemplates.map((template) => template.id)).toEqual(
      expect.arrayContaining([
        'imf-crisis-1997',
        'gfc-2008',
        'covid-crash-2020',
        'hypothetical-krw-usd-15',
      ]),
    );
  });

  it('answers bad input with a clear error code, not a crash', async () => {
    const badSymbol = await demo.ask('{ instrument(symbol: "12;DROP") { nameKo } }');
    expect(badSymbol.status).toBe(200);
    expect(badSymbol.errors?.[0]).toMatchObject({
      message: expect.stringContaining('KRX 종목 코드가 아닙니다'),
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const inverted = await demo.ask(
      '{ instrument(symbol: "005930") { priceHistory(from: "2022-09-01", to: "2022-01-01") { close } } }',
    );
    expect(inverted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const badDate = await demo.ask(
      '{ instrument(symbol: "005930") { priceHistory(from: "2022-02-30", to: "2022-03-01") { close } } }',
    );
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // A GraphQL-over-HTTP client that asks for graphql-response+json gets a 4xx for a bad document.
    const unknownField = await platform.anonymous.ask(
      '{ nope }',
      {},
      { headers: { accept: 'application/graphql-response+json' } },
    );
    expect(unknownField.status).toBe(400);
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('returns null, not an error, for an unknown portfolio or instrument', async () => {
    const response = await demo.ask(
      '{ portfolio(id: "00000000-0000-0000-0000-000000000000") { id } instrument(symbol: "999999") { nameKo } }',
    );
    expect(response).toMatchObject({ data: { portfolio: null, instrument: null } });
    expect(response.errors).toBeUndefined();
  });
});

describe('every service', () => {
  it('answers /healthz and /readyz, and /metrics on its metrics port only', async () => {
    const services = Object.entries(platform.urls);
    expect(services.map(([name]) => name).sort()).toEqual([
      'accounts',
      'ai',
      'gateway',
      'market-data',
      'portfolio',
      'scenario',
    ]);
    for (const [name, url] of services) {
      const health = await fetch(`${url}/healthz`);
      expect(health.status, `${name} /healthz`).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status, `${name} /readyz`).toBe(200);
      const metricsUrl = platform.metricsUrls[name as keyof typeof platform.metricsUrls];
      const metrics = await (await fetch(`${metricsUrl}/metrics`)).text();
      expect(metrics, `${name} /metrics`).toContain(`service="${name}"`);
      expect((await fetch(`${url}/metrics`)).status, `${name} public /metrics`).toBe(404);
    }
  });

  it('counts GraphQL operations in the metrics', async () => {
    await demo.ask('query CountMe { scenarioTemplates { id } }');
    const metrics = await (await fetch(`${platform.metricsUrls.gateway}/metrics`)).text();
    expect(metrics).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationName="CountMe"/);
  });
});
