import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterQueue,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Requests per second for this app key: KIS allows 20 on real and 2 on mock (§5). */
  perSecond: number;
  /** `'memory'` (this process only) or a Redis client to share the allowance across processes. */
  store?: 'memory' | Redis;
  /** Redis key prefix of the shared count. Default `kis:rate`. */
  keyPrefix?: string;
}

export interface RequestLimiter {
  /** Resolves when the next request may go out; waits instead of failing. */
  acquire(): Promise<void>;
  close(): Promise<void>;
}

/*
 * Requests are spaced evenly, 1000/perSecond ms apart, rather than counted in one-second
 * windows: two fixed windows back to back let 2×perSecond requests through within a second,
 * which a token bucket or a clock-aligned window on KIS's side would refuse. KIS's own samples
 * pace the same way (0.05 s real, 0.5 s mock).
 *
 * In memory that is a one-point window of the spacing's length. Redis windows are whole seconds
 * in rate-limiter-flexible, so the Redis limiter runs its own increment script with a
 * millisecond expiry; the spacing travels as the limiter's `points` (ARGV[3]) because
 * rate-limiter-flexible passes nothing else to the script, and each request consumes all of
 * them. ioredis registers that script per connection under a fixed name (`rlflxIncr`), which
 * would replace the stock script of any other limiter on the caller's connection; the limiter
 * therefore talks over its own duplicate connection.
 */
const SPACING_SCRIPT = `redis.call('set', KEYS[1], 0, 'PX', ARGV[3], 'NX') \
local consumed = redis.call('incrby', KEYS[1], ARGV[1]) \
local ttl = redis.call('pttl', KEYS[1]) \
if ttl == -1 then \
  redis.call('pexpire', KEYS[1], ARGV[3]) \
  ttl = tonumber(ARGV[3]) \
end \
return {consumed, ttl}`;

export function createRequestLimiter(options: RateLimitOptions & { key: string }): RequestLimiter {
  if (!(options.perSecond > 0)) throw new RangeError('rateLimit.perSecond must be positive');
  const spacingMs = Math.max(1, Math.ceil(1000 / options.perSecond));
  const keyPrefix = options.keyPrefix ?? 'kis:rate';
  const store = options.store ?? 'memory';

  let limiter: RateLimiterAbstract;
  let tokens: number;
  let connection: Redis | undefined;
  if (store === 'memory') {
    limiter = new RateLimiterMemory({ keyPrefix, points: 1, duration: spacingMs / 1000 });
    tokens = 1;
  } else {
    connection = store.duplicate();
    limiter = new RateLimiterRedis({
      storeClient: connection,
      keyPrefix,
      points: spacingMs,
      // Whole seconds so that rate-limiter-flexible takes the scripted path; the script ignores it.
      duration: 1,
      customIncrTtlLuaScript: SPACING_SCRIPT,
      // While Redis is unreachable, keep this process within the allowance on its own.
      insuranceLimiter: new RateLimiterMemory({
        keyPrefix,
        points: spacingMs,
        duration: spacingMs / 1000,
      }),
    });
    tokens = spacingMs;
  }
  const queue = new RateLimiterQueue(limiter);

  return {
    async acquire() {
      await queue.removeTokens(tokens, options.key);
    },
    async close() {
      if (connection && connection.status !== 'end') await connection.quit();
    },
  };
}
