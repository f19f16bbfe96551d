import { revokeSessions } from '@capstone/auth';
import { redisKeyPrefix, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import type { Redis } from 'ioredis';

/**
 * Tells the gateway that sessions have ended, so that their access tokens are refused at once
 * rather than when they expire (`@capstone/auth`'s session revocation: a Redis key per session
 * and a message for gateways that keep the list in memory; in this process without Redis).
 */
export interface SessionRevocation {
  revoke: (sessionIds: readonly string[]) => Promise<void>;
}

export function createSessionRevocation(
  redis: Redis | undefined,
  config: Pick<Env, 'REDIS_KEY_PREFIX' | 'DATABASE_PREFIX' | 'ACCESS_TOKEN_TTL_SECONDS'>,
  logger: Logger,
): SessionRevocation {
  const options = {
    redis,
    prefix: redisKeyPrefix(config),
    ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  };
  return {
    async revoke(sessionIds) {
      if (sessionIds.length === 0) return;
      try {
        await revokeSessions(sessionIds, options);
      } catch (error) {
        // The refresh tokens are revoked in the database whatever happens here; the access
        // tokens then die with their TTL, as before this list existed.
        logger.error({ err: error, sessions: sessionIds.length }, 'could not publish revocation');
      }
    },
  };
}
