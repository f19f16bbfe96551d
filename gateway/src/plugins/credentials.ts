import {
  type SessionRevocationList,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ANONYMOUS,
  INTERNAL_IDENTITY_HEADER,
  ROLES,
  signInternalIdentity,
  verifyInternalIdentity,
  type Identity,
  type Role,
  type Scope,
} from '@capstone/auth';
import { unauthenticated, type Message } from '@capstone/errors';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';

export interface AuthenticatorOptions {
  /** Base URL of the accounts subgraph (its JWKS and API-key check live there). */
  accountsBaseUrl: string;
  internalSecret: string;
  apiKeyCacheSeconds: number;
  /** Revoked sessions (log-out, refresh-token reuse): their access tokens are refused. */
  revokedSessions?: SessionRevocationList;
}

export const INTERNAL_IDENTITY_ON_PUBLIC_LISTENER = {
  ko: '내부 서비스 신원(x-capstone-identity)은 공개 엔드포인트에서 받지 않습니다',
  en: 'An internal identity (x-capstone-identity) is not accepted on the public endpoint',
};

/** Where a request came in: the public listener, or the internal one for platform services. */
export type Listener = 'public' | 'internal';

const API_KEY_PREFIX = 'ck_';

const refuse = (message: Message, status = 401) => unauthenticated(message, { http: { status } });

interface VerifiedToken {
  identity: Identity;
  expiresAt: number;
  /** The session (`sid`) the token belongs to; tokens issued before sessions had ids have none. */
  sessionId?: string;
}

/**
 * Works out who sent a request: an access token (verified against accounts' JWKS), an API
 * key (asked of accounts, cached briefly), or nobody. A credential that does not verify is
 * refused outright rather than treated as anonymous.
 */
export function createAuthenticator({
  accountsBaseUrl,
  internalSecret,
  apiKeyCacheSeconds,
  revokedSessions,
}: AuthenticatorOptions) {
  const jwks = createRemoteJWKSet(new URL('/.well-known/jwks.json', accountsBaseUrl), {
    cooldownDuration: 30_000,
    timeoutDuration: 3_000,
  });
  const apiKeys = new LRUCache<string, Identity>({
    max: 10_000,
    ttl: Math.max(apiKeyCacheSeconds, 0) * 1000 || 1,
  });

  // An access token is verified once and its identity kept until it expires (ES256 is costly).
  const accessTokens = new LRUCache<string, VerifiedToken>({ max: 50_000 });

  async function fromAccessToken(token: string): Promise<Identity> {
    let verified = accessTokens.get(token);
    if (!verified || verified.expiresAt <= Date.now() / 1000) {
      verified = await verifyAccessToken(token);
      accessTokens.set(token, verified);
    }
    // Checked on every request, not cached with the token: a session logged out a moment ago
    // must stop working now, not when its access token expires.
    if (await revokedSessions?.isRevoked(verified.sessionId)) {
      throw refuse({
        ko: '이 세션은 로그아웃되었거나 취소되었습니다. 다시 로그인하세요',
        en: 'This session has been logged out or revoked; sign in again',
      });
    }
    return verified.identity;
  }

  async function verifyAccessToken(token: string): Promise<VerifiedToken> {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: ['ES256'],
      });
      const role = payload.role as Role;
      if (!payload.sub || !ROLES.includes(role) || !payload.exp) {
        throw refuse('The access token is malformed');
      }
      return {
        identity: { kind: 'user', userId: payload.sub, role },
        expiresAt: payload.exp,
        sessionId: typeof payload.sid === 'string' ? payload.sid : undefined,
      };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof errors.JWTExpired)
        throw refuse('The access token has expired; refresh the session');
      if (error instanceof errors.JOSEError) throw refuse('The access token is not valid');
      throw refuse('The access token could not be checked right now; try again', 503);
    }
  }

  async function fromApiKey(key: string): Promise<Identity> {
    const cached = apiKeyCacheSeconds > 0 ? apiKeys.get(key) : undefined;
    if (cached) return cached;
    let response: Response;
    try {
      response = await fetch(new URL('/internal/api-keys/verify', accountsBaseUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(ANONYMOUS, internalSecret),
        },
        body: JSON.stringify({ key }),
        signal: AbortSignal.timeout(3_000),
      });
    } catch {
      throw refuse('The API key could not be checked right now; try again', 503);
    }
    if (response.status === 401) throw refuse('The API key is not valid');
    if (!response.ok) throw refuse('The API key could not be checked right now; try again', 503);
    const verified = (await response.json()) as {
      userId: string;
      role: Role;
      keyId: string;
      scopes: Scope[];
    };
    const identity: Identity = { kind: 'apiKey', ...verified };
    if (apiKeyCacheSeconds > 0) apiKeys.set(key, identity);
    return identity;
  }

  return async function authenticate(request: Request, listener: Listener): Promise<Identity> {
    // Services asking on a user's behalf (portfolio fetching prices, scenario, ai) pass on the
    // identity they were given, signed with the shared secret, to the internal listener only.
    // On the public listener the header is refused outright: whoever learnt the secret (or the
    // development default) must not be able to walk in through the public door.
    const forwarded = request.headers.get(INTERNAL_IDENTITY_HEADER);
    if (forwarded && listener !== 'internal') {
      throw refuse(INTERNAL_IDENTITY_ON_PUBLIC_LISTENER);
    }
    if (forwarded) {
      try {
        return await verifyInternalIdentity(forwarded, internalSecret);
      } catch {
        throw refuse('The forwarded identity is not valid');
      }
    }
    const apiKeyHeader = request.headers.get('x-api-key');
    if (apiKeyHeader) return fromApiKey(apiKeyHeader.trim());
    const authorization = request.headers.get('authorization');
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw refuse('Send credentials as `Authorization: Bearer <token>`', 401);
    const credential = match[1]!;
    return credential.startsWith(API_KEY_PREFIX)
      ? fromApiKey(credential)
      : fromAccessToken(credential);
  };
}
