import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Environment } from './types.js';

export const TOKEN_LIFETIME_S = 86_400;
// "6시간 이내는 기존 발급키로 응답" and "1분당 1회 발급" (KIS_API.md §3.1).
const REISSUE_WINDOW_MS = 6 * 3_600_000;
const THROTTLE_MS = 60_000;

export interface AccessToken {
  value: string;
  appKey: string;
  env: Environment;
  issuedAt: number;
  expiresAt: number;
}

export type IssueResult =
  { kind: 'issued' | 'reissued'; token: AccessToken } | { kind: 'throttled' };

const base64url = (text: string | Buffer) => Buffer.from(text).toString('base64url');

export class TokenStore {
  private readonly byValue = new Map<string, AccessToken>();
  private readonly current = new Map<string, AccessToken>();
  private readonly lastAnswered = new Map<string, number>();
  private readonly approvals = new Map<
    string,
    { appKey: string; env: Environment; expiresAt: number }
  >();
  private readonly signingKey = randomBytes(32);

  /** tokenP: the same token within 6 hours of its issue, refused within a minute of the last answer. */
  issue(appKey: string, env: Environment, now: number): IssueResult {
    const last = this.lastAnswered.get(appKey);
    if (last !== undefined && now - last < THROTTLE_MS) return { kind: 'throttled' };
    this.lastAnswered.set(appKey, now);
    const existing = this.current.get(appKey);
    if (existing && now - existing.issuedAt < REISSUE_WINDOW_MS && now < existing.expiresAt) {
      return { kind: 'reissued', token: existing };
    }
    const token: AccessToken = {
      value: this.jwt(appKey, now),
      appKey,
      env,
      issuedAt: now,
      expiresAt: now + TOKEN_LIFETIME_S * 1000,
    };
    this.byValue.set(token.value, token);
    this.current.set(appKey, token);
    return { kind: 'issued', token };
  }

  lookup(value: string): AccessToken | undefined {
    return this.byValue.get(value);
  }

  revoke(value: string): boolean {
    const token = this.byValue.get(value);
    if (!token) return false;
    this.byValue.delete(value);
    if (this.current.get(token.appKey) === token) this.current.delete(token.appKey);
    return true;
  }

  issueApproval(appKey: string, env: Environment, now: number): string {
    const key = randomUUID();
    this.approvals.set(key, { appKey, env, expiresAt: now + TOKEN_LIFETIME_S * 1000 });
    return key;
  }

  /** The appkey behind a WebSocket approval key (checked only when a session connects). */
  approval(key: string, now: number): { appKey: string; env: Environment } | undefined {
    const found = this.approvals.get(key);
    return found && now < found.expiresAt ? found : undefined;
  }

  // Shaped like KIS's tokens (a JWT from issuer "unogw") so that clients which peek inside work.
  private jwt(appKey: string, now: number): string {
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS512' }));
    const payload = base64url(
      JSON.stringify({
        sub: 'token',
        aud: randomUUID(),
        prdt_cd: '',
        iss: 'unogw',
        exp: Math.floor(now / 1000) + TOKEN_LIFETIME_S,
        iat: Math.floor(now / 1000),
        jti: appKey,
      }),
    );
    const signature = createHmac('sha512', this.signingKey).update(`${header}.${payload}`).digest();
    return `${header}.${payload}.${base64url(signature)}`;
  }
}
