import { classifyKisError } from './errors.js';
import type { RequestLimiter } from './rate-limit.js';
import { withRetry, type RetryHooks, type RetryPolicy } from './retry.js';
import { readOAuth, send } from './transport.js';
import type { WireRecord } from './wire.js';

export interface OAuthCallOptions {
  appKey: string;
  appSecret: string;
  restUrl: string;
  fetch: typeof fetch;
  limiter: RequestLimiter;
  retry: RetryPolicy;
  timeoutMs: number;
}

export interface OAuthEndpoint {
  path: 'oauth2/tokenP' | 'oauth2/Approval';
  /** The body field the app secret goes in: the two endpoints name it differently (§3.4). */
  secretField: 'appsecret' | 'secretkey';
  /** The field a successful answer must carry. */
  expectedField: string;
}

/**
 * POSTs the app's credentials to an OAuth endpoint. It goes through the same limiter as the
 * data calls, since KIS counts it against the same per-second budget; only 5xx answers and
 * dropped connections are retried here, a refusal (bad key, throttled issue) is the caller's.
 */
export function postOAuth(
  options: OAuthCallOptions,
  endpoint: OAuthEndpoint,
  onRetry?: RetryHooks['onRetry'],
): Promise<WireRecord> {
  return withRetry(
    options.retry,
    { retryable: (error) => ['server', 'network'].includes(classifyKisError(error)), onRetry },
    async () => {
      await options.limiter.acquire();
      const answer = await send(
        options.fetch,
        endpoint.path,
        new URL(`/${endpoint.path}`, options.restUrl),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({
            grant_type: 'client_credentials',
            appkey: options.appKey,
            [endpoint.secretField]: options.appSecret,
          }),
        },
        options.timeoutMs,
      );
      return readOAuth(endpoint.path, answer, endpoint.expectedField);
    },
  );
}
