import type { Environment } from './types.js';

export const APPKEY_LENGTH = 36;
export const APPSECRET_LENGTH = 180;

export type CredentialCheck =
  | { ok: true; env: Environment }
  | {
      ok: false;
      problem: 'appkey-missing' | 'appkey-invalid' | 'appsecret-missing' | 'appsecret-invalid';
    };

/**
 * Who may call. With configured accounts only those keys work, each in its environment; without,
 * any key of KIS's lengths (36 and 180 characters) passes as a real-environment key, which is
 * what a client under test usually needs.
 */
export class Accounts {
  private readonly known: Map<string, { appSecret: string; env: Environment }> | null;

  constructor(accounts?: ReadonlyArray<{ appKey: string; appSecret: string; env: Environment }>) {
    this.known = accounts
      ? new Map(accounts.map(({ appKey, appSecret, env }) => [appKey, { appSecret, env }]))
      : null;
  }

  /** The environment of an appkey, or null when the key is not one this simulator accepts. */
  envOf(appKey: string): Environment | null {
    if (this.known) return this.known.get(appKey)?.env ?? null;
    return appKey.length === APPKEY_LENGTH ? 'real' : null;
  }

  check(appKey: string | undefined, appSecret: string | undefined): CredentialCheck {
    if (!appKey) return { ok: false, problem: 'appkey-missing' };
    const env = this.envOf(appKey);
    if (!env) return { ok: false, problem: 'appkey-invalid' };
    if (!appSecret) return { ok: false, problem: 'appsecret-missing' };
    const valid = this.known
      ? this.known.get(appKey)?.appSecret === appSecret
      : appSecret.length === APPSECRET_LENGTH;
    return valid ? { ok: true, env } : { ok: false, problem: 'appsecret-invalid' };
  }
}
