import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../src/auth/login-throttle.js';

const refusal = async (check: Promise<void>) => {
  try {
    await check;
    return undefined;
  } catch (error) {
    return error as { extensions: Record<string, unknown> };
  }
};

describe('the log-in throttle', () => {
  it('pauses an account after five failures, however its address is written', async () => {
    const throttle = createLoginThrottle(undefined, `test-${Math.random()}`);
    for (let i = 0; i < 5; i++) {
      expect(await refusal(throttle.check('Kim@Example.com', `10.0.0.${i}`))).toBeUndefined();
      await throttle.recordFailure(i % 2 ? 'kim@example.com' : ' KIM@example.com', `10.0.0.${i}`);
    }
    const error = await refusal(throttle.check('kim@example.com', '10.0.0.99'));
    expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(error?.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('forgets an account’s failures once it signs in', async () => {
    const throttle = createLoginThrottle(undefined, `test-${Math.random()}`);
    for (let i = 0; i < 4; i++) await throttle.recordFailure('lee@example.com', '10.0.1.1');
    await throttle.recordSuccess('lee@example.com');
    await throttle.recordFailure('lee@example.com', '10.0.1.1');
    expect(await refusal(throttle.check('lee@example.com', '10.0.1.1'))).toBeUndefined();
  });

  it('pauses an address that fails across many accounts, but not the accounts elsewhere', async () => {
    const throttle = createLoginThrottle(undefined, `test-${Math.random()}`);
    for (let i = 0; i < 30; i++) await throttle.recordFailure(`user${i}@example.com`, '10.0.2.2');
    expect(await refusal(throttle.check('fresh@example.com', '10.0.2.2'))).toBeDefined();
    expect(await refusal(throttle.check('user1@example.com', '10.0.2.3'))).toBeUndefined();
  });

  it('keeps two namespaces’ counts apart', async () => {
    const a = createLoginThrottle(undefined, `a-${Math.random()}`);
    const b = createLoginThrottle(undefined, `b-${Math.random()}`);
    for (let i = 0; i < 5; i++) await a.recordFailure('park@example.com', '10.0.3.3');
    expect(await refusal(a.check('park@example.com', '10.0.3.3'))).toBeDefined();
    expect(await refusal(b.check('park@example.com', '10.0.3.3'))).toBeUndefined();
  });
});
