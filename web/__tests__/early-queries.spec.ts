import { PortfoliosDocument } from '@capstone/operations/web/graphql';
import { PortfoliosHash } from '@capstone/operations/web/hashes';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../app/src/api/client.js';
import { startEarlyQueries, takeEarlyAnswer } from '../app/src/api/early-queries.js';
import { useSessionStore, type RefreshOutcome } from '../app/src/stores/session.js';
import { authSession } from './auth-fixtures.js';

const GATEWAY = 'http://gateway.test/graphql';
const PORTFOLIOS = [{ operationName: 'Portfolios', hash: PortfoliosHash, variables: {} }];
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const portfolios = (name: string) => ({
  data: { __typename: 'Query', portfolios: [{ __typename: 'Portfolio', id: 'p1', name }] },
});
const restored = (n: number): Promise<RefreshOutcome> =>
  Promise.resolve({ ok: true, session: authSession(n) });

/** The requests that reached the gateway: their headers and body. */
function gateway(answers: Response[]) {
  const calls: { headers: Record<string, string>; body: Record<string, any> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      calls.push({
        headers: init.headers as Record<string, string>,
        body: JSON.parse(init.body as string),
      });
      return answers.shift() ?? json({ errors: [{ message: 'no answer left' }] });
    }),
  );
  return calls;
}

/** The app's client, signed in with the session the early refresh brought back. */
function appClient(n: number) {
  const session = useSessionStore();
  session.start(authSession(n));
  return createApiClient(GATEWAY, session, () => 'ko', takeEarlyAnswer).client;
}

beforeEach(() => {
  setActivePinia(createPinia());
  sessionStorage.clear();
  window.CAPSTONE_EARLY_QUERIES = undefined;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the page’s first queries, sent before the app has loaded', () => {
  it('go by hash with the restored session’s token and the chosen language', async () => {
    const calls = gateway([json(portfolios('성장주'))]);
    startEarlyQueries(GATEWAY, PORTFOLIOS, restored(7), 'en');
    await expect(takeEarlyAnswer('Portfolios', {})).resolves.toEqual(portfolios('성장주'));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers).toMatchObject({
      authorization: 'Bearer access-7',
      'accept-language': 'en',
      'x-graphql-csrf': '1',
    });
    expect(calls[0]!.body).toEqual({
      operationName: 'Portfolios',
      variables: {},
      extensions: { persistedQuery: { version: 1, sha256Hash: PortfoliosHash } },
    });
  });

  it('answer the app’s own query, which then does not go to the gateway again', async () => {
    const calls = gateway([json(portfolios('성장주'))]);
    startEarlyQueries(GATEWAY, PORTFOLIOS, restored(1), 'ko');
    const result = await appClient(1).query(PortfoliosDocument, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.portfolios?.map((p) => p.name)).toEqual(['성장주']);
    expect(calls).toHaveLength(1);
  });

  it('answer once: a refetch asks the gateway', async () => {
    const calls = gateway([json(portfolios('처음')), json(portfolios('다시'))]);
    startEarlyQueries(GATEWAY, PORTFOLIOS, restored(1), 'ko');
    const client = appClient(1);
    await client.query(PortfoliosDocument, {}).toPromise();
    const again = await client
      .query(PortfoliosDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    expect(again.data?.portfolios?.map((p) => p.name)).toEqual(['다시']);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.headers).toMatchObject({ authorization: 'Bearer access-1' });
  });

  it('leave an answer with errors to the app, which asks again itself', async () => {
    const calls = gateway([
      json({
        data: null,
        errors: [{ message: 'down', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
      }),
      json(portfolios('성장주')),
    ]);
    startEarlyQueries(GATEWAY, PORTFOLIOS, restored(1), 'ko');
    const result = await appClient(1).query(PortfoliosDocument, {}).toPromise();
    expect(result.data?.portfolios?.map((p) => p.name)).toEqual(['성장주']);
    expect(calls).toHaveLength(2);
  });

  it('are not sent when the session could not be restored', async () => {
    const calls = gateway([]);
    startEarlyQueries(GATEWAY, PORTFOLIOS, Promise.resolve({ ok: false, reason: 'refused' }), 'ko');
    await expect(takeEarlyAnswer('Portfolios', {})).resolves.toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('are dropped when the page they were for has not asked within 10 s', async () => {
    vi.useFakeTimers();
    gateway([json(portfolios('성장주'))]);
    startEarlyQueries(GATEWAY, PORTFOLIOS, restored(1), 'ko');
    expect(takeEarlyAnswer('Portfolios', { other: 1 })).toBeUndefined();
    vi.advanceTimersByTime(10_000);
    expect(takeEarlyAnswer('Portfolios', {})).toBeUndefined();
  });
});
