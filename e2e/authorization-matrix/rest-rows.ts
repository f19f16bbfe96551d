import {
  EVERYONE,
  OWNER_ONLY,
  SESSIONS_ONLY,
  SIGNED_IN,
  allow,
  unique,
  type CallerKind,
  type Outcome,
  REDIRECT_URI,
  type RowContext,
} from './matrix.js';
import { uniqueEmail, TEST_PASSWORD } from '@capstone/test-platform';
import { enrol, mailedToken, newSessionOfOwner, sessionIdOf } from './rows/accounts.js';
import { AI_READERS } from './rows/ai.js';
import { heldPortfolio, newScenario, ownerRun } from './rows/scenario.js';

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
    route: 'POST /auth/sign-up',
    request: () => ({ body: { email: uniqueEmail('rest-sign-up'), password: TEST_PASSWORD } }),
    outcomes: allow(...EVERYONE),
  },
  // The mailed token is the credential: whoever holds it may use it, once.
  {
    route: 'POST /auth/verify-email',
    request: async (context) => ({ body: { token: await mailedToken(context, 'verify') } }),
    outcomes: allow(...EVERYONE),
  },
  {
    route: 'POST /auth/log-in',
    request: async ({ scene }) => {
      const owner = await scene.owner();
      return { body: { email: owner.email, password: owner.password } };
    },
    outcomes: allow(...EVERYONE),
  },
  // The refresh token is the credential: whoever holds it may refresh or end its session.
  {
    route: 'POST /auth/refresh',
    request: async (context) => ({
      body: { refreshToken: (await newSessionOfOwner(context)).token },
    }),
    outcomes: allow(...EVERYONE),
  },
  {
    route: 'POST /auth/log-out',
    request: async (context) => ({
      body: { refreshToken: (await newSessionOfOwner(context)).token },
    }),
    outcomes: allow(...EVERYONE),
  },
  {
    route: 'POST /auth/password-reset-requests',
    request: () => ({ body: { email: uniqueEmail('rest-reset-request') } }),
    outcomes: allow(...EVERYONE),
  },
  {
    route: 'POST /auth/password-reset',
    request: async (context) => ({
      body: { token: await mailedToken(context, 'reset'), newPassword: 'rest reset password 1' },
    }),
    outcomes: allow(...EVERYONE),
  },
  { route: 'GET /auth/external-providers', outcomes: allow(...EVERYONE) },
  {
    route: 'POST /auth/external-providers/{provider}/start',
    request: () => ({ path: { provider: 'local' }, body: { redirectUri: REDIRECT_URI } }),
    outcomes: allow(...EVERYONE),
  },
  {
    route: 'POST /auth/external-providers/{provider}/complete',
    request: async ({ platform }) => {
      const subject = unique('rest-subject');
      const callbackUrl = await platform.externalLoginCallback(subject, {
        email: `${subject}@example.com`,
        emailVerified: true,
        name: 'REST',
      });
      return { path: { provider: 'local' }, body: { callbackUrl } };
    },
    outcomes: allow(...EVERYONE),
  },
  {
    route: 'PUT /me/password',
    request: async ({ scene, caller }) => ({
      body: {
        currentPassword: (await scene.accountOf(caller)).password,
        newPassword: 'rest changed password 1',
      },
    }),
    outcomes: allow(...SESSIONS_ONLY),
    freshScene: true,
  },
  { route: 'GET /me/sessions', outcomes: allow(...SESSIONS_ONLY) },
  {
    route: 'DELETE /me/sessions',
    outcomes: allow(...SESSIONS_ONLY),
    freshScene: true,
  },
  {
    route: 'DELETE /me/sessions/{id}',
    request: async ({ scene, caller, platform }) => {
      const account = await scene.accountOf(caller);
      const spare = await platform.logIn(account.email, account.password);
      return { path: { id: sessionIdOf(spare.accessToken) } };
    },
    outcomes: allow(...SESSIONS_ONLY),
  },
  { route: 'POST /me/totp', outcomes: allow(...SESSIONS_ONLY) },
  {
    route: 'POST /me/totp/confirm',
    request: async ({ scene, caller }) => ({
      body: { code: (await enrol(await scene.accountOf(caller)))() },
    }),
    outcomes: allow(...SESSIONS_ONLY),
    freshScene: true,
  },
  {
    route: 'POST /me/totp/disable',
    request: async ({ scene, caller }) => {
      const account = await scene.accountOf(caller);
      const code = await enrol(account);
      const confirmed = await account.ask('mutation($code: String!) { confirmTotp(code: $code) }', {
        code: code(),
      });
      if (confirmed.errors) throw new Error(JSON.stringify(confirmed.errors));
      // The confirming code's time step is spent; the next one's is current too.
      return { body: { code: code(1) } };
    },
    outcomes: allow(...SESSIONS_ONLY),
    freshScene: true,
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
  { route: 'GET /sectors', outcomes: allow(...SIGNED_IN) },
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
    route: 'PUT /portfolios/{portfolioId}/commission-rate',
    request: async (context) => ({ path: await portfolio(context), body: { rate: '0.00015' } }),
    outcomes: allow(...OWNER_ONLY),
  },
  {
    route: 'POST /portfolios/{portfolioId}/holdings/import',
    request: async (context) => ({
      path: await portfolio(context),
      body: { csv: '005930,1,50000' },
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
  { route: 'GET /me/scenarios', outcomes: allow(...SIGNED_IN) },
  {
    route: 'DELETE /me/scenarios/{id}',
    request: async ({ scene }) => ({ path: { id: await newScenario(scene) } }),
    outcomes: allow(...OWNER_ONLY),
  },
  {
    route: 'GET /simulations',
    request: () => ({ query: { first: '5', kind: 'STRESS_TEST' } }),
    outcomes: allow(...SIGNED_IN),
  },
  {
    route: 'GET /simulations/{runId}/report',
    request: async (context) => ({ path: await run(context) }),
    outcomes: allow(...OWNER_ONLY),
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
  // Administration: administrators with a session only, and none of these callers is one.
  { route: 'GET /admin/etl', outcomes: allow() },
  {
    route: 'POST /admin/etl/runs',
    request: () => ({ body: { job: 'DAILY_BARS' } }),
    outcomes: allow(),
  },
  {
    route: 'POST /admin/etl/runs/{id}/cancel',
    request: () => ({ path: { id: '1' } }),
    outcomes: allow(),
  },
  { route: 'GET /admin/users', request: () => ({ query: { first: '5' } }), outcomes: allow() },
  {
    route: 'GET /admin/api-keys',
    request: () => ({ query: { query: 'ck_' } }),
    outcomes: allow(),
  },
  {
    route: 'DELETE /admin/api-keys/{id}',
    request: async ({ scene }) => ({
      path: { id: (await (await scene.partner()).createApiKey(['AI_READ'], 'spare')).id },
    }),
    outcomes: allow(),
  },
  // The model registry is the ai subgraph's `modelVersions`: every reader of forecasts.
  {
    route: 'GET /admin/model-versions',
    request: () => ({ query: { limit: '5' } }),
    outcomes: allow(...AI_READERS),
  },
  // Promoting is administration again, as `promoteModelVersion` is.
  {
    route: 'POST /admin/model-versions/{id}/promote',
    request: () => ({ path: { id: '00000000-0000-4000-8000-000000000001' } }),
    outcomes: allow(),
  },
];
