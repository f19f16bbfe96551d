import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  InternalTokenError,
  signInternalIdentity,
  verifyInternalIdentity,
  type Identity,
} from '@capstone/auth';

const SECRET = 'a-test-secret-that-is-long-enough-0001';
const OTHER_SECRET = 'another-test-secret-long-enough-00002';

const forged = (claims: Record<string, unknown>, secret = SECRET) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('capstone-gateway')
    .setAudience('capstone-subgraphs')
    .setSubject('u1')
    .setExpirationTime('60s')
    .sign(new TextEncoder().encode(secret));

describe('the internal identity token', () => {
  it.each<[string, Identity]>([
    ['anonymous', ANONYMOUS],
    ['a user', { kind: 'user', userId: 'u1', role: 'PARTNER' }],
    [
      'an API key',
      { kind: 'apiKey', userId: 'u1', role: 'USER', keyId: 'k9', scopes: ['ai:read'] },
    ],
  ])('carries %s to the subgraphs unchanged', async (_name, identity) => {
    const token = await signInternalIdentity(identity, SECRET);
    expect(await verifyInternalIdentity(token, SECRET)).toEqual(identity);
  });

  it('is refused under another secret', async () => {
    const token = await signInternalIdentity(ANONYMOUS, SECRET);
    await expect(verifyInternalIdentity(token, OTHER_SECRET)).rejects.toThrow(InternalTokenError);
  });

  it('is refused when its role is not one of ours', async () => {
    const token = await forged({ kind: 'user', role: 'ROOT' });
    await expect(verifyInternalIdentity(token, SECRET)).rejects.toThrow(/malformed/);
  });

  it('drops scopes it does not know from an API key instead of trusting them', async () => {
    const token = await forged({
      kind: 'apiKey',
      role: 'USER',
      kid: 'k1',
      scopes: ['market:read', 'everything', 42],
    });
    expect(await verifyInternalIdentity(token, SECRET)).toMatchObject({ scopes: ['market:read'] });
  });

  it('is refused when it is not a JWT at all', async () => {
    await expect(verifyInternalIdentity('not-a-token', SECRET)).rejects.toThrow(/invalid/);
  });
});
