import type { Identity } from '@capstone/auth';
import type { Env } from '@capstone/config';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/**
 * Requests per minute by who is asking: an address for anonymous callers, a user, or an API
 * key (partners get their own allowance). Counted in Redis when it is there, so that every
 * gateway replica shares one count; in memory otherwise.
 */
export function createRateLimiter(config: Env, redis: Redis | undefined) {
  const make = (name: string, points: number): RateLimiterAbstract => {
    const options = { keyPrefix: `${config.DATABASE_PREFIX}:rate:${name}`, points, duration: 60 };
    return redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  };
  const anonymous = make('anonymous', config.RATE_LIMIT_ANONYMOUS_PER_MINUTE);
  const users = make('user', config.RATE_LIMIT_USER_PER_MINUTE);
  const apiKeys = make('api-key', config.RATE_LIMIT_API_KEY_PER_MINUTE);

  return async function rateLimit(identity: Identity, clientIp: string | undefined): Promise<void> {
    const [limiter, key] =
      identity.kind === 'apiKey'
        ? [apiKeys, identity.keyId]
        : identity.kind === 'user'
          ? [users, identity.userId]
          : [anonymous, clientIp ?? 'unknown'];
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new GraphQLError(`Too many requests; try again in ${retryAfterSeconds} s`, {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds,
          http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
        },
      });
    }
  };
}
