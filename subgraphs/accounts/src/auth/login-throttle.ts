import { ErrorCode, clientError } from '@capstone/errors';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** Failed log-ins allowed before a pause: per account, and per client address. */
const LIMITS = {
  account: { points: 5, duration: 15 * 60 },
  ip: { points: 30, duration: 15 * 60 },
};

export interface LoginThrottle {
  /** Refuses with RATE_LIMITED while the account or the address is paused. */
  check: (email: string, ip: string) => Promise<void>;
  recordFailure: (email: string, ip: string) => Promise<void>;
  recordSuccess: (email: string) => Promise<void>;
}

/** Counts failures in Redis when it is there (shared by replicas), in memory otherwise. */
export function createLoginThrottle(redis: Redis | undefined, namespace: string): LoginThrottle {
  const make = (
    keyPrefix: string,
    limit: { points: number; duration: number },
  ): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix,
          ...limit,
          insuranceLimiter: new RateLimiterMemory(limit),
        })
      : new RateLimiterMemory({ keyPrefix, ...limit });
  // Namespaced like the databases, so that two platforms sharing one Redis never share counts.
  const byAccount = make(`${namespace}:login-fail-account`, LIMITS.account);
  const byIp = make(`${namespace}:login-fail-ip`, LIMITS.ip);
  const accountKey = (email: string) => email.trim().toLowerCase();

  return {
    async check(email, ip) {
      const [account, address] = await Promise.all([
        byAccount.get(accountKey(email)),
        byIp.get(ip),
      ]);
      const blocked = [
        account && account.consumedPoints >= LIMITS.account.points ? account : null,
        address && address.consumedPoints >= LIMITS.ip.points ? address : null,
      ].filter((entry) => entry !== null);
      if (blocked.length) {
        const retryAfterSeconds = Math.ceil(
          Math.max(...blocked.map((entry) => entry.msBeforeNext)) / 1000,
        );
        throw clientError(
          ErrorCode.RATE_LIMITED,
          `Too many failed log-ins; try again in ${retryAfterSeconds} s`,
          {
            retryAfterSeconds,
          },
        );
      }
    },
    async recordFailure(email, ip) {
      await Promise.all([byAccount.penalty(accountKey(email), 1), byIp.penalty(ip, 1)]);
    },
    async recordSuccess(email) {
      await byAccount.delete(accountKey(email));
    },
  };
}
