import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import type { SigningKey } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import type { SecretBox } from './secret-box.js';

const ALGORITHM = 'ES256';
/** How long a replica signs with the key it loaded before it looks for a newer one. */
const RELOAD_MS = 60_000;
/**
 * How long a new key is published before it signs: longer than verifiers cache the JWKS
 * (the gateway's jose cache keeps it 10 minutes), so no verifier meets a key it has not seen.
 */
export const PUBLISH_AHEAD_SECONDS = 11 * 60;

export interface SigningKeys {
  /** The key new access tokens are signed with. */
  current: () => Promise<{ kid: string; key: CryptoKey }>;
  /**
   * The public keys for `/.well-known/jwks.json`: the signing key, a rotated-in key waiting to
   * sign, and a superseded key until every token it signed has expired.
   */
  jwks: () => Promise<{ keys: JWK[] }>;
  /** Makes a new key that signs from `PUBLISH_AHEAD_SECONDS` on; returns its kid. */
  rotate: (options?: {
    publishAheadSeconds?: number;
  }) => Promise<{ kid: string; activatesAt: Date }>;
  /** Seals private keys kept in plain text (before encryption) or under an older key id. */
  sealAtRest: () => Promise<number>;
}

/** What a private signing key is sealed under: bound to its kid. */
export const sealContext = (kid: string) => `signing-key:${kid}`;

/**
 * Access-token signing keys, kept in the accounts database (the private half sealed with the
 * SecretBox) so that every replica and every restart signs with the same key and verifiers
 * keep working. The first start makes one; `rotate` adds the next with an overlap.
 */
export function createSigningKeys(
  prisma: PrismaClient,
  box: SecretBox,
  { accessTtlSeconds }: { accessTtlSeconds: number },
): SigningKeys {
  let current: { at: number; value: Promise<{ kid: string; key: CryptoKey }> } | undefined;

  const privateJwkOf = (row: SigningKey): JWK => {
    if (row.privateKeySealed) {
      return JSON.parse(box.open(row.privateKeySealed, sealContext(row.kid))) as JWK;
    }
    return row.privateJwk as JWK;
  };

  const create = async (activatesAt: Date) => {
    const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const kid = randomUUID();
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM };
    await prisma.signingKey.create({
      data: {
        kid,
        alg: ALGORITHM,
        publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
        privateKeySealed: box.seal(JSON.stringify(privateJwk), sealContext(kid)),
        activatesAt,
      },
    });
    return { kid, key: privateKey, activatesAt };
  };

  const loadOrCreate = async () => {
    const active = await prisma.signingKey.findFirst({
      where: { retiredAt: null, alg: ALGORITHM, activatesAt: { lte: new Date() } },
      orderBy: { activatesAt: 'desc' },
    });
    if (active) {
      return {
        kid: active.kid,
        key: (await importJWK(privateJwkOf(active), ALGORITHM)) as CryptoKey,
      };
    }
    const { kid, key } = await create(new Date());
    return { kid, key };
  };

  const signingKey = () => {
    if (!current || Date.now() - current.at > RELOAD_MS) {
      const value = loadOrCreate().catch((error: unknown) => {
        current = undefined;
        throw error;
      });
      current = { at: Date.now(), value };
    }
    return current.value;
  };

  return {
    current: signingKey,
    jwks: async () => {
      await signingKey();
      const now = Date.now();
      const keys = await prisma.signingKey.findMany({
        where: { retiredAt: null, alg: ALGORITHM },
        orderBy: { activatesAt: 'desc' },
      });
      // A key is superseded when a newer one signs; tokens it signed then live one TTL more,
      // and replicas may sign with it for one reload interval after that.
      const overlapMs = accessTtlSeconds * 1000 + RELOAD_MS;
      // The key just newer than each row superseded it when it began to sign (if it has).
      let supersededAt: number | undefined;
      const published: JWK[] = [];
      for (const row of keys) {
        if (supersededAt === undefined || now - supersededAt < overlapMs) {
          published.push(row.publicJwk as JWK);
        }
        const activatesAt = row.activatesAt.getTime();
        supersededAt = activatesAt <= now ? activatesAt : undefined;
      }
      return { keys: published };
    },
    rotate: async ({ publishAheadSeconds = PUBLISH_AHEAD_SECONDS } = {}) => {
      const { kid, activatesAt } = await create(new Date(Date.now() + publishAheadSeconds * 1000));
      current = undefined;
      return { kid, activatesAt };
    },
    sealAtRest: async () => {
      const rows = await prisma.signingKey.findMany();
      let sealed = 0;
      for (const row of rows) {
        if (row.privateKeySealed && !box.needsResealing(row.privateKeySealed)) continue;
        const privateJwk = privateJwkOf(row);
        await prisma.signingKey.update({
          where: { kid: row.kid },
          data: {
            privateKeySealed: box.seal(JSON.stringify(privateJwk), sealContext(row.kid)),
            privateJwk: undefined,
          },
        });
        sealed++;
      }
      // The plain copies go in one statement, after every key has its sealed one.
      await prisma.$executeRaw`UPDATE SigningKey SET privateJwk = NULL WHERE privateKeySealed IS NOT NULL`;
      return sealed;
    },
  };
}
