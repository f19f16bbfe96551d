import {
  EVERYONE,
  OWNER_ONLY,
  SESSIONS_ONLY,
  SIGNED_IN,
  allow,
  unique,
  type CallerKind,
  type Outcome,
  type RowContext,
} from './matrix.js';
import { heldPortfolio, ownerRun } from './rows/scenario.js';

/** What a REST route is sent: its path parameters, query and JSON body. */
export interface RestRequest {
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
}

/**
 * One REST route of the route map (`METHOD /path` under /api/v1) with what each caller gets:
 * `ok` is a 2xx, UNAUTHENTICATED a 401 and FORBIDDEN a 403 problem with that code. The same
 * outcomes as the GraphQL rows of the route's root field, since a route runs its operation.
 */
export interface RestRow {
  route: string;
  request?: (context: RowContext) => RestRequest | Promise<RestRequest>;
  outcomes: Record<CallerKind, Outcome>;
  /** A new owner for each caller (runs: each owner may queue only so many at once). */
  freshScene?: boolean;
}

const portfolio = async ({ scene }: RowContext) => ({ portfolioId: await scene.portfolioId() });
const held = async ({ scene }: RowContext) => ({ portfolioId: await heldPortfolio(scene) });
const run = async ({ scene }: RowContext) => ({ runId: await ownerRun(scene) });

export const REST_ROWS: RestRow[] = [
  { route: 'GET /me', outcomes: allow(...SIGNED_IN, 'partnerKeyWithoutScope') },
  {
    route: 'POST /sessions',
    request: async ({ scene }) => {
      const owner = await scene.owner();
      return { body: { email: owner.email, password: owner.password } };
    },
    outcomes: allow(...EVERYONE),
  },
  { route: 'GET /api-keys', outcomes: allow(...SESSIONS_ONLY) },
  {
    route: 'POST /api-keys',
    request: () => ({ body: { name: unique('rest-key'), scopes: ['MARKET_READ'] } }),
    outcomes: allow(...SESSIONS_ONLY),
  },
  {
    route: 'DELETE /api-keys/{id}',
    request: async ({ scene }) => ({
      path: { id: (await (await scene.owner()).createApiKey(['MARKET_READ'], 'spare')).id },
    }),
    outcomes: allow('owner'),
  },
  {
    route: 'GET /instruments',
    request: () => ({ query: { query: '삼성' } }),
    outcomes: allow(...SIGNED_IN),
  },
  {
    route: 'GET /instruments/{symbol}',
    request: () => ({ path: { symbol: '005930' } }),
    outcomes: allow(...SIGNED_IN),
  },
  {
    route: 'GET /instruments/{symbol}/prices',
    request: () => ({
      path: { symbol: '005930' },
      query: { from: '2022-09-01', to: '2022-09-19' },
    }),
    outcomes: allow(...SIGNED_IN),
  },
  {
    route: 'GET /quotes',
    request: () => ({ query: { symbols: '005930' } }),
    outcomes: allow(...SIGNED_IN),
  },
  {
    route: 'GET /forecasts',
    request: () => ({ query: { symbols: '005930' } }),
    // AI_READERS: the partner's key has exactly AI_READ.
    outcomes: allow(...SIGNED_IN, 'partnerKeyWithoutScope'),
  },
  {
    route: 'GET /indices',
    request: () => ({ query: { from: '2022-09-01', to: '2022-09-19' } }),
    outcomes: allow(...EVERYONE),
  },
  { route: 'GET /portfolios', outcomes: allow(...SIGNED_IN) },
  {
    route: 'POST /portfolios',
    request: () => ({ body: { name: unique('rest'), cash: '1000' } }),
    outcomes: allow(...SIGNED_IN),
  },
  {
    route: 'GET /portfolios/{portfolioId}',
    request: async (context) => ({ path: await portfolio(context) }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'hidden' },
  },
  {
    route: 'PATCH /portfolios/{portfolioId}',
    request: async (context) => ({
      path: await portfolio(context),
      body: { name: unique('renamed') },
    }),
    outcomes: allow(...OWNER_ONLY),
  },
  {
    route: 'DELETE /portfolios/{portfolioId}',
    request: async ({ scene }) => ({ path: { portfolioId: await scene.newPortfolio() } }),
    outcomes: allow(...OWNER_ONLY),
  },
  {
    route: 'GET /portfolios/{portfolioId}/value-history',
    request: async (context) => ({
      path: await portfolio(context),
      query: { from: '2022-09-01', to: '2022-09-19' },
    }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'hidden' },
  },
  {
    route: 'POST /portfolios/{portfolioId}/trades',
    request: async (context) => ({
      path: await portfolio(context),
      body: { type: 'DEPOSIT', amount: '1' },
    }),
    outcomes: allow(...OWNER_ONLY),
  },
  {
    route: 'GET /portfolios/{portfolioId}/risk-score',
    request: async (context) => ({ path: await held(context) }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'hidden' },
  },
  { route: 'GET /scenarios', outcomes: allow(...SIGNED_IN) },
  {
    route: 'GET /scenarios/{id}',
    request: () => ({ path: { id: 'gfc-2008' } }),
    outcomes: allow(...SIGNED_IN),
  },
  {
    route: 'POST /scenarios',
    request: () => ({
      body: { name: unique('rest'), shocks: [{ target: 'MARKET', change: -0.2 }] },
    }),
    outcomes: allow(...SIGNED_IN),
  },
  {
    route: 'POST /portfolios/{portfolioId}/stress-tests',
    request: async (context) => ({ path: await held(context), body: { templateId: 'gfc-2008' } }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'NOT_FOUND' },
    freshScene: true,
  },
  {
    route: 'POST /portfolios/{portfolioId}/monte-carlo-runs',
    request: async (context) => ({
      path: await held(context),
      body: { paths: 1000, horizonDays: 20 },
    }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'NOT_FOUND' },
    freshScene: true,
  },
  {
    route: 'POST /portfolios/{portfolioId}/backtests',
    request: async (context) => ({ path: await held(context), body: { from: '2022-09-01' } }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'NOT_FOUND' },
    freshScene: true,
  },
  {
    route: 'POST /portfolios/{portfolioId}/optimizations',
    request: async (context) => ({
      path: await held(context),
      body: { objective: 'MAX_SHARPE' },
    }),
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'NOT_FOUND' },
    freshScene: true,
  },
  {
    route: 'GET /simulations/{runId}',
    request: async (context) => ({ path: await run(context) }),
    outcomes: allow(...OWNER_ONLY),
  },
  {
    route: 'GET /simulations/{runId}/events',
    request: async (context) => ({ path: await run(context) }),
    outcomes: allow(...OWNER_ONLY),
  },
  {
    route: 'POST /simulations/{runId}/cancel',
    request: async (context) => ({ path: await run(context) }),
    outcomes: allow(...OWNER_ONLY),
  },
];
