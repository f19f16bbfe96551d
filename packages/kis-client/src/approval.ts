import { classifyKisError } from './errors.js';
import type { KisLogger } from './logger.js';
import type { RequestLimiter } from './rate-limit.js';
import { withRetry, type RetryPolicy } from './retry.js';
import { readOAuth, send } from './transport.js';

// Valid 24 h (§3.4) but only checked when a session subscribes; renew well before then.
const APPROVAL_LIFETIME_MS = 12 * 60 * 60_000;

export interface ApprovalKeyOptions {
  appKey: string;
  appSecret: string;
  restUrl: string;
  fetch: typeof fetch;
  logger: KisLogger;
  limiter: RequestLimiter;
  retry: RetryPolicy;
  timeoutMs: number;
}

/** The WebSocket approval key (POST /oauth2/Approval), kept in memory and fetched once at a time. */
export function createApprovalKeys(options: ApprovalKeyOptions) {
  let cached: { key: string; fetchedAt: number } | null = null;
  let running: Promise<string> | null = null;

  async function fetchKey(): Promise<string> {
    return withRetry(
      options.retry,
      { retryable: (error) => ['server', 'network'].includes(classifyKisError(error)) },
      async () => {
        await options.limiter.acquire();
        const answer = await send(
          options.fetch,
          'oauth2/Approval',
          new URL('/oauth2/Approval', options.restUrl),
          {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8' },
            // `secretkey`, not `appsecret`: this endpoint names the field differently (§3.4).
            body: JSON.stringify({
              grant_type: 'client_credentials',
              appkey: options.appKey,
              secretkey: options.appSecret,
            }),
          },
          options.timeoutMs,
        );
        return String(readOAuth('oauth2/Approval', answer, 'approval_key').approval_key);
      },
    );
  }

  return async function approvalKey(request: { refresh?: boolean } = {}): Promise<string> {
    if (request.refresh) cached = null;
    if (cached && Date.now() - cached.fetchedAt < APPROVAL_LIFETIME_MS) return cached.key;
    running ??= fetchKey()
      .then((key) => {
        cached = { key, fetchedAt: Date.now() };
        options.logger.info({}, 'kis: WebSocket approval key issued');
        return key;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
}
