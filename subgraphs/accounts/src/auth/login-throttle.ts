import { ErrorCode, clientError } from '@capstone/errors';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

interface Limit {
  points: number;
  duration: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Attempts allowed, after OWASP's authentication cheat sheet: progressive pauses per account
 * and source address (5 in 15 minutes, then 10 in an hour, then 20 in a day), a higher ceiling
 * per account across all addresses it has never signed in from (so that a stranger's failures
 * never lock the owner out of their usual address), and a ceiling per address across accounts
 * (credential stuffing).
 */
export const LIMITS = {
  pair: [
    { points: 5, duration: 15 * MINUTE },
    { points: 10, duration: HOUR },
    { points: 20, duration: DAY },
  ],
  accountFromUnknownAddresses: { points: 50, duration: HOUR },
  address: { points: 50, duration: 15 * MINUTE },
  /**
   * How long an address the owner signed in from counts as theirs (each success renews it);
   * under the 24.8 days a timer can hold, which the in-memory store uses for expiry.
   */
  knownAddressSeconds: 20 * DAY,
} as const satisfies {
  pair: readonly Limit[];
  accountFromUnknownAddresses: Limit;
  address: Limit;
  knownAddressSeconds: number;
};

/** One attempt, taken before the credential is checked. */
export interface LoginAttempt {
  /** The credential was right: the pair's count starts again, and the address becomes known. */
  succeeded: () => Promise<void>;
}

export interface LoginThrottle {
  /**
   * Takes one attempt for `subject` (an e-mail address, or e.g. `totp:<user id>`) from `ip`,
   * atomically, before anything is verified: of a burst of concurrent attempts, exactly the
   * allowed number get through. Refuses with RATE_LIMITED (and `retryAfterSeconds`) after that.
   */
  attempt: (subject: string, ip: string) => Promise<LoginAttempt>;
}

const tooMany = (retryAfterSeconds: number) =>
  clientError(
    ErrorCode.RATE_LIMITED,
    {
      ko: `실패한 시도가 너무 많습니다. ${retryAfterSeconds}초 뒤에 다시 시도하세요`,
      en: `Too many failed attempts; try again in ${retryAfterSeconds} s`,
    },
    { retryAfterSeconds },
  );

/**
 * Counts attempts in Redis when it is there (rate-limiter-flexible increments with one Lua
 * script, so the count is atomic across replicas), in memory otherwise.
 */
export function createLoginThrottle(redis: Redis | undefined, namespace: string): LoginThrottle {
  const make = (keyPrefix: string, limit: Limit): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix,
          ...limit,
          insuranceLimiter: new RateLimiterMemory({ keyPrefix, ...limit }),
        })
      : new RateLimiterMemory({ keyPrefix, ...limit });
  // Namespaced like the databases, so that two platforms sharing one Redis never share counts.
  const pair = LIMITS.pair.map((limit, index) =>
    make(`${namespace}:login-attempt-pair-${index}`, limit),
  );
  const account = make(`${namespace}:login-attempt-account`, LIMITS.accountFromUnknownAddresses);
  const address = make(`${namespace}:login-attempt-address`, LIMITS.address);
  const known = make(`${namespace}:login-known-address`, {
    points: 1,
    duration: LIMITS.knownAddressSeconds,
  });

  const consume = async (limiter: RateLimiterAbstract, key: string) => {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw tooMany(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      throw rejection;
    }
  };

  return {
    async attempt(rawSubject, ip) {
      const subject = rawSubject.trim().toLowerCase();
      const pairKey = `${subject}|${ip}`;
      // The pair first: a burst from one address is cut off there and spends nothing else.
      for (const limiter of pair) await consume(limiter, pairKey);
      const fromKnownAddress = (await known.get(pairKey)) !== null;
      if (!fromKnownAddress) await consume(account, subject);
      await consume(address, ip);
      return {
        succeeded: async () => {
          await Promise.all([
            ...pair.map((limiter) => limiter.delete(pairKey)),
            fromKnownAddress ? undefined : account.reward(subject, 1),
            address.reward(ip, 1),
            known.set(pairKey, 1, LIMITS.knownAddressSeconds),
          ]);
        },
      };
    },
  };
}
