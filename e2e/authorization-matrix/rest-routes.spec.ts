import { beforeAll, describe, expect, it } from 'vitest';
import { REST_BASE, ROUTES } from '@capstone/operations';
import { insertKrxBars, usePlatform } from '@capstone/test-platform';
import { CALLERS, REDIRECT_URI, Scene, UNLIMITED_RATES, type Outcome } from './matrix.js';
import { REST_ROWS, type RestRequest } from './rest-rows.js';

/**
 * Every REST route, sent as each kind of caller: the allowed ones get a 2xx, an anonymous caller
 * 401 and every other 403, as application/problem+json with the GraphQL code. A route runs its
 * catalogue operation through the gateway, so its answer is the operation's.
 */
const platform = usePlatform({
  seed: true,
  // The external log-in routes complete a log-in at the matrix's local OpenID Connect provider.
  oidc: { redirectUris: [REDIRECT_URI] },
  env: UNLIMITED_RATES,
});
let shared: Scene;
beforeAll(async () => {
  await insertKrxBars(platform.config, ['005930'], '2022-09-01', '2022-09-19');
  shared = new Scene(platform);
});

// Someone else's thing is answered as if it did not exist, in GraphQL (null or NOT_FOUND) and here.
const STATUS: Record<Exclude<Outcome, 'ok'>, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  hidden: 404,
  NOT_FOUND: 404,
};

function url(route: string, request: RestRequest): URL {
  const path = route
    .split(' ')[1]!
    .replace(/\{(\w+)\}/g, (_all, name: string) => encodeURIComponent(request.path![name]!));
  const address = new URL(`${platform.urls.gateway}${REST_BASE}${path}`);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    address.searchParams.set(name, value);
  }
  return address;
}

describe('the REST routes in the authorisation matrix', () => {
  it('has a row for every route of the route map, and only for those', () => {
    const routes = ROUTES.map((route) => `${route.method} ${route.path}`).sort();
    expect(REST_ROWS.map((row) => row.route).sort()).toEqual(routes);
  });
});

describe.each(REST_ROWS.map((row) => [row.route, row] as const))('%s', (_route, row) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const scene = row.freshScene ? new Scene(platform) : shared;
    const request = (await row.request?.({ scene, caller, platform })) ?? {};
    const who = await scene.caller(caller);
    const abort = new AbortController();
    const response = await fetch(url(row.route, request), {
      method: row.route.split(' ')[0],
      headers: {
        ...who.headers,
        ...(request.body ? { 'content-type': 'application/json' } : {}),
      },
      body: request.body ? JSON.stringify(request.body) : undefined,
      signal: abort.signal,
    });
    try {
      const outcome = row.outcomes[caller];
      if (outcome === 'ok') {
        const ok = response.status >= 200 && response.status < 300;
        // Read the body only to explain a refusal: an allowed event stream does not end.
        expect(ok, ok ? '' : `${caller}: ${response.status} ${await response.text()}`).toBe(true);
        return;
      }
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { code: string; status: number };
      expect({ status: response.status, code: problem.code }).toEqual({
        status: STATUS[outcome],
        code: outcome === 'hidden' ? 'NOT_FOUND' : outcome,
      });
    } finally {
      // An allowed event stream stays open while the run lasts; this row has seen enough.
      abort.abort();
    }
  });
});
