import type { KisLogger } from './logger.js';
import { postOAuth, type OAuthCallOptions } from './oauth.js';

// Valid 24 h (§3.4) but only checked when a session subscribes; renew well before then.
const APPROVAL_LIFETIME_MS = 12 * 60 * 60_000;

export interface ApprovalKeyOptions extends OAuthCallOptions {
  logger: KisLogger;
}

/** The WebSocket approval key (POST /oauth2/Approval), kept in memory and fetched once at a time. */
export function createApprovalKeys(options: ApprovalKeyOptions) {
  let cached: { key: string; fetchedAt: number } | null = null;
  let running: Promise<string> | null = null;

  async function fetchKey(): Promise<string> {
    const answer = await postOAuth(options, {
      path: 'oauth2/Approval',
      secretField: 'secretkey',
      expectedField: 'approval_key',
    });
    return String(answer.approval_key);
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
