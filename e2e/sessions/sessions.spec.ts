import { TOTP } from 'otpauth';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

const platform = usePlatform({ services: ['accounts', 'gateway'] });
const LOG_IN =
  'mutation($email: String!, $password: String!, $totpCode: String, $recoveryCode: String) { logIn(email: $email, password: $password, totpCode: $totpCode, recoveryCode: $recoveryCode) { accessToken refreshToken expiresIn user { id email } } }';
const REFRESH =
  'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }';

describe('sign-up and log-in', () => {
  it('signs up, logs in, and answers me with the bearer token', async () => {
    const user = await platform.signUp('alice');
    const login = await platform.anonymous.ask(LOG_IN, {
      email: user.email.toUpperCase(),
      password: user.password,
    });
    expect(login.errors).toBeUndefined();
    expect(login.data!.logIn).toMatchObject({
      expiresIn: 900,
      user: { id: user.id, email: user.email },
    });
    const me = await platform.anonymous.ask(
      '{ me { id email role totpEnabled } }',
      {},
      { headers: { authorization: `Bearer ${login.data!.logIn.accessToken}` } },
    );
    expect(me.data!.me).toEqual({
      id: user.id,
      email: user.email,
      role: 'USER',
      totpEnabled: false,
    });
  });

  it('stores an argon2id hash, never the password', async () => {
    const user = await platform.signUp('hash');
    // Read from the database: no API shows a password hash, and none may.
    const [row] = (await withConnection(databaseUrl(platform.config, 'accounts'), (connection) =>
      connection.query('SELECT passwordHash FROM `User` WHERE id = ?', [user.id]),
    )) as { passwordHash: string }[];
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(row!.passwordHash).not.toContain(user.password);
  });

  it('refuses bad sign-ups with clear codes', async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [
        { email: 'not-an-email', password: 'long enough password' },
        'BAD_USER_INPUT',
        /이메일 주소가 아닙니다/,
      ],
      [{ email: 'short@example.com', password: 'short' }, 'BAD_USER_INPUT', /10자 이상/],
    ];
    for (const [variables, code, message] of cases) {
      const response = await platform.anonymous.ask(
        'mutation($email: String!, $password: String!) { signUp(email: $email, password: $password) { email } }',
        variables,
      );
      expect(response.errors?.[0]).toMatchObject({
        extensions: { code },
        message: expect.stringMatching(message),
      });
    }
  });

  it('says the same for an unknown e-mail and a wrong password', async () => {
    const user = await platform.signUp('bob');
    const wrong = await platform.anonymous.ask(LOG_IN, {
      email: user.email,
      password: 'wrong password!',
    });
    const unknown = await platform.anonymous.ask(LOG_IN, {
      email: 'nobody@example.com',
      password: 'wrong password!',
    });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('pauses an account at an address after five failed log-ins there, even for the right password', async () => {
    const user = await platform.signUp('throttled');
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await platform.anonymous.ask(LOG_IN, {
        email: user.email,
        password: 'guess number ' + attempt,
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await platform.anonymous.ask(LOG_IN, {
      email: user.email,
      password: user.password,
    });
    expect(blocked.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
  });
});

describe('refresh tokens', () => {
  it('rotate on every use', async () => {
    const user = await platform.signUp('rotate');
    const first = await platform.anonymous.ask(REFRESH, { token: user.refreshToken });
    const second = await platform.anonymous.ask(REFRESH, {
      token: first.data!.refreshSession.refreshToken,
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.refreshSession.refreshToken).not.toBe(
      first.data!.refreshSession.refreshToken,
    );
  });

  it('revoke the whole session family when one is used twice', async () => {
    const user = await platform.signUp('reuse');
    const rotated = await platform.anonymous.ask(REFRESH, { token: user.refreshToken });
    const stolenReplay = await platform.anonymous.ask(REFRESH, { token: user.refreshToken });
    expect(stolenReplay.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' },
    });
    // The legitimate holder's newer token dies with the family.
    const afterwards = await platform.anonymous.ask(REFRESH, {
      token: rotated.data!.refreshSession.refreshToken,
    });
    expect(afterwards.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stop working after log-out', async () => {
    const user = await platform.signUp('logout');
    const out = await platform.anonymous.ask(
      'mutation($token: String!) { logOut(refreshToken: $token) }',
      {
        token: user.refreshToken,
      },
    );
    expect(out.data!.logOut).toBe(true);
    expect(
      (await platform.anonymous.ask(REFRESH, { token: user.refreshToken })).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('two-factor authentication', () => {
  it('enrols, then requires a code at log-in, refuses a replayed code, and takes each recovery code once', async () => {
    const user = await platform.signUp('totp');
    const enrol = await user.ask('mutation { enrolTotp { secret otpauthUri } }');
    const { secret, otpauthUri } = enrol.data!.enrolTotp;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/capstone-trading:/);
    const totp = new TOTP({ secret, issuer: 'capstone-trading', label: user.email });

    const badConfirm = await user.ask('mutation { confirmTotp(code: "000000") }');
    expect(badConfirm.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const confirm = await user.ask('mutation($code: String!) { confirmTotp(code: $code) }', {
      code: totp.generate(),
    });
    const recoveryCodes = confirm.data!.confirmTotp as string[];
    expect(recoveryCodes).toHaveLength(10);

    const withoutCode = await platform.anonymous.ask(LOG_IN, {
      email: user.email,
      password: user.password,
    });
    expect(withoutCode.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOTP_REQUIRED',
    });

    // The code used to confirm was spent; the next time step's code works once.
    const nextCode = totp.generate({ timestamp: Date.now() + 30_000 });
    const withCode = await platform.anonymous.ask(LOG_IN, {
      email: user.email,
      password: user.password,
      totpCode: nextCode,
    });
    expect(withCode.errors).toEqual(undefined);
    const replay = await platform.anonymous.ask(LOG_IN, {
      email: user.email,
      password: user.password,
      totpCode: nextCode,
    });
    expect(replay.errors?.[0]?.extensions).toMatchObject({ reason: 'TOTP_INVALID' });

    const recovery = { email: user.email, password: user.password, recoveryCode: recoveryCodes[0] };
    expect((await platform.anonymous.ask(LOG_IN, recovery)).errors).toBeUndefined();
    expect((await platform.anonymous.ask(LOG_IN, recovery)).errors?.[0]?.extensions?.reason).toBe(
      'TOTP_INVALID',
    );
  });
});

describe('log-in throttling per address', () => {
  // Last in this file: every test here shares the 127.0.0.1 address.
  it('pauses an address after fifty failures across accounts', async () => {
    let last: Awaited<ReturnType<typeof platform.anonymous.ask>> | undefined;
    for (let attempt = 0; attempt < 51; attempt++) {
      last = await platform.anonymous.ask(LOG_IN, {
        email: `spray-${attempt}@example.com`,
        password: 'password spraying',
      });
    }
    expect(last!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
