import { describe, expect, it } from 'vitest';
import { LIMITS, createLoginThrottle } from '../src/auth/login-throttle.js';

const refusal = async (attempt: Promise<unknown>) => {
  try {
    await attempt;
    return undefined;
  } catch (error) {
    return error as { extensions: Record<string, unknown> };
  }
};
const fresh = () => createLoginThrottle(undefined, `test-${Math.random()}`);

describe('the log-in throttle', () => {
  it('gives a burst of concurrent attempts from one address exactly the allowed number', async () => {
    const throttle = fresh();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => refusal(throttle.attempt('kim@example.com', '10.0.0.1'))),
    );
    expect(results.filter((result) => result === undefined)).toHaveLength(LIMITS.pair[0].points);
    expect(results.find(Boolean)?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(results.find(Boolean)?.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('counts an account however its address is written', async () => {
    const throttle = fresh();
    for (let i = 0; i < 5; i++) {
      await throttle.attempt(i % 2 ? 'Kim@Example.com' : ' KIM@example.com', '10.0.0.1');
    }
    expect(await refusal(throttle.attempt('kim@example.com', '10.0.0.1'))).toBeDefined();
  });

  it('does not pause the owner’s usual address for a stranger’s failures', async () => {
    const throttle = fresh();
    await (await throttle.attempt('lee@example.com', '10.0.1.1')).succeeded();
    // A stranger spends every attempt from many addresses, up to the account's ceiling.
    for (let i = 0; i < LIMITS.accountFromUnknownAddresses.points / 5; i++) {
      for (let j = 0; j < 5; j++) await throttle.attempt('lee@example.com', `10.9.${i}.1`);
    }
    expect(await refusal(throttle.attempt('lee@example.com', '10.9.99.1'))).toBeDefined();
    expect(await refusal(throttle.attempt('lee@example.com', '10.0.1.1'))).toBeUndefined();
  });

  it('starts an address’s count again after a success', async () => {
    const throttle = fresh();
    for (let i = 0; i < 4; i++) await throttle.attempt('park@example.com', '10.0.2.2');
    await (await throttle.attempt('park@example.com', '10.0.2.2')).succeeded();
    for (let i = 0; i < 5; i++) {
      expect(await refusal(throttle.attempt('park@example.com', '10.0.2.2'))).toBeUndefined();
    }
  });

  it('pauses an address that fails across many accounts, but not the accounts elsewhere', async () => {
    const throttle = fresh();
    for (let i = 0; i < LIMITS.address.points; i++) {
      await throttle.attempt(`user${i}@example.com`, '10.0.3.3');
    }
    expect(await refusal(throttle.attempt('fresh@example.com', '10.0.3.3'))).toBeDefined();
    expect(await refusal(throttle.attempt('user1@example.com', '10.0.3.4'))).toBeUndefined();
  });

  it('keeps two namespaces’ counts apart', async () => {
    const a = fresh();
    const b = fresh();
    for (let i = 0; i < 5; i++) await a.attempt('choi@example.com', '10.0.4.4');
    expect(await refusal(a.attempt('choi@example.com', '10.0.4.4'))).toBeDefined();
    expect(await refusal(b.attempt('choi@example.com', '10.0.4.4'))).toBeUndefined();
  });
});
