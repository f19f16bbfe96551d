import { databaseUrl, type Env } from '@capstone/config';
import { secretsKeyFor } from './auth-services.js';
import { createSecretBox } from './auth/secret-box.js';
import { PUBLISH_AHEAD_SECONDS, createSigningKeys } from './auth/signing-keys.js';
import { createPrismaClient } from './prisma.js';

/**
 * Adds the next access-token signing key. It is published in the JWKS at once and signs from
 * `publishAheadSeconds` on (by default longer than verifiers cache the JWKS); the key it
 * supersedes stays published until the last token it signed has expired. Nothing restarts.
 */
export async function rotateSigningKey(
  config: Env,
  { publishAheadSeconds = PUBLISH_AHEAD_SECONDS }: { publishAheadSeconds?: number } = {},
): Promise<{ kid: string; activatesAt: Date }> {
  const prisma = createPrismaClient(databaseUrl(config, 'accounts'));
  try {
    const keys = createSigningKeys(prisma, createSecretBox(secretsKeyFor(config)), {
      accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    });
    await keys.current();
    return await keys.rotate({ publishAheadSeconds });
  } finally {
    await prisma.$disconnect();
  }
}
