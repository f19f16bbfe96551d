import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@capstone/config';
import { REST_BASE, ROUTES, operationNamed } from '@capstone/operations';
import {
  TEST_PASSWORD,
  tokenFrom,
  uniqueEmail,
  usePlatform,
  type SignedInUser,
} from '@capstone/test-platform';
import { insertDemoHistory } from '../simulations/simulation-fixtures.js';
import { REDIRECT_URI } from '../authorization-matrix/matrix.js';
import { sessionIdOf } from '../authorization-matrix/rows/accounts.js';
import { finishedRun, startPrism, totpCodes, typedClient } from './rest-fixtures.js';

/**
 * The REST API as a partner uses it: a client typed from the OpenAPI document (openapi-typescript
 * and openapi-fetch) calls every route through Stoplight Prism, a validating proxy that refuses
 * any request or answer the document does not allow; every JSON answer is also checked against
 * the document's schemas with ajv. And the numbers are those of GraphQL and of the MCP tools.
 */
const platform = usePlatform({
  seed: true,
  services: [...SUBGRAPHS, 'gateway', 'mcp-server'],
  // For the external log-in routes: a local OpenID Connect provider.
  oidc: { redirectUris: [REDIRECT_URI] },
  env: { SIMULATION_WORKER_MODE: 'in-process' },
});
let demo: SignedInUser;
let prism: Awaited<ReturnType<typeof startPrism>>;
let rest: ReturnType<typeof typedClient>;
let agent: McpClient;
let growth: string;
let gateway: string;

beforeAll(async () => {
  await insertDemoHistory(platform);
  demo = await platform.demo();
  gateway = platform.urls.gateway!.replace(/\/graphql$/, '');
  prism = await startPrism(gateway);
  rest = typedClient(prism.url, demo.headers);
  agent = new McpClient({ name: 'rest-e2e', version: '1.0.0' });
  await agent.connect(
    new StreamableHTTPClientTransport(new URL(`${platform.urls['mcp-server']}/mcp`), {
      requestInit: { headers: demo.headers },
    }),
  );
  const { data } = await rest.client.GET('/api/v1/portfolios');
  growth = data!.find((portfolio) => portfolio.name === 'Growth')!.id;
}, 600_000);
afterAll(() => prism?.stop());

const toolResult = async (name: string, args: Record<string, unknown>) => {
  const result = (await agent.callTool({ name, arguments: args }, undefined, {
    timeout: 120_000,
  })) as CallToolResult;
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return result.structuredContent as { simulation: Record<string, unknown> };
};

const graphqlRun = async (operation: string, variables: Record<string, unknown>) => {
  const catalogued = operationNamed(operation);
  const field = Object.keys(catalogued.outputSchema.properties as object)[0]!;
  const queued = await demo.ask<Record<string, { id: string }>>(catalogued.document, variables);
  const id = queued.data?.[field]?.id;
  if (!id) throw new Error(`${operation} queued nothing: ${JSON.stringify(queued)}`);
  return finishedRun(gateway, `${REST_BASE}/simulations/${id}`, demo.headers);
};

describe('the REST API', () => {
  it('lists portfolios and runs a stress test whose numbers equal GraphQL and MCP', async () => {
    const { data: portfolios, response } = await rest.client.GET('/api/v1/portfolios');
    expect(response.status).toBe(200);
    expect(portfolios!.map((portfolio) => portfolio.name).sort()).toEqual(['Dividend', 'Growth']);

    const queued = await rest.client.POST('/api/v1/portfolios/{portfolioId}/stress-tests', {
      params: { path: { portfolioId: growth } },
      body: { templateId: 'gfc-2008' },
    });
    expect(queued.response.status).toBe(202);
    const location = queued.response.headers.get('location')!;
    expect(location).toBe(`${REST_BASE}/simulations/${queued.data!.id}`);
    const { data: done } = await rest.client.GET('/api/v1/simulations/{runId}', {
      params: { path: { runId: queued.data!.id } },
    });
    const overRest =
      done!.status === 'SUCCEEDED' ? done : await finishedRun(prism.url, location, demo.headers);
    expect(overRest!.status).toBe('SUCCEEDED');

    const overGraphql = await graphqlRun('RunStressTest', {
      portfolioId: growth,
      templateId: 'gfc-2008',
    });
    const overMcp = (
      await toolResult('run_stress_test', { portfolioId: growth, templateId: 'gfc-2008' })
    ).simulation;
    const read = async (id: string) =>
      (await rest.client.GET('/api/v1/simulations/{runId}', { params: { path: { runId: id } } }))
        .data!.result;
    const [restResult, graphqlResult, mcpResult] = await Promise.all([
      read(String(overRest!.id)),
      read(String(overGraphql.id)),
      read(String(overMcp.id)),
    ]);
    expect(restResult).toMatchObject({ total: expect.any(Object) });
    expect(graphqlResult).toEqual(restResult);
    expect(mcpResult).toEqual(restResult);
  }, 300_000);

  it('gives the same Monte Carlo numbers over REST, GraphQL and MCP for the same seed', async () => {
    const inputs = { paths: 1_000, horizonDays: 20, seed: 7 };
    const queued = await rest.client.POST('/api/v1/portfolios/{portfolioId}/monte-carlo-runs', {
      params: { path: { portfolioId: growth } },
      body: inputs,
    });
    expect(queued.response.status).toBe(202);
    const overRest = await finishedRun(
      prism.url,
      queued.response.headers.get('location')!,
      demo.headers,
    );
    const overGraphql = await graphqlRun('RunMonteCarlo', { portfolioId: growth, ...inputs });
    const overMcp = (await toolResult('run_monte_carlo', { portfolioId: growth, ...inputs }))
      .simulation;
    const read = async (id: unknown) =>
      (
        await rest.client.GET('/api/v1/simulations/{runId}', {
          params: { path: { runId: String(id) } },
        })
      ).data!.result;
    const restResult = await read(overRest.id);
    expect(restResult).toMatchObject({ paths: 1_000, seed: 7 });
    expect(await read(overGraphql.id)).toEqual(restResult);
    expect(await read(overMcp.id)).toEqual(restResult);
  }, 300_000);

  it('streams a run’s progress as server-sent events until it ends', async () => {
    const queued = await rest.client.POST('/api/v1/portfolios/{portfolioId}/monte-carlo-runs', {
      params: { path: { portfolioId: growth } },
      body: { paths: 5_000, horizonDays: 60, seed: 11 },
    });
    const response = await fetch(`${gateway}${REST_BASE}/simulations/${queued.data!.id}/events`, {
      headers: { ...demo.headers, accept: 'text/event-stream' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await response.text();
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({
      event: m[1],
      data: JSON.parse(m[2]!) as { status?: string; fraction?: number },
    }));
    expect(events.at(-1)!.event).toBe('end');
    const progress = events.filter((event) => event.event === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.data.status).toBe('SUCCEEDED');
  }, 120_000);

  it('answers a read again with 304 when its ETag is sent back', async () => {
    const first = await fetch(`${prism.url}${REST_BASE}/portfolios/${growth}`, {
      headers: demo.headers,
    });
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${gateway}${REST_BASE}/portfolios/${growth}`, {
      headers: { ...demo.headers, 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
  });

  it('creates a portfolio once for one Idempotency-Key, and refuses the key for another body', async () => {
    const body = { name: `REST ${Date.now()}`, cash: '1000000' };
    const key = `rest-create-${Date.now()}`;
    const post = (sent: typeof body) =>
      rest.client.POST('/api/v1/portfolios', {
        body: sent,
        headers: { 'idempotency-key': key },
      });
    const first = await post(body);
    const second = await post(body);
    expect(first.response.status).toBe(201);
    expect(first.response.headers.get('location')).toBe(
      `${REST_BASE}/portfolios/${first.data!.id}`,
    );
    expect(second.data!.id).toBe(first.data!.id);
    const other = await post({ ...body, cash: '2000000' });
    expect(other.response.status).toBe(409);
    expect(other.error).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  });

  it('pages long price histories with Link headers, losing no bar', async () => {
    const query = { from: '2022-01-03', to: '2022-09-19' };
    const whole = await demo.ask<{ instrument: { priceHistory: unknown[] } }>(
      operationNamed('GetPriceHistory').document,
      { symbol: '005930', ...query },
    );
    const bars: unknown[] = [];
    let next: string | null =
      `${REST_BASE}/instruments/005930/prices?from=${query.from}&to=${query.to}&limit=50`;
    let pages = 0;
    while (next) {
      const response: Response = await fetch(`${prism.url}${next}`, { headers: demo.headers });
      expect(response.status).toBe(200);
      bars.push(...((await response.json()) as { priceHistory: unknown[] }).priceHistory);
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
      pages += 1;
    }
    expect(pages).toBeGreaterThan(1);
    expect(JSON.stringify(bars)).toBe(
      JSON.stringify(
        (whole.data!.instrument.priceHistory as Record<string, unknown>[]).map(
          ({ __typename: _t, ...bar }) => bar,
        ),
      ),
    );
  });

  it('calls every route of the route map, every answer as the document says', async () => {
    const { client } = rest;
    rest.answers.length = 0;
    const portfolio = await client.POST('/api/v1/portfolios', {
      body: { name: `every route ${Date.now()}`, cash: '50000000', holdings: [] },
    });
    const id = portfolio.data!.id;
    await client.GET('/api/v1/me');
    await client.POST('/api/v1/auth/log-in', {
      body: { email: 'demo@example.com', password: 'capstone-demo-2026' },
    });
    await client.GET('/api/v1/api-keys');
    const key = await client.POST('/api/v1/api-keys', {
      body: { name: 'rest', scopes: ['MARKET_READ'] },
    });
    await client.DELETE('/api/v1/api-keys/{id}', { params: { path: { id: key.data!.apiKey.id } } });
    await client.GET('/api/v1/instruments', { params: { query: { query: '삼성', limit: 5 } } });
    const samsung = await client.GET('/api/v1/instruments/{symbol}', {
      params: { path: { symbol: '005930' } },
    });
    await client.GET('/api/v1/instruments/{symbol}/prices', {
      params: { path: { symbol: '005930' }, query: { from: '2022-09-01', to: '2022-09-19' } },
    });
    await client.GET('/api/v1/quotes', { params: { query: { symbols: ['005930', '000660'] } } });
    await client.GET('/api/v1/forecasts', { params: { query: { symbols: ['005930'] } } });
    await client.GET('/api/v1/indices', {
      params: { query: { from: '2022-09-01', to: '2022-09-19' } },
    });
    await client.GET('/api/v1/sectors');
    await client.GET('/api/v1/portfolios');
    await client.GET('/api/v1/portfolios/{portfolioId}', { params: { path: { portfolioId: id } } });
    await client.PATCH('/api/v1/portfolios/{portfolioId}', {
      params: { path: { portfolioId: id } },
      body: { name: `renamed ${Date.now()}` },
    });
    await client.GET('/api/v1/portfolios/{portfolioId}/value-history', {
      params: { path: { portfolioId: id }, query: { from: '2022-09-01', to: '2022-09-19' } },
    });
    // Bought now, at the last close (on the tick grid, within the day's limits): a back-dated
    // BUY would come before the portfolio's opening cash, and be refused for want of it.
    await client.POST('/api/v1/portfolios/{portfolioId}/trades', {
      params: { path: { portfolioId: id } },
      body: {
        type: 'BUY',
        symbol: '005930',
        quantity: '10',
        price: String(samsung.data!.lastClose!.close),
      },
    });
    await client.PUT('/api/v1/portfolios/{portfolioId}/commission-rate', {
      params: { path: { portfolioId: id } },
      body: { rate: '0.00015' },
    });
    await client.POST('/api/v1/portfolios/{portfolioId}/holdings/import', {
      params: { path: { portfolioId: id } },
      body: { csv: '005930,1,56000' },
      headers: { 'idempotency-key': `rest-import-${Date.now()}` },
    });
    await client.GET('/api/v1/portfolios/{portfolioId}/risk-score', {
      params: { path: { portfolioId: growth } },
    });
    const scenarios = await client.GET('/api/v1/scenarios');
    await client.GET('/api/v1/scenarios/{id}', {
      params: { path: { id: scenarios.data![0]!.id } },
    });
    const mine = await client.POST('/api/v1/scenarios', {
      body: { name: `rest ${Date.now()}`, shocks: [{ target: 'MARKET', change: -0.1 }] },
    });
    await client.GET('/api/v1/me/scenarios');
    await client.DELETE('/api/v1/me/scenarios/{id}', { params: { path: { id: mine.data!.id } } });
    await client.POST('/api/v1/portfolios/{portfolioId}/stress-tests', {
      params: { path: { portfolioId: id } },
      body: { templateId: 'gfc-2008' },
    });
    await client.POST('/api/v1/portfolios/{portfolioId}/backtests', {
      params: { path: { portfolioId: growth } },
      body: { from: '2021-01-04', to: '2022-09-19' },
    });
    await client.POST('/api/v1/portfolios/{portfolioId}/optimizations', {
      params: { path: { portfolioId: growth } },
      body: { objective: 'MAX_SHARPE' },
    });
    const run = await client.POST('/api/v1/portfolios/{portfolioId}/monte-carlo-runs', {
      params: { path: { portfolioId: growth } },
      body: { paths: 500, horizonDays: 5 },
    });
    await client.GET('/api/v1/simulations/{runId}', { params: { path: { runId: run.data!.id } } });
    await client.GET('/api/v1/simulations/{runId}/report', {
      params: { path: { runId: run.data!.id } },
    });
    const listed = await client.GET('/api/v1/simulations', {
      params: { query: { kind: 'MONTE_CARLO', portfolioId: growth, first: 2 } },
    });
    // The flat query parameters filled the filter: the backtest and optimisation above are left out.
    expect(listed.data!.runs.length).toBeGreaterThan(0);
    expect(listed.data!.runs.length).toBeLessThanOrEqual(2);
    for (const listedRun of listed.data!.runs) {
      expect(listedRun).toMatchObject({ kind: 'MONTE_CARLO', portfolioId: growth });
    }
    await client.GET('/api/v1/admin/model-versions', { params: { query: { limit: 5 } } });
    await client.POST('/api/v1/simulations/{runId}/cancel', {
      params: { path: { runId: run.data!.id } },
    });
    rest.called.add(`GET ${REST_BASE}/simulations/{runId}/events`); // the SSE test above
    await client.DELETE('/api/v1/portfolios/{portfolioId}', {
      params: { path: { portfolioId: id } },
    });

    const admin = await callAdminRoutes();
    const account = await callAccountRoutes();

    const problems = [...rest.problems, ...admin.problems, ...account.problems];
    expect(problems, prism.log().slice(-4000)).toEqual([]);
    // Every call but the promotion of an unknown version was meant to succeed: any other answer
    // than 2xx is a route that did not work.
    const answers = [...rest.answers, ...admin.answers, ...account.answers];
    expect(answers.filter((answer) => !answer.startsWith('2'))).toEqual([
      `404 POST ${REST_BASE}/admin/model-versions/${UNKNOWN_MODEL_VERSION}/promote`,
    ]);
    const called = new Set([...rest.called, ...admin.called, ...account.called]);
    const every = ROUTES.map((route) => `${route.method} ${REST_BASE}${route.path}`);
    expect(every.filter((route) => !called.has(route))).toEqual([]);
  }, 120_000);
});

const UNKNOWN_MODEL_VERSION = '00000000-0000-4000-8000-00000000dead';

/** The administrators' routes, as an administrator. */
async function callAdminRoutes() {
  const administrator = await platform.admin('rest-admin');
  const admin = typedClient(prism.url, administrator.headers);
  await admin.client.GET('/api/v1/admin/etl', { params: { query: { limit: 5 } } });
  const found = await admin.client.GET('/api/v1/admin/users', {
    params: { query: { query: administrator.email, first: 5 } },
  });
  expect(found.data!.users.map((row) => row.user.email)).toEqual([administrator.email]);
  // Someone else's key: the demo user's, found by its prefix and revoked.
  const spare = await demo.createApiKey(['MARKET_READ'], 'revoked by an administrator');
  const keys = await admin.client.GET('/api/v1/admin/api-keys', {
    params: { query: { query: spare.prefix, userId: demo.id } },
  });
  expect(keys.data!.apiKeys.map((row) => row.apiKey.id)).toEqual([spare.id]);
  const revoked = await admin.client.DELETE('/api/v1/admin/api-keys/{id}', {
    params: { path: { id: spare.id } },
  });
  expect(revoked.data!.apiKey.revokedAt).not.toBeNull();
  const queued = await admin.client.POST('/api/v1/admin/etl/runs', {
    body: { job: 'DAILY_BARS' },
  });
  expect(queued.response.status).toBe(202);
  await admin.client.POST('/api/v1/admin/etl/runs/{id}/cancel', {
    params: { path: { id: queued.data!.id } },
  });
  // This platform trains no model, so there is no version to promote: an unknown one is a 404
  // problem. e2e/ai-model-promotion trains two and promotes one back over this route.
  const promoted = await admin.client.POST('/api/v1/admin/model-versions/{id}/promote', {
    params: { path: { id: UNKNOWN_MODEL_VERSION } },
  });
  expect(promoted.response.status).toBe(404);
  expect(promoted.response.headers.get('content-type')).toBe('application/problem+json');
  expect(promoted.error).toMatchObject({
    status: 404,
    code: 'NOT_FOUND',
    field: 'id',
    detail: `ID가 ${UNKNOWN_MODEL_VERSION}인 모델 버전이 없습니다`,
  });
  return admin;
}

/**
 * The account routes, as a new person from signing up to signing out everywhere: the demo
 * user's sessions stay as they are.
 */
async function callAccountRoutes() {
  const account = typedClient(prism.url, {});
  const { client } = account;
  const email = uniqueEmail('rest-every-route');
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  await client.POST('/api/v1/auth/sign-up', { body: { email, password: TEST_PASSWORD } });
  const mail = await platform.mail.nextMail(email, { subject: /Confirm your e-mail/ });
  await client.POST('/api/v1/auth/verify-email', {
    body: { token: tokenFrom(mail, '/verify-email') },
  });
  const first = (
    await client.POST('/api/v1/auth/log-in', { body: { email, password: TEST_PASSWORD } })
  ).data!;
  const spare = (
    await client.POST('/api/v1/auth/log-in', { body: { email, password: TEST_PASSWORD } })
  ).data!;
  const refreshed = (
    await client.POST('/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } })
  ).data!;
  const session = bearer(refreshed.accessToken);
  const sessions = await client.GET('/api/v1/me/sessions', session);
  expect(sessions.data).toHaveLength(2);
  await client.DELETE('/api/v1/me/sessions/{id}', {
    ...session,
    params: { path: { id: sessionIdOf(spare.accessToken) } },
  });

  const enrolled = await client.POST('/api/v1/me/totp', session);
  const code = totpCodes(enrolled.data!.secret, email);
  await client.POST('/api/v1/me/totp/confirm', { ...session, body: { code: code() } });
  // The confirming code's time step is spent; the next one's is current too.
  await client.POST('/api/v1/me/totp/disable', { ...session, body: { code: code(1) } });

  const changed = (
    await client.PUT('/api/v1/me/password', {
      ...session,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'rest changed password 1' },
    })
  ).data!;
  await client.POST('/api/v1/auth/log-out', { body: { refreshToken: changed.refreshToken } });

  await client.POST('/api/v1/auth/password-reset-requests', { body: { email } });
  const reset = await platform.mail.nextMail(email, { subject: /Reset your password/ });
  await client.POST('/api/v1/auth/password-reset', {
    body: { token: tokenFrom(reset, '/reset-password'), newPassword: 'rest reset password 1' },
  });
  const again = (
    await client.POST('/api/v1/auth/log-in', {
      body: { email, password: 'rest reset password 1' },
    })
  ).data!;
  await client.DELETE('/api/v1/me/sessions', bearer(again.accessToken));

  const providers = await client.GET('/api/v1/auth/external-providers');
  expect(providers.data!.map((provider) => provider.name)).toContain('local');
  await client.POST('/api/v1/auth/external-providers/{provider}/start', {
    params: { path: { provider: 'local' } },
    body: { redirectUri: REDIRECT_URI },
  });
  const subject = `rest-${Date.now()}`;
  const callbackUrl = await platform.externalLoginCallback(subject, {
    email: `${subject}@example.com`,
    emailVerified: true,
    name: 'REST',
  });
  await client.POST('/api/v1/auth/external-providers/{provider}/complete', {
    params: { path: { provider: 'local' } },
    body: { callbackUrl },
  });
  return account;
}

describe('REST errors', () => {
  const send = (
    path: string,
    init: RequestInit = {},
    headers: Record<string, string> = demo.headers,
  ) =>
    fetch(`${gateway}${REST_BASE}${path}`, { ...init, headers: { ...headers, ...init.headers } });

  it('names the field of bad input, in the caller’s language, as application/problem+json', async () => {
    const korean = await send('/instruments?query=삼성&limit=many');
    expect(korean.status).toBe(400);
    expect(korean.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await korean.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'limit' });

    const english = await send('/portfolios', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ name: 'x', cash: '1', colour: 'blue' }),
    });
    expect(english.status).toBe(400);
    expect(await english.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'colour',
      detail: expect.stringMatching(/^colour is not a body property/),
    });
    const inKorean = await send('/portfolios', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', cash: '1', colour: 'blue' }),
    });
    expect(((await inKorean.json()) as { detail: string }).detail).toMatch(/본문 속성/);
  });

  it('answers 401 without credentials, 403 for a key without the scope, 404 for unknown ids', async () => {
    expect((await send('/portfolios', {}, {})).status).toBe(401);
    const partner = await demo.createApiKey(['AI_READ']);
    const refused = await send('/portfolios', {}, partner.headers);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await send('/portfolios/no-such-portfolio');
    expect([403, 404]).toContain(unknown.status);
    expect((await send('/simulations/no-such-run')).status).toBe(404);
    expect((await send('/no-such-route')).status).toBe(404);
    const wrongMethod = await send('/me', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('refuses bodies too large (413) and not JSON (415)', async () => {
    const large = await send('/scenarios', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(200_000) }),
    });
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const form = await send('/scenarios', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'name=x',
    });
    expect(form.status).toBe(415);
  });

  it('answers 429 with Retry-After over the rate limit', async () => {
    let last: Response | undefined;
    for (let attempt = 0; attempt < 200 && last?.status !== 429; attempt += 1) {
      last = await send('/instruments?query=a', {}, {});
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
  });
});
