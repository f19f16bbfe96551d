/**
 * Attack: a burst of concurrent wrong passwords. The throttle used to be checked before the
 * failure was counted, so 50 concurrent guesses got 14 password checks instead of 5. Each
 * attempt is now taken atomically before the password is verified.
 */
import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

const platform = usePlatform({ services: ['accounts', 'gateway'] });
const LOG_IN =
  'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }';

describe('attack: a burst of 50 concurrent wrong passwords', () => {
  it('gets exactly the allowed 5 password checks; the rest are refused unchecked', async () => {
    const victim = await platform.signUp('burst-victim');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, guess) =>
        platform.anonymous.ask(LOG_IN, { email: victim.email, password: `guess number ${guess}` }),
      ),
    );
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(45);
    // The burst is over and still no guess gets through, the right password included.
    const right = await platform.anonymous.ask(LOG_IN, {
      email: victim.email,
      password: victim.password,
    });
    expect(right.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });
});
