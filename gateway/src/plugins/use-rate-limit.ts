import type { Plugin } from 'graphql-yoga';
import { createRateLimiter, type RateLimitOptions } from './rate-limiter.js';
import type { AuthenticationContext } from './use-authentication.js';
import type { ClientAddressContext } from './use-client-address.js';

export type { RateLimitOptions } from './rate-limiter.js';

/**
 * Counts each request against the caller's allowance per minute and refuses one over it with
 * RATE_LIMITED (429 and Retry-After). Comes after `useAuthentication`: the allowance is the
 * caller's.
 */
export function useRateLimit(
  options: RateLimitOptions,
): Plugin<AuthenticationContext & ClientAddressContext> {
  const rateLimit = createRateLimiter(options);
  return {
    async onContextBuilding({ context }) {
      await rateLimit(context.identity, context.clientIp);
    },
  };
}
