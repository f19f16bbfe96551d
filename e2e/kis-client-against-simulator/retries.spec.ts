import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import {
  KisApiError,
  KisNetworkError,
  KisRateLimitError,
  memoryTokenStore,
  type KisClientOptions,
} from '@capstone/kis-client';
import { clientPool, shiftedClock } from './support/clients.js';
import { startProxy } from './support/loopback.js';

const clock = shiftedClock();
let simulator: KisSimulator;
const fast = { attempts: 4, baseDelayMs: 10, maxDelayMs: 50 };
const clients = clientPool(() => ({
  restUrl: simulator.restUrl,
  retry: fast,
  tokenIssueSpacingMs: 50,
  now: clock.now,
}));

/** A client whose token is issued, and a simulator clock a minute on, so KIS allows another. */
async function warmClient(options: Partial<KisClientOptions> = {}) {
  const created = clients.client(options);
  await created.accessToken();
  clock.advance(61_000);
  return created;
}

const injected = (kind: string) => simulator.stats().faultsInjected[kind] ?? 0;

beforeAll(async () => {
  simulator = await startKisSimulator({ symbols: ['005930'], now: clock.now });
});

afterEach(async () => {
  simulator.faults.clear();
  await clients.closeAll();
});

afterAll(async () => {
  await simulator.close();
});

describe('retries', () => {
  for (const [what, kind, times] of [
    ['injected server errors', 'server-error', 2],
    ['the per-second limit (EGW00201)', 'rate-limit', 3],
  ] as const) {
    it(`get through ${what}`, async () => {
      const kis = await warmClient();
      const before = injected(kind);
      simulator.faults.inject({ kind, times });
      await expect(kis.currentPrice('005930')).resolves.toMatchObject({ symbol: '005930' });
      expect(injected(kind) - before).toBe(times);
    });
  }

  it('give up after the last attempt with a typed error naming the TR and the code', async () => {
    const kis = await warmClient();
    simulator.faults.inject({ kind: 'rate-limit', times: 10 });
    const error = await kis.currentPrice('005930').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KisRateLimitError);
    expect(error).toMatchObject({ trId: 'FHKST01010100', msgCd: 'EGW00201' });
    expect((error as Error).message).toMatch(/^FHKST01010100 EGW00201: /);

    simulator.faults.clear();
    simulator.faults.inject({ kind: 'server-error', times: 10 });
    const serverError = await kis.currentPrice('005930').catch((caught: unknown) => caught);
    expect((serverError as Error).message).toMatch(/^FHKST01010100 /);
  });

  it("get through the simulator's dropped connections", async () => {
    const kis = await warmClient();
    const before = injected('drop-socket');
    simulator.faults.inject({ kind: 'drop-socket', times: 2, path: 'inquire-price' });
    await expect(kis.currentPrice('005930')).resolves.toMatchObject({ symbol: '005930' });
    expect(injected('drop-socket') - before).toBe(2);
  });

  it('get through connections reset before an answer (ECONNRESET)', async () => {
    let resets = 2;
    const proxy = await startProxy(simulator.restUrl, {
      onRequest: (request) =>
        request.url?.includes('inquire-price') && resets-- > 0 ? 'reset' : undefined,
    });
    try {
      const kis = await warmClient({ restUrl: proxy.url });
      await expect(kis.currentPrice('005930')).resolves.toMatchObject({ symbol: '005930' });
      expect(proxy.arrivals.filter((a) => a.path.includes('inquire-price'))).toHaveLength(3);
    } finally {
      await proxy.close();
    }
  });

  it('surface a network error once every attempt is reset', async () => {
    const proxy = await startProxy(simulator.restUrl, {
      onRequest: (request) => (request.url?.includes('inquire-price') ? 'reset' : undefined),
    });
    try {
      const kis = await warmClient({ restUrl: proxy.url });
      const error = await kis.currentPrice('005930').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KisNetworkError);
      expect((error as Error).message).toMatch(/^FHKST01010100 /);
    } finally {
      await proxy.close();
    }
  });
});

describe('a refused token', () => {
  // KIS answers a re-issue within 6 h with the same token (§3.1), so the simulator's count of
  // new tokens stays put; the re-issue shows as a second POST /oauth2/tokenP on the wire.
  const tokenPosts = (proxy: Awaited<ReturnType<typeof startProxy>>) =>
    proxy.arrivals.filter((arrival) => arrival.path === '/oauth2/tokenP').length;

  for (const kind of ['token-expired', 'token-invalid'] as const) {
    it(`(${kind}) is dropped and re-issued once, then the call succeeds`, async () => {
      const proxy = await startProxy(simulator.restUrl);
      try {
        const tokenStore = memoryTokenStore();
        const kis = await warmClient({ restUrl: proxy.url, tokenStore });
        const before = injected(kind);
        simulator.faults.inject({ kind, times: 1 });
        await expect(kis.currentPrice('005930')).resolves.toMatchObject({ symbol: '005930' });
        expect(injected(kind) - before).toBe(1);
        expect(tokenPosts(proxy)).toBe(2);
      } finally {
        await proxy.close();
      }
    });
  }

  it('is re-issued also when KIS says so with HTTP 200 and rt_cd "1"', async () => {
    // Some clients see EGW00121/EGW00123 with HTTP 200 (§3.1): the proxy reshapes the 500.
    const proxy = await startProxy(simulator.restUrl, {
      rewrite: (answer) =>
        /EGW0012[13]/.test(answer.body) ? { status: 200, body: answer.body } : answer,
    });
    try {
      const kis = await warmClient({ restUrl: proxy.url });
      simulator.faults.inject({ kind: 'token-expired', times: 1 });
      await expect(kis.currentPrice('005930')).resolves.toMatchObject({ symbol: '005930' });
      expect(tokenPosts(proxy)).toBe(2);
    } finally {
      await proxy.close();
    }
  });

  it('is re-issued only once: a second refusal is an error naming the code', async () => {
    const proxy = await startProxy(simulator.restUrl);
    try {
      const kis = await warmClient({ restUrl: proxy.url });
      simulator.faults.inject({ kind: 'token-invalid', times: 5 });
      const error = await kis.currentPrice('005930').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KisApiError);
      expect(error).toMatchObject({ name: 'KisTokenRejectedError', msgCd: 'EGW00121' });
      expect((error as Error).message).toMatch(/^FHKST01010100 EGW00121: /);
      expect(tokenPosts(proxy)).toBe(2);
    } finally {
      await proxy.close();
    }
  });
});
