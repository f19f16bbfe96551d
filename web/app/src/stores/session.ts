import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { REFRESH_KEY } from '../api/refresh.js';
import type { AuthSessionFragment } from '@capstone/operations/web/graphql';

export type SessionUser = AuthSessionFragment['user'];

/** Why a session ended, so the log-in page can say so. */
export type EndReason = 'logout' | 'expired' | 'reused';

/** What trading a refresh token for new tokens came to. */
export type RefreshOutcome =
  | { ok: true; session: AuthSessionFragment }
  | { ok: false; reason: 'refused' | 'reused' | 'unreachable' };

export type Refresher = (refreshToken: string) => Promise<RefreshOutcome>;

/**
 * Where the tokens live, and why:
 *
 * - The access token stays in memory only (this store): it is what every request carries.
 * - The refresh token goes to sessionStorage. Memory alone would sign people out on every
 *   reload. localStorage would keep a 30-day credential on disk and share it between tabs,
 *   and two tabs rotating one single-use token would end the session (refreshSession revokes
 *   a token used twice). sessionStorage survives a reload, is per tab, and dies with the tab.
 *   An HttpOnly cookie would be better still, but the gateway hands tokens out in the response
 *   body, on another origin, so the page cannot get one; the strict Content-Security-Policy
 *   (no inline or third-party script) is what keeps other code away from storage.
 *   (A duplicated tab copies sessionStorage: whichever copy refreshes second ends the session,
 *   which is the safe way round.)
 */

/** Refresh this long before the access token expires, so requests never carry a stale one. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * The session an access token belongs to: its `sid` claim (the accounts service names the
 * refresh-token family there). Read without verifying, only to mark "this device" in the list;
 * the gateway is what trusts or refuses the token.
 */
export function sessionIdOf(token: string | null): string | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sid = (JSON.parse(json) as { sid?: unknown }).sid;
    return typeof sid === 'string' ? sid : null;
  } catch {
    return null;
  }
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export const useSessionStore = defineStore('session', () => {
  const accessToken = ref<string | null>(null);
  const expiresAt = ref(0);
  const user = ref<SessionUser | null>(null);
  const endReason = ref<EndReason | null>(null);
  /** Bumped whenever the credentials change, so long-lived connections reconnect with them. */
  const generation = ref(0);
  const refresher = shallowRef<Refresher | null>(null);

  const signedIn = computed(() => accessToken.value !== null);
  const isAdmin = computed(() => user.value?.role === 'ADMIN');
  const sessionId = computed(() => sessionIdOf(accessToken.value));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;

  function schedule(expiresInSeconds: number) {
    clearTimeout(timer);
    const lifetime = expiresInSeconds * 1000;
    const delay = Math.max(lifetime / 2, lifetime - REFRESH_MARGIN_MS);
    timer = setTimeout(() => void refresh(), delay);
  }

  function start(payload: AuthSessionFragment) {
    accessToken.value = payload.accessToken;
    expiresAt.value = Date.now() + payload.expiresIn * 1000;
    user.value = payload.user;
    endReason.value = null;
    storage()?.setItem(REFRESH_KEY, payload.refreshToken);
    generation.value++;
    schedule(payload.expiresIn);
  }

  function end(reason: EndReason) {
    clearTimeout(timer);
    const wasSignedIn = accessToken.value !== null;
    accessToken.value = null;
    expiresAt.value = 0;
    user.value = null;
    storage()?.removeItem(REFRESH_KEY);
    if (wasSignedIn) endReason.value = reason;
    generation.value++;
  }

  const storedRefreshToken = () => storage()?.getItem(REFRESH_KEY) ?? null;

  /**
   * Trades the refresh token for new tokens: at most one trade at a time, since a refresh token
   * works once and a second concurrent use would end the session. Ends the session when the
   * token is refused; keeps it when the gateway is only unreachable.
   */
  function refresh(): Promise<boolean> {
    inFlight ??= (async () => {
      const token = storedRefreshToken();
      if (!token || !refresher.value) {
        if (accessToken.value) end('expired');
        return false;
      }
      const outcome = await refresher.value(token);
      if (outcome.ok) {
        start(outcome.session);
        return true;
      }
      if (outcome.reason !== 'unreachable') end(outcome.reason === 'reused' ? 'reused' : 'expired');
      return false;
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  /** On page load: a refresh token from before the reload brings the session back. */
  async function restore(): Promise<void> {
    if (!accessToken.value && storedRefreshToken()) await refresh();
  }

  const expiresSoon = () => accessToken.value !== null && Date.now() > expiresAt.value - 5_000;

  return {
    accessToken,
    expiresAt,
    user,
    endReason,
    generation,
    refresher,
    signedIn,
    isAdmin,
    sessionId,
    start,
    end,
    refresh,
    restore,
    expiresSoon,
    storedRefreshToken,
  };
});

export type SessionStore = ReturnType<typeof useSessionStore>;
