import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InvalidFaultError, startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import {
  approvalKey,
  credentials,
  issueToken,
  manualClock,
  openSocket,
  quote,
  TR,
} from './support/kis.js';

const real = credentials();
const mock = credentials('VT');
let simulator: KisSimulator;
const tokens = new Map<string, string>();

beforeAll(async () => {
  simulator = await startKisSimulator({
    symbols: ['005930', '000660'],
    tickIntervalMs: 50,
    accounts: [
      { ...real, env: 'real' },
      { ...mock, env: 'mock' },
    ],
    rateLimits: { real: 1000, mock: 2 },
  });
  tokens.set(real.appKey, await issueToken(simulator, real));
  tokens.set(mock.appKey, await issueToken(simulator, mock));
});
afterAll(() => simulator.close());
afterEach(() => simulator.faults.clear());

const price = (who = real) =>
  quote(simulator, { who, token: tokens.get(who.appKey) ?? '' }, TR.price, {
    FID_COND_MRKT_DIV_CODE: 'J',
    FID_INPUT_ISCD: '005930',
  });
const dailyPrice = () =>
  quote(simulator, { who: real, token: tokens.get(real.appKey) ?? '' }, TR.dailyPrice, {
    FID_COND_MRKT_DIV_CODE: 'J',
    FID_INPUT_ISCD: '005930',
    FID_PERIOD_DIV_CODE: 'D',
    FID_ORG_ADJ_PRC: '0',
  });
const answer = (reply: { status: number; body: any }) => ({
  status: reply.status,
  body: reply.body,
});

describe('injected faults look exactly like KIS’s own', () => {
  it('rate-limit: the same HTTP 500 EGW00201 a real over-limit request gets', async () => {
    // The mock key allows 2 a second; keep asking until the real limiter refuses one.
    let genuine = answer(await price(mock));
    for (let i = 0; i < 20 && genuine.status === 200; i++) genuine = answer(await price(mock));
    simulator.faults.inject({ kind: 'rate-limit' });
    const injected = answer(await price());
    expect(injected).toEqual(genuine);
    expect(injected).toEqual({
      status: 500,
      body: { rt_cd: '1', msg_cd: 'EGW00201', msg1: '초당 거래건수를 초과하였습니다.' },
    });
  });

  it('token-expired, token-invalid and server-error', async () => {
    const expected = {
      'token-expired': { msg_cd: 'EGW00123', msg1: '기간이 만료된 token 입니다.' },
      'token-invalid': { msg_cd: 'EGW00121', msg1: '유효하지 않은 token 입니다.' },
      'server-error': { msg_cd: 'EGW00002', msg1: '서버 에러가 발생했습니다.' },
    } as const;
    for (const [kind, body] of Object.entries(expected)) {
      simulator.faults.inject({ kind: kind as keyof typeof expected });
      expect(answer(await price())).toEqual({ status: 500, body: { rt_cd: '1', ...body } });
      expect((await price()).status).toBe(200); // once, by default
    }
  });

  it('drop-socket: the connection is reset with no HTTP answer', async () => {
    const before = simulator.stats().faultsInjected['drop-socket'] ?? 0;
    simulator.faults.inject({ kind: 'drop-socket' });
    await expect(price()).rejects.toThrow();
    expect((await price()).status).toBe(200);
    expect(simulator.stats().faultsInjected['drop-socket']).toBe(before + 1);
  });

  it('drop-socket on a WebSocket terminates it abruptly (close code 1006)', async () => {
    const client = await openSocket(`${simulator.wsUrl}/tryitout/H0STCNT0`);
    const closed = new Promise<number>((resolve) => client.socket.once('close', resolve));
    await client.subscribe(await approvalKey(simulator, credentials()), 'H0STCNT0', '005930');
    simulator.faults.inject({ kind: 'drop-socket', path: '/tryitout' });
    expect(await closed).toBe(1006);
  });
});

describe('when faults fire', () => {
  it('times: the first n matching requests', async () => {
    simulator.faults.inject({ kind: 'server-error', times: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await price()).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
  });

  it('everyNth: every nth matching request until cleared', async () => {
    simulator.faults.inject({ kind: 'server-error', everyNth: 3 });
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await price()).status);
    expect(statuses).toEqual([200, 200, 500, 200, 200, 500, 200]);
  });

  it('probability: a seeded share of requests, the same on every run', async () => {
    const pattern = async (target: KisSimulator, who: typeof real, token: string) => {
      target.faults.inject({ kind: 'server-error', probability: 0.3 });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        statuses.push(
          (
            await quote(target, { who, token }, TR.price, {
              FID_COND_MRKT_DIV_CODE: 'J',
              FID_INPUT_ISCD: '005930',
            })
          ).status,
        );
      }
      return statuses;
    };
    const first = await pattern(simulator, real, tokens.get(real.appKey) ?? '');
    const twin = await startKisSimulator({
      symbols: ['005930'],
      rateLimits: { real: 1000, mock: 1000 },
    });
    try {
      const who = credentials();
      const second = await pattern(twin, who, await issueToken(twin, who));
      const failures = first.filter((status) => status === 500).length;
      expect(failures).toBeGreaterThan(3);
      expect(failures).toBeLessThan(20);
      expect(second).toEqual(first);
    } finally {
      await twin.close();
    }
  });

  it('path: only requests whose path contains it', async () => {
    simulator.faults.inject({ kind: 'server-error', path: 'inquire-daily-price', times: 1 });
    expect((await price()).status).toBe(200);
    expect((await dailyPrice()).status).toBe(500);
    expect((await dailyPrice()).status).toBe(200);
  });

  it('refuses a malformed fault', () => {
    expect(() => simulator.faults.inject({ kind: 'meteor' as never })).toThrow(InvalidFaultError);
    expect(() => simulator.faults.inject({ kind: 'server-error', everyNth: 0 })).toThrow(
      InvalidFaultError,
    );
  });

  it('counts what it injected in stats()', async () => {
    const before = simulator.stats().faultsInjected['token-invalid'] ?? 0;
    simulator.faults.inject({ kind: 'token-invalid', times: 2 });
    await price();
    await price();
    await price();
    expect(simulator.stats().faultsInjected['token-invalid']).toBe(before + 2);
  });
});

describe('the admin surface', () => {
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`${simulator.restUrl}/__simulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as any,
    }));

  it('injects faults over HTTP and clears them', async () => {
    expect(await admin('POST', 'faults', { kind: 'server-error', everyNth: 1 })).toMatchObject({
      status: 201,
      body: { ok: true, active: 1 },
    });
    expect((await price()).status).toBe(500);
    expect((await price()).status).toBe(500);
    expect(await admin('DELETE', 'faults')).toMatchObject({ status: 200, body: { ok: true } });
    expect((await price()).status).toBe(200);
  });

  it('answers bad input with 400 and a reason', async () => {
    for (const bad of [
      { kind: 'nope' },
      { kind: 'rate-limit', probability: 2 },
      { kind: 'server-error', extra: 1 },
      '{',
      [],
    ]) {
      const reply = await admin('POST', 'faults', bad);
      expect(reply.status).toBe(400);
      expect(typeof reply.body.error).toBe('string');
    }
  });

  it('reports its state', async () => {
    const { status, body } = await admin('GET', 'state');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      tokenIssues: expect.any(Number),
      requests: expect.any(Number),
      rateLimited: expect.any(Number),
      faultsInjected: expect.any(Object),
      universeSize: 2,
    });
  });

  it('does not count admin calls as KIS requests', async () => {
    const before = simulator.stats().requests;
    await admin('GET', 'state');
    expect(simulator.stats().requests).toBe(before);
  });
});

describe('faults and the injected clock', () => {
  it('need no wall-clock time', async () => {
    const clock = manualClock('2024-03-05T11:00:00+09:00');
    const frozen = await startKisSimulator({ symbols: ['005930'], now: clock.now });
    try {
      const who = credentials();
      const token = await issueToken(frozen, who);
      frozen.faults.inject({ kind: 'token-expired' });
      const reply = await quote(frozen, { who, token }, TR.price, {
        FID_COND_MRKT_DIV_CODE: 'J',
        FID_INPUT_ISCD: '005930',
      });
      expect(reply.body.msg_cd).toBe('EGW00123');
    } finally {
      await frozen.close();
    }
  });
});
