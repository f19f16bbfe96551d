/**
 * Attack: finding out who has an account by signing up with their address. `signUp` used to
 * answer CONFLICT for a taken address. It now answers a taken address exactly as a new one,
 * and the mail (to the address's owner) says what happened.
 */
import { describe, expect, it } from 'vitest';
import { uniqueEmail, usePlatform } from '@capstone/test-platform';

const platform = usePlatform({ services: ['accounts', 'gateway'] });
const SIGN_UP =
  'mutation($email: String!, $password: String!) { signUp(email: $email, password: $password) { email } }';

describe('attack: signing up with an address to learn whether it has an account', () => {
  it('answers a taken address exactly as a new one, and mails the owner', async () => {
    const owner = await platform.signUp('enumeration-owner');
    const fresh = uniqueEmail('enumeration-fresh');
    const taken = await platform.anonymous.ask(SIGN_UP, {
      email: owner.email,
      password: 'someone else entirely',
    });
    const untaken = await platform.anonymous.ask(SIGN_UP, {
      email: fresh,
      password: 'someone else entirely',
    });
    expect(taken.errors).toBeUndefined();
    expect(taken.status).toBe(untaken.status);
    expect(taken.data).toEqual({ signUp: { email: owner.email } });
    expect(untaken.data).toEqual({ signUp: { email: fresh } });

    // Both addresses get a mail; the owner's says there is an account and offers a reset.
    const toOwner = await platform.mail.nextMail(owner.email, { subject: /sign-up was tried/ });
    expect(toOwner.links.some((link) => link.includes('/reset-password?token='))).toBe(true);
    expect((await platform.mail.nextMail(fresh)).subject).toMatch(/Confirm your e-mail/);

    // And the owner's password is still theirs.
    const login = await platform.anonymous.ask(
      'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }',
      { email: owner.email, password: owner.password },
    );
    expect(login.errors).toBeUndefined();
  });
});
