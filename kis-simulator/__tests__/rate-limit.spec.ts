import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import { credentials, issueToken, manualClock, quote, TR } from './support/kis.js';

// A frozen clock: within one test nothing refills unless the test moves time.
const clock = manualClock('2024-03-05T11:00:00+09:00');
const real = credentials();
const mock = credentials('VT');
const otherMock = credentials('VT');
let simulator: KisSimulator;
const tokens = new Map<string, string>();

beforeAll(async () => {
  simulator = await startKisSimulator({
    now: clock.now,
    symbols: ['005930'],
    accounts: [real, mock, otherMock].map((who, i) => ({ ...who, env: i === 0 ? 'real' : 'mock' })),
  });
  for (const who of [real, mock, otherMock])
    tokens.set(who.appKey, await issueToken(simulator, who));
});
afterAll(() => simulator.close());

const call = (who: ReturnType<typeof credentials>) =>
  quote(simulator, { who, token: tokens.get(who.appKey) ?? '' }, TR.price, {
    FID_COND_MRKT_DIV_CODE: 'J',
    FID_INPUT_ISCD: '005930',
  });

const EGW00201 = {
  status: 500,
  body: { rt_cd: '1', msg_cd: 'EGW00201', msg1: '초당 거래건수를 초과하였습니다.' },
};

describe('the per-appkey rate limit', () => {
  it('refuses the 3rd request within a second on a mock key with HTTP 500 EGW00201', async () => {
    clock.advance(10_000);
    const limitedBefore = simulator.stats().rateLimited;
    expect((await call(mock)).status).toBe(200);
    expect((await call(mock)).status).toBe(200);
    expect(await call(mock)).toMatchObject(EGW00201);
    expect(simulator.stats().rateLimited - limitedBefore).toBe(1);
  });

  it('counts each appkey separately', async () => {
    clock.advance(10_000);
    await call(mock);
    await call(mock);
    expect((await call(otherMock)).status).toBe(200);
  });

  it('refills at the key’s rate: one more request every 500 ms on mock', async () => {
    clock.advance(10_000);
    await call(mock);
    await call(mock);
    expect((await call(mock)).status).toBe(500);
    clock.advance(499);
    expect((await call(mock)).status).toBe(500);
    clock.advance(1);
    expect((await call(mock)).status).toBe(200);
    expect((await call(mock)).status).toBe(500);
  });

  it('allows 20 a second on a real key and refuses the 21st', async () => {
    clock.advance(10_000);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await call(real)).status);
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses[20]).toBe(500);
    clock.advance(1_000);
    expect((await call(real)).status).toBe(200);
  });

  it('applies to real concurrent traffic on the wall clock too', async () => {
    const live = await startKisSimulator({
      symbols: ['005930'],
      accounts: [{ ...mock, env: 'mock' }],
    });
    try {
      const token = await issueToken(live, mock);
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          quote(live, { who: mock, token }, TR.price, {
            FID_COND_MRKT_DIV_CODE: 'J',
            FID_INPUT_ISCD: '005930',
          }),
        ),
      );
      // Normally 2 pass and 3 are refused; a loaded machine may spread the five over more than
      // the 500 ms in which the bucket refills one more.
      const passed = answers.filter((answer) => answer.status === 200).length;
      const refused = answers.filter((answer) => answer.body.msg_cd === 'EGW00201').length;
      expect(passed + refused).toBe(5);
      expect(passed).toBeGreaterThanOrEqual(2);
      expect(refused).toBeGreaterThanOrEqual(1);
    } finally {
      await live.close();
    }
  });
});
