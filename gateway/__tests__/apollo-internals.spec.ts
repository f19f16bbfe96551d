import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ApolloGateway } from '@apollo/gateway';
import { parse, print, type GraphQLSchema } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSupergraph } from '@capstone/gateway';
import {
  TESTED_APOLLO_GATEWAY_VERSION,
  apolloInternals,
  checkApolloInternals,
  type ApolloModules,
} from '../src/subscriptions/apollo-internals.js';

// Subgraphs stand-ins: each answers from what it was asked, so a test can see which ran.
const asked: { subgraph: string; query: string; variables: Record<string, unknown> }[] = [];
let gateway: ApolloGateway;
let schema: GraphQLSchema;
beforeAll(async () => {
  gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(),
    logger: pino({ level: 'silent' }),
    buildService: ({ name }) => ({
      process: async ({ request }) => {
        asked.push({ subgraph: name, query: request.query!, variables: request.variables ?? {} });
        const representations = (request.variables?.representations ?? []) as {
          symbol: string;
        }[];
        return {
          data: {
            _entities: representations.map(({ symbol }) => ({
              forecast: symbol === '005930' ? { asOf: '2022-09-19' } : null,
            })),
          },
        };
      },
    }),
  });
  ({ schema } = await gateway.load());
});
afterAll(() => gateway.stop());

const QUOTES = parse(/* GraphQL */ `
  subscription Quotes($symbols: [String!]!) {
    quoteUpdated(symbols: $symbols) {
      symbol
      price
      instrument {
        nameKo
        forecast {
          asOf
        }
      }
    }
  }
`);

describe('the Apollo internals adapter', () => {
  it('finds every private member and function it uses in the installed @apollo/gateway', () => {
    expect(() => checkApolloInternals(gateway)).not.toThrow();
  });

  it('plans a subscription: the primary fetch goes to the subgraph that owns the field', () => {
    const plan = apolloInternals(gateway).planSubscription(schema, QUOTES, 'Quotes');
    expect(plan?.primary.serviceName).toBe('market-data');
    expect(plan?.primary.operation).toMatch(/subscription[^{]*\{\s*quoteUpdated/);
    expect(plan?.primary.variableUsages).toEqual(['symbols']);
  });

  it('plans nothing for an operation that is not a subscription', () => {
    const query = parse('{ instrument(symbol: "005930") { nameKo } }');
    expect(apolloInternals(gateway).planSubscription(schema, query, undefined)).toBeUndefined();
  });

  it('runs the rest of the plan for an event: fields of other subgraphs are fetched and merged', async () => {
    const internals = apolloInternals(gateway);
    const plan = internals.planSubscription(schema, QUOTES, 'Quotes')!;
    asked.length = 0;
    const result = await internals.eventExecutor(plan)(
      {
        data: {
          quoteUpdated: {
            symbol: '005930',
            price: '56500',
            instrument: { __typename: 'Instrument', symbol: '005930', nameKo: '삼성전자' },
          },
        },
      },
      {
        source: print(QUOTES),
        document: QUOTES,
        operationName: 'Quotes',
        variables: { symbols: ['005930'] },
        schema,
        context: {},
        logger: pino({ level: 'silent' }),
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      quoteUpdated: {
        symbol: '005930',
        price: '56500',
        instrument: { nameKo: '삼성전자', forecast: { asOf: '2022-09-19' } },
      },
    });
    // The event answered the primary fetch; only the ai subgraph was asked anything.
    expect(asked.map(({ subgraph }) => subgraph)).toEqual(['ai']);
    expect(asked[0]!.variables.representations).toEqual([
      { __typename: 'Instrument', symbol: '005930' },
    ]);
  });
});

describe('an @apollo/gateway upgrade that changes what the adapter uses', () => {
  it('is named member by member when the gateway lacks its private state', () => {
    const unloaded = new ApolloGateway({ supergraphSdl: readSupergraph() });
    expect(() => checkApolloInternals(unloaded)).toThrow(
      /ApolloGateway#queryPlanner[\s\S]*ApolloGateway#supergraphSchema[\s\S]*ApolloGateway#apiSchema[\s\S]*ApolloGateway#serviceMap/,
    );
  });

  it('is named when a dist/ function changed its signature', () => {
    const changed: ApolloModules = {
      executeQueryPlan: ((plan: unknown, services: unknown) => [plan, services]) as never,
      buildOperationContext: undefined as never,
    };
    expect(() => checkApolloInternals(gateway, changed)).toThrow(
      /executeQueryPlan\(queryPlan, serviceMap[\s\S]*buildOperationContext/,
    );
  });

  it('cannot happen unnoticed: the installed version is the pinned, tested one', () => {
    const require = createRequire(import.meta.url);
    const installed = (
      JSON.parse(readFileSync(require.resolve('@apollo/gateway/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const pinned = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter(([name]) => name.startsWith('@apollo/'))
      .map(([name, range]) => `${name}@${range}`);
    expect(pinned).toEqual(
      [
        '@apollo/federation-internals',
        '@apollo/gateway',
        '@apollo/query-planner',
        '@apollo/composition',
      ].map((name) => `${name}@${TESTED_APOLLO_GATEWAY_VERSION}`),
    );
    expect(
      installed,
      `@apollo/gateway ${installed} is installed, the adapter was tested with ${TESTED_APOLLO_GATEWAY_VERSION}: run these tests, then update TESTED_APOLLO_GATEWAY_VERSION`,
    ).toBe(TESTED_APOLLO_GATEWAY_VERSION);
  });
});
