import { redisKeyPrefix, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import type { Redis } from 'ioredis';

/**
 * Tells the gateway that sessions have ended, so that their access tokens are refused at once
 * rather than when they expire.
 *
 * The adapter to the shared contract of `@capstone/auth`'s session revocation (written by the
 * gateway's side): a key `<REDIS_KEY_PREFIX>:revoked-session:<sessionId>` that lives as long as
 * an access token can, and a message with the session id on `<REDIS_KEY_PREFIX>:session-revoked`
 * for gateways that keep the list in memory. When that module is on main, this file becomes a
 * call to it and nothing else in accounts changes.
 */
export interface SessionRevocation {
  revoke: (sessionIds: readonly string[]) => Promise<void>;
}

export function createSessionRevocation(
  redis: Redis | undefined,
  config: Pick<Env, 'REDIS_KEY_PREFIX' | 'DATABASE_PREFIX' | 'ACCESS_TOKEN_TTL_SECONDS'>,
  logger: Logger,
): SessionRevocation {
  const prefix = redisKeyPrefix(config);
  return {
    async revoke(sessionIds) {
      if (!redis || sessionIds.length === 0) return;
      try {
        const pipeline = redis.multi();
        for (const sessionId of sessionIds) {
          pipeline.set(
            `${prefix}:revoked-session:${sessionId}`,
            '1',
            'EX',
            config.ACCESS_TOKEN_TTL_SECONDS,
          );
          pipeline.publish(`${prefix}:session-revoked`, sessionId);
        }
        await pipeline.exec();
      } catch (error) {
        // The refresh tokens are revoked in the database whatever happens here; the access
        // tokens then die with their TTL, as before this list existed.
        logger.error({ err: error, sessions: sessionIds.length }, 'could not publish revocation');
      }
    },
  };
}
