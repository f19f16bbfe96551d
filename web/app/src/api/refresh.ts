import type { RefreshSessionMutation } from '@capstone/operations/web/graphql';
// The hash alone: the documents module would bring every document into the entry point.
import { RefreshSessionHash } from '@capstone/operations/web/hashes';
import type { RefreshOutcome } from '../stores/session.js';
import { postByHash } from './post-by-hash.js';

/** The refresh token's key in sessionStorage (why sessionStorage: see stores/session.ts). */
export const REFRESH_KEY = 'capstone.refreshToken';

/**
 * Trades a refresh token for new tokens: one fetch, by hash, outside urql. The main client
 * queues its requests while a refresh runs, so the refresh itself cannot go through it; and this
 * way it can also start before the app’s code has arrived (see main.ts).
 */
export async function postRefresh(
  gatewayUrl: string,
  refreshToken: string,
): Promise<RefreshOutcome> {
  let body: {
    data?: RefreshSessionMutation | null;
    errors?: { extensions?: Record<string, unknown> }[];
  };
  try {
    ({ body } = await postByHash<typeof body>(gatewayUrl, {
      operationName: 'RefreshSession',
      hash: RefreshSessionHash,
      variables: { refreshToken },
    }));
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  if (body.data?.refreshSession) return { ok: true, session: body.data.refreshSession };
  const extensions = (body.errors ?? []).map((error) => error.extensions ?? {});
  if (extensions.some((e) => e.reason === 'REFRESH_TOKEN_REUSED'))
    return { ok: false, reason: 'reused' };
  if (extensions.some((e) => e.code === 'UNAUTHENTICATED')) return { ok: false, reason: 'refused' };
  return { ok: false, reason: 'unreachable' };
}

declare global {
  interface Window {
    /** A refresh main.ts started before the app loaded, with the token it used. */
    CAPSTONE_EARLY_REFRESH?: { token: string; outcome: Promise<RefreshOutcome> };
  }
}

/** Starts the refresh of a session from before the reload, if there is one. */
export function startEarlyRefresh(gatewayUrl: string): Promise<RefreshOutcome> | undefined {
  const token = sessionStorage.getItem(REFRESH_KEY);
  if (!token) return undefined;
  const outcome = postRefresh(gatewayUrl, token);
  window.CAPSTONE_EARLY_REFRESH = { token, outcome };
  return outcome;
}

/**
 * The refresher the session store uses: the early refresh's answer when it traded this very
 * token (once), otherwise a new request.
 */
export function createRefresher(gatewayUrl: string) {
  return (refreshToken: string): Promise<RefreshOutcome> => {
    const early = window.CAPSTONE_EARLY_REFRESH;
    if (early?.token === refreshToken) {
      window.CAPSTONE_EARLY_REFRESH = undefined;
      return early.outcome;
    }
    return postRefresh(gatewayUrl, refreshToken);
  };
}
