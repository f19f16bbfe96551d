import { DEVELOPMENT_SECRETS_ENCRYPTION_KEYS, redisKeyPrefix, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { connectOptionalRedis } from '@capstone/server-kit';
import type { Redis } from 'ioredis';
import { externalProviders, type ExternalProvider } from './auth/external-providers.js';
import { createLoginThrottle, type LoginThrottle } from './auth/login-throttle.js';
import { createSecretBox, type SecretBox } from './auth/secret-box.js';
import { createSessionRevocation } from './auth/session-revocation.js';
import { createSessions, type Sessions } from './auth/sessions.js';
import { createSigningKeys, type SigningKeys } from './auth/signing-keys.js';
import { sealTotpSecrets } from './auth/totp.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import type { PrismaClient } from './prisma.js';

/** What the accounts subgraph builds once at start-up: the machinery of signing in. */
export interface AuthServices {
  keys: SigningKeys;
  sessions: Sessions;
  throttle: LoginThrottle;
  secrets: SecretBox;
  mailer: Mailer;
  /** The dashboard's address, for the links in mails. */
  webUrl: string;
  externalProviders: Map<string, ExternalProvider>;
  /** Where external providers may send people back. */
  redirectUris: string[];
  redis?: Redis;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The development key seals nothing that matters: refused wherever real secrets may live. */
export function secretsKeyFor(config: Env): string {
  if (
    config.SECRETS_ENCRYPTION_KEYS === DEVELOPMENT_SECRETS_ENCRYPTION_KEYS &&
    (config.NODE_ENV === 'production' || !LOOPBACK.has(config.HOST))
  ) {
    throw new Error(
      'SECRETS_ENCRYPTION_KEYS must be set to a key of your own in production and whenever accounts listens beyond loopback (see .env.example)',
    );
  }
  return config.SECRETS_ENCRYPTION_KEYS;
}

export async function createAuthServices({
  db,
  config,
  logger,
}: {
  db: PrismaClient;
  config: Env;
  logger: Logger;
}): Promise<AuthServices> {
  const secrets = createSecretBox(secretsKeyFor(config));
  const keys = createSigningKeys(db, secrets, {
    accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  });
  // Rows from before encryption at rest, or sealed under a key that is no longer first.
  const resealed = (await keys.sealAtRest()) + (await sealTotpSecrets(db, secrets));
  if (resealed) logger.info({ resealed, keyId: secrets.keyId }, 'sealed secrets at rest');
  const redis = await connectOptionalRedis(config.REDIS_URL, logger);
  const revocation = createSessionRevocation(redis, config, logger);
  return {
    keys,
    sessions: createSessions(db, keys, revocation, {
      accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
    }),
    throttle: createLoginThrottle(redis, redisKeyPrefix(config)),
    secrets,
    mailer: createMailer({ url: config.MAIL_URL, from: config.MAIL_FROM }, logger),
    webUrl: config.PUBLIC_WEB_URL,
    externalProviders: externalProviders(config),
    redirectUris: config.OIDC_REDIRECT_URIS,
    redis,
  };
}
