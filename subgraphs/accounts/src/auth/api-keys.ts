import { randomBytes } from 'node:crypto';
import type { Scope } from '@capstone/auth';
import type { PrismaClient } from '../prisma.js';
import { randomToken, sameHash, sha256Hex } from './hashing.js';

/** `ck_<12 hex>_<43 base64url>`: the prefix finds the key, the rest proves it. */
const KEY_PATTERN = /^(ck_[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function isApiKeyFormat(value: string): boolean {
  return KEY_PATTERN.test(value);
}

export function newApiKey(): { prefix: string; secret: string; key: string } {
  const prefix = `ck_${randomBytes(6).toString('hex')}`;
  const secret = randomToken(32);
  return { prefix, secret, key: `${prefix}_${secret}` };
}

export interface VerifiedApiKey {
  keyId: string;
  userId: string;
  role: 'USER' | 'PARTNER' | 'ADMIN';
  scopes: Scope[];
}

/** The key's owner and scopes, or null for a malformed, unknown or revoked key. */
export async function verifyApiKey(
  prisma: PrismaClient,
  key: string,
): Promise<VerifiedApiKey | null> {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const [, prefix, secret] = match;
  const stored = await prisma.apiKey.findUnique({
    where: { prefix: prefix! },
    include: { user: true },
  });
  if (!stored || stored.revokedAt || !sameHash(stored.secretHash, sha256Hex(secret!))) return null;
  // Once a minute is precise enough for "last used", and spares a write per request.
  if (!stored.lastUsedAt || Date.now() - stored.lastUsedAt.getTime() > 60_000) {
    await prisma.apiKey.update({ where: { id: stored.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    keyId: stored.id,
    userId: stored.userId,
    role: stored.user.role,
    scopes: stored.scopes as Scope[],
  };
}

/**
 * Stamps the key revoked if it is still active. Of two racing revocations only the first
 * stamps, so the time it was revoked stays the first one's. Returns the key as stored and
 * whether this call revoked it.
 */
export async function revokeApiKeyOnce(prisma: PrismaClient, id: string) {
  const { count } = await prisma.apiKey.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return { apiKey: await prisma.apiKey.findUniqueOrThrow({ where: { id } }), revoked: count > 0 };
}
