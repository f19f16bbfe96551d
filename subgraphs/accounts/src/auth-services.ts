import { redisKeyPrefix, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { connectOptionalRedis } from '@capstone/server-kit';
import type { Redis } from 'ioredis';
import { externalProviders, type ExternalProvider } from './auth/external-providers.js';
import { createLoginThrottle, type LoginThrottle } from './auth/login-throttle.js';
import { createSessions, type Sessions } from './auth/sessions.js';
import { createSigningKeys, type SigningKeys } from './auth/signing-keys.js';
import type { PrismaClient } from './prisma.js';

/** What the accounts subgraph builds once at start-up: the machinery of signing in. */
export interface AuthServices {
  keys: SigningKeys;
  sessions: Sessions;
  throttle: LoginThrottle;
  externalProviders: Map<string, ExternalProvider>;
  /** Where external providers may send people back. */
  redirectUris: string[];
  redis?: Redis;
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
  const keys = createSigningKeys(db);
  const redis = await connectOptionalRedis(config.REDIS_URL, logger);
  return {
    keys,
    sessions: createSessions(db, keys, {
      accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
    }),
    throttle: createLoginThrottle(redis, redisKeyPrefix(config)),
    externalProviders: externalProviders(config),
    redirectUris: config.OIDC_REDIRECT_URIS,
    redis,
  };
}
