import {
  createKisClient,
  redisTokenStore,
  type KisClient,
  type KisClientOptions,
} from '@capstone/kis-client';
import type { Logger } from '@capstone/observability';
import type { Redis } from 'ioredis';
import type { Pool } from '../storage/pool.js';
import type { KisSource } from '../settings.js';
import { databaseTokenStore } from './token-store.js';

export interface KisClientDeps {
  source: KisSource;
  pool: Pool;
  /** When Redis answers: tokens and the rate allowance are shared with other processes. */
  redis?: Redis;
  logger: Logger;
  /** Namespaces the Redis keys like the databases, so two platforms never share a token. */
  keyPrefix: string;
  /** Test hooks: e.g. a shorter spacing between token issues against a fast simulator clock. */
  overrides?: Partial<KisClientOptions>;
}

/** The KIS client the ETL uses: tokens in Redis when it answers, in the database otherwise. */
export function createEtlKisClient({
  source,
  pool,
  redis,
  logger,
  keyPrefix,
  overrides,
}: KisClientDeps): KisClient {
  return createKisClient({
    env: source.env,
    appKey: source.appKey,
    appSecret: source.appSecret,
    restUrl: source.restUrl,
    wsUrl: source.wsUrl,
    tokenStore: redis
      ? redisTokenStore(redis, { prefix: `${keyPrefix}:kis:token:` })
      : databaseTokenStore(pool),
    rateLimit: {
      ...(source.requestsPerSecond ? { perSecond: source.requestsPerSecond } : {}),
      ...(redis ? { store: redis, keyPrefix: `${keyPrefix}:kis:rate` } : {}),
    },
    logger: logger.child({ component: 'kis' }),
    ...overrides,
  });
}
