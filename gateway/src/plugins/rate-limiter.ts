import type { Identity } from '@capstone/auth';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Requests per minute for each kind of caller. */
  perMinute: { anonymous: number; user: number; apiKey: number };
  /** Prefix of the counters' keys, so that deployments sharing a Redis count apart. */
  keyPrefix: string;
  /** Where the counts live; in this process's memory without it. */
  redis?: Redis;
}

/**
 * Requests per minute by who is asking: an address for anonymous callers, a user, or an API
 * key (partners get their own allowance). Counted in Redis when it is there, so that every
 * gateway replica shares one count; in memory otherwise.
 */
export function createRateLimiter({ perMinute, keyPrefix, redis }: RateLimitOptions) {
  const make = (name: string, points: number): RateLimiterAbstract => {
    const options = { keyPrefix: `${keyPrefix}:rate:${name}`, points, duration: 60 };
    return redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  };
  const anonymous = make('anonymous', perMinute.anonymous);
  const users = make('user', perMinute.user);
  const apiKeys = make('api-key', perMinute.apiKey);

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
