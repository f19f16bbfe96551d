import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefresher, REFRESH_KEY, startEarlyRefresh } from '../app/src/api/refresh.js';
import { useSessionStore, type RefreshOutcome } from '../app/src/stores/session.js';
import { authSession } from './auth-fixtures.js';

let issued = 0;
/** A session as the API hands it out: a new pair of tokens each time. */
const session = (expiresIn = 900) => authSession(++issued, expiresIn);

beforeEach(() => {
  setActivePinia(createPinia());
  sessionStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the session', () => {
  it('keeps the access token in memory and only the refresh token in sessionStorage', () => {
    const store = useSessionStore();
    store.start(session());
    expect(store.accessToken).toBe(`access-${issued}`);
    expect(Object.values({ ...sessionStorage })).toEqual([`refresh-${issued}`]);
    expect(localStorage.length).toBe(0);
  });

  it('refreshes a minute before the access token expires, with the stored refresh token', async () => {
    const store = useSessionStore();
    const refresher = vi.fn(async (): Promise<RefreshOutcome> => ({
      ok: true,
      session: session(),
    }));
    store.refresher = refresher;
    store.start(session(900));
    const first = store.storedRefreshToken();
    await vi.advanceTimersByTimeAsync(839_000);
    expect(refresher).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresher).toHaveBeenCalledWith(first);
    expect(store.accessToken).toBe(`access-${issued}`);
    expect(store.storedRefreshToken()).toBe(`refresh-${issued}`);
  });

  it('trades the refresh token once however many requests ask at the same time', async () => {
    const store = useSessionStore();
    let release!: () => void;
    const refresher = vi.fn(
      () =>
        new Promise<RefreshOutcome>((resolve) => {
          release = () => resolve({ ok: true, session: session() });
        }),
    );
    store.refresher = refresher;
    store.start(session());
    const attempts = [store.refresh(), store.refresh(), store.refresh()];
    release();
    expect(await Promise.all(attempts)).toEqual([true, true, true]);
    expect(refresher).toHaveBeenCalledTimes(1);
  });

  it('signs out when the refresh token is refused, saying the session expired', async () => {
    const store = useSessionStore();
    store.refresher = async () => ({ ok: false, reason: 'refused' });
    store.start(session());
    expect(await store.refresh()).toBe(false);
    expect(store).toMatchObject({ signedIn: false, user: null, endReason: 'expired' });
    expect(store.storedRefreshToken()).toBeNull();
  });

  it('says so when a reused refresh token ended the session', async () => {
    const store = useSessionStore();
    store.refresher = async () => ({ ok: false, reason: 'reused' });
    store.start(session());
    await store.refresh();
    expect(store.endReason).toBe('reused');
  });

  it('stays signed in when the gateway is only unreachable', async () => {
    const store = useSessionStore();
    store.refresher = async () => ({ ok: false, reason: 'unreachable' });
    store.start(session());
    expect(await store.refresh()).toBe(false);
    expect(store.signedIn).toBe(true);
    expect(store.storedRefreshToken()).toBe(`refresh-${issued}`);
  });

  it('comes back after a reload from the refresh token alone', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'from-before-the-reload');
    const store = useSessionStore();
    const refresher = vi.fn(async (): Promise<RefreshOutcome> => ({
      ok: true,
      session: session(),
    }));
    store.refresher = refresher;
    await store.restore();
    expect(refresher).toHaveBeenCalledWith('from-before-the-reload');
    expect(store.signedIn).toBe(true);
  });

  it('bumps its generation on every change of credentials, so sockets reconnect', () => {
    const store = useSessionStore();
    const before = store.generation;
    store.start(session());
    store.end('logout');
    expect(store.generation).toBe(before + 2);
    expect(store.endReason).toBe('logout');
  });
});

describe('the refresh request', () => {
  const gateway = 'http://gateway.test/graphql';
  const answer = (body: unknown) =>
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    );

  afterEach(() => {
    vi.unstubAllGlobals();
    window.CAPSTONE_EARLY_REFRESH = undefined;
  });

  it('goes by hash, before the app has loaded, and its answer is used once for that token', async () => {
    const fetch = answer({ data: { refreshSession: session() } });
    vi.stubGlobal('fetch', fetch);
    sessionStorage.setItem(REFRESH_KEY, 'from-before-the-reload');
    startEarlyRefresh(gateway);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(gateway);
    const body = JSON.parse(init.body as string);
    expect(body).toMatchObject({
      operationName: 'RefreshSession',
      variables: { refreshToken: 'from-before-the-reload' },
      extensions: {
        persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
    });
    expect(body.query).toBeUndefined();
    expect(init.headers).toMatchObject({ 'x-graphql-csrf': '1' });

    const refresher = createRefresher(gateway);
    expect(await refresher('from-before-the-reload')).toMatchObject({ ok: true });
    await refresher('from-before-the-reload');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('tells a refused token from a reused one and from an unreachable gateway', async () => {
    const refresher = createRefresher(gateway);
    vi.stubGlobal('fetch', answer({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }));
    expect(await refresher('t')).toEqual({ ok: false, reason: 'refused' });
    vi.stubGlobal(
      'fetch',
      answer({
        errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' } }],
      }),
    );
    expect(await refresher('t')).toEqual({ ok: false, reason: 'reused' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await refresher('t')).toEqual({ ok: false, reason: 'unreachable' });
  });
});
