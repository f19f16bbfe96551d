import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../app/src/api/client.js';
import { MeDocument } from '@capstone/operations/web/graphql';
import { useSessionStore, type RefreshOutcome } from '../app/src/stores/session.js';
import { authSession, ME as me } from './auth-fixtures.js';

const GATEWAY = 'http://gateway.test/graphql';
const session = (n: number) => authSession(n);
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const expired = () =>
  json({ errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] });

/** The requests the client made: their bearer token and body. */
function gateway(answer: (token: string | undefined) => Response) {
  const calls: { token?: string; body: Record<string, any> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      const token = headers.authorization?.replace('Bearer ', '');
      calls.push({ token, body: JSON.parse(init.body as string) });
      return answer(token);
    }),
  );
  return calls;
}

beforeEach(() => {
  setActivePinia(createPinia());
  sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('sends each query by hash with the access token and the CSRF header, never its text', async () => {
    const store = useSessionStore();
    store.start(session(1));
    const calls = gateway(() => json({ data: { __typename: 'Query', me } }));
    const { client } = createApiClient(GATEWAY, store);
    const result = await client.query(MeDocument, {}).toPromise();
    expect(result.data?.me?.email).toBe('me@example.com');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.token).toBe('access-1');
    expect(calls[0]!.body.query).toBeUndefined();
    expect(calls[0]!.body.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    const init = (fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock
      .calls[0]![1];
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'x-graphql-csrf': '1' });
  });

  it('asks for answers in the language the dashboard is read in', async () => {
    const store = useSessionStore();
    gateway(() => json({ data: { __typename: 'Query', me: null } }));
    let language = 'en';
    const { client } = createApiClient(GATEWAY, store, () => language);
    await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    language = 'ko';
    await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    const sent = (fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls.map(
      ([, init]) => (init.headers as Record<string, string>)['accept-language'],
    );
    expect(sent).toEqual(['en', 'ko']);
  });

  it('refreshes once when the token is refused, and repeats the request with the new one', async () => {
    const store = useSessionStore();
    const refresher = vi.fn(async (): Promise<RefreshOutcome> => ({
      ok: true,
      session: session(2),
    }));
    store.refresher = refresher;
    store.start(session(1));
    const calls = gateway((token) =>
      token === 'access-2' ? json({ data: { __typename: 'Query', me } }) : expired(),
    );
    const result = await createApiClient(GATEWAY, store).client.query(MeDocument, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(refresher).toHaveBeenCalledTimes(1);
    expect(calls.map((call) => call.token)).toEqual(['access-1', 'access-2']);
  });

  it('ends the session when the refresh is refused too', async () => {
    const store = useSessionStore();
    store.refresher = async () => ({ ok: false, reason: 'refused' });
    store.start(session(1));
    gateway(expired);
    const result = await createApiClient(GATEWAY, store).client.query(MeDocument, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(store.signedIn).toBe(false);
    expect(store.endReason).toBe('expired');
  });

  it('does not take a refusal of an anonymous request for an expired session', async () => {
    const store = useSessionStore();
    const refresher = vi.fn(async (): Promise<RefreshOutcome> => ({
      ok: true,
      session: session(2),
    }));
    store.refresher = refresher;
    const calls = gateway(expired);
    await createApiClient(GATEWAY, store).client.query(MeDocument, {}).toPromise();
    expect(refresher).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.token).toBeUndefined();
  });
});
