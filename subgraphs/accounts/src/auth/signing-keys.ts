import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import type { PrismaClient } from '../prisma.js';

const ALGORITHM = 'ES256';

export interface SigningKeys {
  /** The key new access tokens are signed with. */
  current: () => Promise<{ kid: string; key: CryptoKey }>;
  /** The public keys of every key not retired, for `/.well-known/jwks.json`. */
  jwks: () => Promise<{ keys: JWK[] }>;
}

/**
 * Access-token signing keys, kept in the accounts database so that every replica and every
 * restart signs with the same key and verifiers keep working. The first start makes one.
 */
export function createSigningKeys(prisma: PrismaClient): SigningKeys {
  let current: Promise<{ kid: string; key: CryptoKey }> | undefined;

  const loadOrCreate = async () => {
    const existing = await prisma.signingKey.findFirst({
      where: { retiredAt: null, alg: ALGORITHM },
      orderBy: { createdAt: 'desc' },
    });
    if (existing) {
      return {
        kid: existing.kid,
        key: (await importJWK(existing.privateJwk as JWK, ALGORITHM)) as CryptoKey,
      };
    }
    const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const kid = randomUUID();
    await prisma.signingKey.create({
      data: {
        kid,
        alg: ALGORITHM,
        publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
        privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM },
      },
    });
    return { kid, key: privateKey };
  };

  return {
    current: () => {
      current ??= loadOrCreate().catch((error: unknown) => {
        current = undefined;
        throw error;
      });
      return current;
    },
    jwks: async () => {
      await (current ??= loadOrCreate());
      const keys = await prisma.signingKey.findMany({ where: { retiredAt: null } });
      return { keys: keys.map((row) => row.publicJwk as JWK) };
    },
  };
}
