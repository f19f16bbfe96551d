import { ANONYMOUS, INTERNAL_IDENTITY_HEADER, signInternalIdentity } from '@capstone/auth';
import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';
import { postRaw } from './support.js';

/**
 * Attack: forge the gateway's internal identity header (x-capstone-identity), signed with the
 * repository's development secret or a leaked one, to act as any user or as an administrator,
 * and skip trusted documents on the way. The public listener refuses the header in every mode;
 * only the internal listener (GATEWAY_INTERNAL_PORT) takes it.
 */
const OWN_SECRET = 'security-suite-secret-that-is-long-enough-0001';

describe.each([
  ['development', {}],
  ['test', {}],
  // Production: an own secret, trusted documents enforced. A leaked secret still gets nowhere.
  ['production', { INTERNAL_JWT_SECRET: OWN_SECRET }],
] as const)('in %s mode, the public gateway port', (mode, env) => {
  const platform = usePlatform({
    services: ['accounts', 'gateway'],
    env: { NODE_ENV: mode, SUPERGRAPH_SOURCE: 'file', ...env },
  });

  const forge = (role: 'USER' | 'ADMIN') =>
    signInternalIdentity(
      { kind: 'user', userId: 'victim-user-id', role },
      platform.config.INTERNAL_JWT_SECRET,
    );

  it('answers 401 to a forged internal identity (forged identity)', async () => {
    for (const role of ['USER', 'ADMIN'] as const) {
      const answer = await postRaw(
        platform.graphqlUrl,
        { query: '{ me { id email role } }' },
        { [INTERNAL_IDENTITY_HEADER]: await forge(role) },
      );
      expect(answer.status, role).toBe(401);
      expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(answer.body.data ?? null).toBeNull();
    }
  });

  it('answers 401 before anything runs, whatever the document (forged identity, skipping trusted documents)', async () => {
    const forged = await forge('ADMIN');
    for (const body of [
      { query: 'mutation { setUserRole(userId: "x", role: ADMIN) { role } }' },
      { query: '{ __schema { types { name } } }' },
      { query: '{ not valid graphql' },
    ]) {
      const answer = await postRaw(platform.graphqlUrl, body, {
        [INTERNAL_IDENTITY_HEADER]: forged,
        'accept-language': 'en',
      });
      expect(answer.status, body.query).toBe(401);
      expect(answer.body.errors[0].message).toMatch(/not accepted on the public endpoint/);
    }
  });

  it('still lets platform services in through the internal listener', async () => {
    const service = await platform.internal(ANONYMOUS);
    expect((await service.ask('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const wrongSecret = await postRaw(
      platform.internalGraphqlUrl,
      { query: '{ __typename }' },
      {
        [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(
          ANONYMOUS,
          'some-other-secret-that-is-long-enough-000001',
        ),
      },
    );
    expect(wrongSecret.status).toBe(401);
  });
});
