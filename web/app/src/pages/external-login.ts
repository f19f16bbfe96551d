/**
 * What the external log-in needs to remember across the round trip to the provider: which
 * provider (the callback URL does not say) and where to go afterwards. Per tab, short-lived.
 */
const KEY = 'capstone.externalLogin';

export interface PendingExternalLogin {
  provider: string;
  next?: string;
}

export function rememberExternalLogin(pending: PendingExternalLogin) {
  sessionStorage.setItem(KEY, JSON.stringify(pending));
}

export function takeExternalLogin(): PendingExternalLogin | null {
  const stored = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Partial<PendingExternalLogin>;
    return typeof value.provider === 'string'
      ? { provider: value.provider, next: typeof value.next === 'string' ? value.next : undefined }
      : null;
  } catch {
    return null;
  }
}

/** Only paths inside the app: a `next` from a URL must not send anyone to another site. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//')
    ? next
    : '/dashboard';
}
