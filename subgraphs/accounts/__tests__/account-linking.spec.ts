import { describe, expect, it } from 'vitest';
import { decideLink } from '../src/auth/account-linking.js';
import type { User } from '../src/generated/prisma/client.js';

const user = (email: string, emailVerified: boolean) =>
  ({ id: `id-${email}`, email, emailVerified }) as User;
const profile = (email: string | undefined, emailVerified: boolean) => ({
  subject: 'sub-1',
  email,
  emailVerified,
  name: undefined,
});

describe('an external log-in', () => {
  it('signs in to the account already linked to it, whatever address it brings', () => {
    const linked = user('old@example.com', true);
    expect(decideLink(profile('new@example.com', false), linked, null)).toEqual({
      kind: 'signed-in',
      user: linked,
    });
  });

  it('links to the account with the same address only when the provider verified it', () => {
    const existing = user('kim@example.com', false);
    expect(decideLink(profile(' Kim@Example.com ', true), null, existing)).toEqual({
      kind: 'link-existing',
      user: existing,
      email: 'kim@example.com',
    });
    expect(decideLink(profile('kim@example.com', false), null, existing)).toEqual({
      kind: 'refused',
      reason: 'unverified-email-taken',
    });
  });

  it('creates an account for an address nobody has, verified or not', () => {
    expect(decideLink(profile('Lee@Example.com', false), null, null)).toEqual({
      kind: 'create',
      email: 'lee@example.com',
    });
  });

  it('is refused when the provider shares no address', () => {
    expect(decideLink(profile(undefined, true), null, null)).toEqual({
      kind: 'refused',
      reason: 'no-email',
    });
    expect(decideLink(profile('   ', true), null, null)).toMatchObject({ reason: 'no-email' });
  });
});
