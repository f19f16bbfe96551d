/**
 * The REST routes: each a method and path mapped to one catalogue operation, and where its
 * variables come from. The catalogue stays the one source of truth; a route only names an
 * operation, so what it may do, its descriptions and its schemas are the operation's.
 *
 * Where a variable comes from: `{name}` in the path fills the variable of that name; `query`
 * names the variables read from the query string; `idempotencyKey` comes from the
 * `Idempotency-Key` header; every other variable is a property of the JSON body.
 */
export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * How a route answers when the operation succeeds:
 * - `ok`: 200 with the operation's result;
 * - `created`: 201 with the created thing and its `Location` (`location` filled from the result);
 * - `accepted`: 202 with the queued run and its `Location` (a long run: follow it there);
 * - `events`: a `text/event-stream` of the subscription's events.
 */
export type RouteAnswer = 'ok' | 'created' | 'accepted' | 'events';

export interface RouteMapping {
  method: RouteMethod;
  /** Under REST_BASE, e.g. `/portfolios/{portfolioId}`; `{name}` fills the variable `name`. */
  path: string;
  /** The catalogue operation's name. */
  operation: string;
  /**
   * Path parameters named otherwise than the variable they fill, `{ portfolioId: 'id' }`: one
   * path segment has one name on every route (OpenAPI wants it so).
   */
  rename?: Readonly<Record<string, string>>;
  /**
   * The variables read from the query string. `filter.kind` reads the query parameter `kind` into
   * the property `kind` of the input-object variable `filter` (a query string is flat).
   */
  query?: readonly string[];
  /** Needs no credentials (signing up, logging in, refreshing a token, …): `security: []`. */
  public?: boolean;
  answer?: RouteAnswer;
  /** For `created` and `accepted`: the path of what was made, `{id}` filled from the result. */
  location?: string;
  /**
   * The result is a list long enough to page: `?limit=&cursor=` and a `Link: rel="next"` header.
   * The value is the path of the list inside the result (`.` for the result itself).
   */
  paginate?: string;
  /** The OpenAPI tag (the catalogue's area). */
  tag: 'account' | 'admin' | 'market' | 'portfolio' | 'risk';
}

/** Where the routes are served, in front of every `path`. */
export const REST_BASE = '/api/v1';

/** The variable filled from the `Idempotency-Key` header, where an operation has it. */
export const IDEMPOTENCY_VARIABLE = 'idempotencyKey';

export const ROUTES: readonly RouteMapping[] = [
  // account: signing up and in (no credentials needed)
  {
    method: 'POST',
    path: '/auth/sign-up',
    operation: 'SignUp',
    answer: 'created',
    public: true,
    tag: 'account',
  },
  {
    method: 'POST',
    path: '/auth/verify-email',
    operation: 'VerifyEmail',
    public: true,
    tag: 'account',
  },
  { method: 'POST', path: '/auth/log-in', operation: 'LogIn', public: true, tag: 'account' },
  {
    method: 'POST',
    path: '/auth/refresh',
    operation: 'RefreshSession',
    public: true,
    tag: 'account',
  },
  { method: 'POST', path: '/auth/log-out', operation: 'LogOut', public: true, tag: 'account' },
  {
    method: 'POST',
    path: '/auth/password-reset-requests',
    operation: 'RequestPasswordReset',
    public: true,
    tag: 'account',
  },
  {
    method: 'POST',
    path: '/auth/password-reset',
    operation: 'ResetPassword',
    public: true,
    tag: 'account',
  },
  {
    method: 'GET',
    path: '/auth/external-providers',
    operation: 'ExternalLoginProviders',
    public: true,
    tag: 'account',
  },
  {
    method: 'POST',
    path: '/auth/external-providers/{provider}/start',
    operation: 'StartExternalLogin',
    public: true,
    tag: 'account',
  },
  {
    method: 'POST',
    path: '/auth/external-providers/{provider}/complete',
    operation: 'CompleteExternalLogin',
    public: true,
    tag: 'account',
  },

  // account: the signed-in user
  { method: 'GET', path: '/me', operation: 'Me', tag: 'account' },
  { method: 'PUT', path: '/me/password', operation: 'ChangePassword', tag: 'account' },
  { method: 'GET', path: '/me/sessions', operation: 'Sessions', tag: 'account' },
  { method: 'DELETE', path: '/me/sessions', operation: 'SignOutEverywhere', tag: 'account' },
  { method: 'DELETE', path: '/me/sessions/{id}', operation: 'RevokeSession', tag: 'account' },
  { method: 'POST', path: '/me/totp', operation: 'EnrolTotp', tag: 'account' },
  { method: 'POST', path: '/me/totp/confirm', operation: 'ConfirmTotp', tag: 'account' },
  { method: 'POST', path: '/me/totp/disable', operation: 'DisableTotp', tag: 'account' },
  { method: 'GET', path: '/api-keys', operation: 'ApiKeys', tag: 'account' },
  {
    method: 'POST',
    path: '/api-keys',
    operation: 'CreateApiKey',
    answer: 'created',
    tag: 'account',
  },
  { method: 'DELETE', path: '/api-keys/{id}', operation: 'RevokeApiKey', tag: 'account' },

  // market
  {
    method: 'GET',
    path: '/instruments',
    operation: 'SearchInstruments',
    query: ['query', 'limit'],
    tag: 'market',
  },
  { method: 'GET', path: '/instruments/{symbol}', operation: 'GetInstrument', tag: 'market' },
  {
    method: 'GET',
    path: '/instruments/{symbol}/prices',
    operation: 'GetPriceHistory',
    query: ['from', 'to'],
    paginate: 'priceHistory',
    tag: 'market',
  },
  { method: 'GET', path: '/quotes', operation: 'GetQuotes', query: ['symbols'], tag: 'market' },
  {
    method: 'GET',
    path: '/forecasts',
    operation: 'GetForecasts',
    query: ['symbols'],
    tag: 'market',
  },
  {
    method: 'GET',
    path: '/indices',
    operation: 'MarketIndices',
    query: ['from', 'to'],
    tag: 'market',
  },

  { method: 'GET', path: '/sectors', operation: 'Sectors', tag: 'market' },

  // portfolio
  { method: 'GET', path: '/portfolios', operation: 'ListPortfolios', tag: 'portfolio' },
  {
    method: 'POST',
    path: '/portfolios',
    operation: 'CreatePortfolioWithHoldings',
    answer: 'created',
    location: '/portfolios/{id}',
    tag: 'portfolio',
  },
  {
    method: 'GET',
    path: '/portfolios/{portfolioId}',
    operation: 'GetPortfolio',
    tag: 'portfolio',
  },
  {
    method: 'PATCH',
    path: '/portfolios/{portfolioId}',
    operation: 'RenamePortfolio',
    rename: { portfolioId: 'id' },
    tag: 'portfolio',
  },
  {
    method: 'DELETE',
    path: '/portfolios/{portfolioId}',
    operation: 'DeletePortfolio',
    rename: { portfolioId: 'id' },
    tag: 'portfolio',
  },
  {
    method: 'GET',
    path: '/portfolios/{portfolioId}/value-history',
    operation: 'PortfolioValueHistory',
    rename: { portfolioId: 'id' },
    query: ['from', 'to'],
    tag: 'portfolio',
  },
  {
    method: 'POST',
    path: '/portfolios/{portfolioId}/trades',
    operation: 'RecordLedgerEntry',
    answer: 'created',
    tag: 'portfolio',
  },
  {
    method: 'PUT',
    path: '/portfolios/{portfolioId}/commission-rate',
    operation: 'SetPortfolioCommissionRate',
    rename: { portfolioId: 'id' },
    tag: 'portfolio',
  },
  {
    method: 'POST',
    path: '/portfolios/{portfolioId}/holdings/import',
    operation: 'ImportHoldingsCsv',
    tag: 'portfolio',
  },
  {
    method: 'GET',
    path: '/portfolios/{portfolioId}/risk-score',
    operation: 'GetRiskScore',
    tag: 'risk',
  },

  // risk
  {
    method: 'GET',
    path: '/scenarios',
    operation: 'ListScenarios',
    query: ['kind'],
    tag: 'risk',
  },
  { method: 'GET', path: '/scenarios/{id}', operation: 'GetScenarioTemplate', tag: 'risk' },
  {
    method: 'POST',
    path: '/scenarios',
    operation: 'CreateScenario',
    answer: 'created',
    tag: 'risk',
  },
  {
    method: 'POST',
    path: '/portfolios/{portfolioId}/stress-tests',
    operation: 'RunStressTest',
    answer: 'accepted',
    location: '/simulations/{id}',
    tag: 'risk',
  },
  {
    method: 'POST',
    path: '/portfolios/{portfolioId}/monte-carlo-runs',
    operation: 'RunMonteCarlo',
    answer: 'accepted',
    location: '/simulations/{id}',
    tag: 'risk',
  },
  {
    method: 'POST',
    path: '/portfolios/{portfolioId}/backtests',
    operation: 'RunBacktest',
    answer: 'accepted',
    location: '/simulations/{id}',
    tag: 'risk',
  },
  {
    method: 'POST',
    path: '/portfolios/{portfolioId}/optimizations',
    operation: 'OptimizePortfolio',
    answer: 'accepted',
    location: '/simulations/{id}',
    tag: 'risk',
  },
  { method: 'GET', path: '/me/scenarios', operation: 'UserScenarios', tag: 'risk' },
  { method: 'DELETE', path: '/me/scenarios/{id}', operation: 'DeleteScenario', tag: 'risk' },
  {
    method: 'GET',
    path: '/simulations',
    operation: 'ListSimulations',
    query: ['filter.kind', 'filter.status', 'filter.portfolioId', 'first', 'after'],
    tag: 'risk',
  },
  { method: 'GET', path: '/simulations/{runId}', operation: 'GetSimulation', tag: 'risk' },
  {
    method: 'GET',
    path: '/simulations/{runId}/report',
    operation: 'SimulationReport',
    tag: 'risk',
  },
  {
    method: 'POST',
    path: '/simulations/{runId}/cancel',
    operation: 'CancelSimulation',
    tag: 'risk',
  },
  {
    method: 'GET',
    path: '/simulations/{runId}/events',
    operation: 'SimulationProgress',
    answer: 'events',
    tag: 'risk',
  },

  // admin (administrators only)
  {
    method: 'GET',
    path: '/admin/etl',
    operation: 'EtlOverview',
    query: ['limit'],
    tag: 'admin',
  },
  {
    method: 'POST',
    path: '/admin/etl/runs',
    operation: 'TriggerEtlRun',
    answer: 'accepted',
    tag: 'admin',
  },
  {
    method: 'POST',
    path: '/admin/etl/runs/{id}/cancel',
    operation: 'CancelEtlRun',
    tag: 'admin',
  },
  {
    method: 'GET',
    path: '/admin/model-versions',
    operation: 'ModelVersions',
    query: ['kind', 'status', 'limit'],
    tag: 'admin',
  },
  {
    method: 'GET',
    path: '/admin/users',
    operation: 'AdminUsers',
    query: ['query', 'first', 'after'],
    tag: 'admin',
  },
  {
    method: 'GET',
    path: '/admin/api-keys',
    operation: 'AdminApiKeys',
    query: ['query', 'userId', 'first', 'after'],
    tag: 'admin',
  },
  // The same verb as the owner's `DELETE /api-keys/{id}`: the key is revoked, not erased.
  { method: 'DELETE', path: '/admin/api-keys/{id}', operation: 'AdminRevokeApiKey', tag: 'admin' },
  {
    method: 'POST',
    path: '/admin/model-versions/{id}/promote',
    operation: 'PromoteModelVersion',
    tag: 'admin',
  },
];

/**
 * The catalogue operations with no route, and why: `docs/api/rest.md` says the same, and a test
 * holds every other operation to having one.
 */
export const WITHOUT_ROUTE: Readonly<Record<string, string>> = {
  QuoteUpdated: 'a subscription of live quotes: GraphQL over WebSocket or SSE serves it',
  InstrumentDirectory: "the chat's name list, one `GET /instruments?query=` per first digit",
  Portfolios: "the web's list view; `GET /portfolios` and `GET /portfolios/{id}` answer it",
  PortfolioDetail: "the web's detail view; `GET /portfolios/{portfolioId}` answers it",
  CreatePortfolio: 'the older shape of `POST /portfolios` (CreatePortfolioWithHoldings)',
  RecordTrade: 'the older shape of `POST /portfolios/{portfolioId}/trades` (RecordLedgerEntry)',
};

/** A query-string entry of a route: the parameter's name and the variable path it fills. */
export const queryParameter = (entry: string): { name: string; variable: string[] } => {
  const variable = entry.split('.');
  return { name: variable[variable.length - 1]!, variable };
};

/** The parameters a route's path template names, in order. */
export const pathParameters = (route: Pick<RouteMapping, 'path'>): string[] =>
  [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

/** The variables a route's path fills, in the order of its parameters. */
export const pathVariables = (route: Pick<RouteMapping, 'path' | 'rename'>): string[] =>
  pathParameters(route).map((name) => route.rename?.[name] ?? name);
