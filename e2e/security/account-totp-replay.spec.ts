/**
 * Attacks on turning two-factor off from a stolen session: `disableTotp` took 40 wrong codes
 * unthrottled, and accepted the code that had just been used to log in. It is now throttled
 * like logIn, and every used time step is recorded across logIn, confirmTotp and disableTotp.
 */
import { TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({ services: ['accounts', 'gateway'] });
const DISABLE = 'mutation($code: String!) { disableTotp(code: $code) }';

async function withTwoFactor(user: SignedInUser) {
  const enrol = await user.ask<{ enrolTotp: { secret: string } }>(
    'mutation { enrolTotp { secret } }',
  );
  const totp = new TOTP({
    secret: enrol.data!.enrolTotp.secret,
    issuer: 'capstone-trading',
    label: user.email,
  });
  const code = (stepsAhead = 0) => totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
  const confirmed = await user.ask('mutation($code: String!) { confirmTotp(code: $code) }', {
    code: code(),
  });
  expect(confirmed.errors).toBeUndefined();
  return code;
}

describe('attack: replaying the log-in TOTP code at disableTotp', () => {
  it('refuses the code that logged in, and takes a fresh one once', async () => {
    const user = await platform.signUp('totp-replay');
    const code = await withTwoFactor(user);
    const loginCode = code(1);
    const login = await platform.anonymous.ask<{ logIn: { accessToken: string } }>(
      'mutation($email: String!, $password: String!, $code: String) { logIn(email: $email, password: $password, totpCode: $code) { accessToken } }',
      { email: user.email, password: user.password, code: loginCode },
    );
    expect(login.errors).toBeUndefined();
    const session = { authorization: `Bearer ${login.data!.logIn.accessToken}` };

    const replay = await platform.anonymous.ask(DISABLE, { code: loginCode }, { headers: session });
    expect(replay.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'code',
    });
    const me = await user.ask<{ me: { totpEnabled: boolean } }>('{ me { totpEnabled } }');
    expect(me.data!.me.totpEnabled).toBe(true);
  });
});

describe('attack: guessing codes at disableTotp', () => {
  it('pauses after five wrong codes, the right code included', async () => {
    const user = await platform.signUp('totp-guess');
    const code = await withTwoFactor(user);
    const answers = [];
    for (let guess = 0; guess < 6; guess++) {
      answers.push(await user.ask(DISABLE, { code: String(100000 + guess) }));
    }
    expect(answers.slice(0, 5).map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(
      Array(5).fill('BAD_USER_INPUT'),
    );
    expect(answers[5]!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const right = await user.ask(DISABLE, { code: code(1) });
    expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
