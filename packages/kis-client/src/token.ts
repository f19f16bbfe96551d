import { setTimeout as sleep } from 'node:timers/promises';
import { KisParseError, KisTokenError } from './errors.js';
import type { KisLogger } from './logger.js';
import { postOAuth, type OAuthCallOptions } from './oauth.js';
import type { CachedToken, KisTokenStore } from './token-store.js';

/** PYKIS's margin: a token with less than this left is replaced before use. */
export const REFRESH_MARGIN_MS = 10 * 60_000;
/** KIS issues at most one token a minute per app key (EGW00133 otherwise). */
export const TOKEN_ISSUE_SPACING_MS = 60_000;
const THROTTLED = 'EGW00133';
const THROTTLED_ATTEMPTS = 3;

export interface TokenManagerOptions extends OAuthCallOptions {
  env: 'real' | 'mock';
  store: KisTokenStore;
  now: () => Date;
  logger: KisLogger;
  issueSpacingMs: number;
}

// Per process, not per client: two clients for the same app key in one process must still send
// one issue between them, and must space their issues as one.
const inFlight = new Map<string, Promise<CachedToken>>();
const lastIssueAt = new Map<string, number>();

/** "2023-12-22 08:16:59" in Korean time. */
function parseKstTimestamp(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value.trim());
  return match ? new Date(`${match[1]}T${match[2]}+09:00`) : null;
}

export function createTokenManager(options: TokenManagerOptions) {
  const storeKey = `${options.env}:${options.appKey}`;
  const flightKey = `${options.restUrl} ${storeKey}`;
  let current: CachedToken | null = null;

  const fresh = (token: CachedToken | null): token is CachedToken =>
    token !== null && token.expiresAt.getTime() - options.now().getTime() > REFRESH_MARGIN_MS;

  async function waitForSpacing() {
    const last = lastIssueAt.get(flightKey);
    if (last === undefined) return;
    const waitMs = last + options.issueSpacingMs - Date.now();
    if (waitMs > 0) {
      options.logger.info({ waitMs }, 'kis: waiting before issuing another access token');
      await sleep(waitMs);
    }
  }

  async function requestToken(): Promise<CachedToken> {
    const body = await postOAuth(
      options,
      { path: 'oauth2/tokenP', secretField: 'appsecret', expectedField: 'access_token' },
      (error, delayMs) =>
        options.logger.warn({ err: error, delayMs }, 'kis: access token issue failed'),
    );
    const issuedAt = options.now();
    // The absolute expiry is the reliable one: within 6 h KIS hands back the previous token.
    const expiresIn = Number(body.expires_in);
    const expiresAt =
      parseKstTimestamp(body.access_token_token_expired) ??
      (Number.isFinite(expiresIn) && expiresIn > 0
        ? new Date(issuedAt.getTime() + expiresIn * 1000)
        : null);
    if (expiresAt === null) {
      throw new KisParseError('oauth2/tokenP', 'expires_in', String(body.expires_in), 'seconds');
    }
    return { accessToken: String(body.access_token), expiresAt, issuedAt };
  }

  async function issue(rejected: string | null): Promise<CachedToken> {
    // Another process sharing the store may have replaced the token while this one waited.
    const stored = await options.store.get(storeKey);
    if (fresh(stored) && stored.accessToken !== rejected) return stored;

    for (let throttled = 0; ; throttled += 1) {
      await waitForSpacing();
      try {
        const token = await requestToken();
        lastIssueAt.set(flightKey, Date.now());
        await options.store.set(storeKey, token);
        options.logger.info(
          { env: options.env, expiresAt: token.expiresAt.toISOString() },
          'kis: access token issued',
        );
        return token;
      } catch (error) {
        const isThrottled = error instanceof KisTokenError && error.errorCode === THROTTLED;
        if (!isThrottled || throttled + 1 >= THROTTLED_ATTEMPTS) throw error;
        // The refused attempt still counts as KIS's last issue: wait a full spacing from now.
        lastIssueAt.set(flightKey, Date.now());
        options.logger.warn({ err: error }, 'kis: access token issue throttled');
      }
    }
  }

  function singleFlight(rejected: string | null): Promise<CachedToken> {
    let running = inFlight.get(flightKey);
    if (!running) {
      running = issue(rejected).finally(() => inFlight.delete(flightKey));
      inFlight.set(flightKey, running);
    }
    return running;
  }

  return {
    /** A token with more than 10 minutes left: this process's, the store's, or a new one. */
    async accessToken(): Promise<string> {
      if (fresh(current)) return current.accessToken;
      const stored = await options.store.get(storeKey);
      current = fresh(stored) ? stored : await singleFlight(null);
      return current.accessToken;
    },

    /**
     * KIS refused `accessToken` (EGW00121/EGW00123): forget it here and in the store, and issue
     * another. Concurrent callers that were refused the same token share one new issue.
     */
    async reissue(accessToken: string): Promise<string> {
      if (current?.accessToken === accessToken) current = null;
      const stored = await options.store.get(storeKey);
      if (stored?.accessToken === accessToken) await options.store.delete(storeKey);
      if (fresh(current)) return current.accessToken;
      current = await singleFlight(accessToken);
      return current.accessToken;
    },
  };
}

export type TokenManager = ReturnType<typeof createTokenManager>;
