import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { postRaw } from './support.js';

/**
 * Attack: forge or alter an access token: `alg: none`, a changed payload (USER → ADMIN) under
 * the original signature, HS256 keyed with the public JWKS (algorithm confusion), or a token
 * signed by a key of one's own. Each is refused with 401, never treated as anonymous.
 */
const platform = usePlatform({ services: ['accounts', 'gateway'] });
let user: SignedInUser;
beforeAll(async () => {
  user = await platform.signUp('jwt');
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ask = (token: string) =>
  postRaw(
    platform.graphqlUrl,
    { query: '{ me { id role } }' },
    { authorization: `Bearer ${token}` },
  );
const expectRefused = async (token: string, what: string) => {
  const answer = await ask(token);
  expect(answer.status, what).toBe(401);
  expect(answer.body.errors?.[0]?.extensions?.code, what).toBe('UNAUTHENTICATED');
  expect(answer.body.data?.me ?? null, what).toBeNull();
};

describe('a tampered access token', () => {
  it('is refused with alg "none" (alg-none)', async () => {
    const [, payload] = user.accessToken.split('.');
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`, 'none');
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}`, 'none, no dot');
  });

  it('is refused when its payload is changed under the original signature (claim tampering)', async () => {
    const [header, payload, signature] = user.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    await expectRefused(`${header}.${b64({ ...claims, role: 'ADMIN' })}.${signature}`, 'role');
    await expectRefused(
      `${header}.${b64({ ...claims, exp: claims.exp + 86_400 })}.${signature}`,
      'exp',
    );
  });

  it('is refused when HS256-signed with the public key (algorithm confusion)', async () => {
    const jwks = await (await fetch(`${platform.urls.accounts}/.well-known/jwks.json`)).json();
    const [, payload] = user.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = await new SignJWT({ ...claims, role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256', kid: jwks.keys[0].kid })
      .sign(new TextEncoder().encode(JSON.stringify(jwks.keys[0])));
    await expectRefused(forged, 'HS256');
  });

  it('is refused when signed by a key of the attacker (foreign key)', async () => {
    const { generateKeyPair } = await import('jose');
    const { privateKey } = await generateKeyPair('ES256');
    const [, payload] = user.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = await new SignJWT({ ...claims, role: 'ADMIN' })
      .setProtectedHeader({ alg: 'ES256', kid: 'attacker' })
      .sign(privateKey);
    await expectRefused(forged, 'foreign');
  });

  it('while the untouched token works', async () => {
    const answer = await ask(user.accessToken);
    expect(answer.status).toBe(200);
    expect(answer.body.data.me).toEqual({ id: user.id, role: 'USER' });
  });
});
