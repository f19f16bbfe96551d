import {
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
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';

export interface AuthenticatorOptions {
  /** Base URL of the accounts subgraph (its JWKS and API-key check live there). */
  accountsBaseUrl: string;
  internalSecret: string;
  apiKeyCacheSeconds: number;
}

const API_KEY_PREFIX = 'ck_';

const refuse = (message: string, status = 401) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status } } });

/**
 * Works out who sent a request: an access token (verified against accounts' JWKS), an API
 * key (asked of accounts, cached briefly), or nobody. A credential that does not verify is
 * refused outright rather than treated as anonymous.
 */
export function createAuthenticator({
  accountsBaseUrl,
  internalSecret,
  apiKeyCacheSeconds,
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
  const accessTokens = new LRUCache<string, { identity: Identity; expiresAt: number }>({
    max: 50_000,
  });

  async function fromAccessToken(token: string): Promise<Identity> {
    const cached = accessTokens.get(token);
    if (cached && cached.expiresAt > Date.now() / 1000) return cached.identity;
    const { identity, expiresAt } = await verifyAccessToken(token);
    accessTokens.set(token, { identity, expiresAt });
    return identity;
  }

  async function verifyAccessToken(
    token: string,
  ): Promise<{ identity: Identity; expiresAt: number }> {
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
      return { identity: { kind: 'user', userId: payload.sub, role }, expiresAt: payload.exp };
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

  return async function authenticate(request: Request): Promise<Identity> {
    // Services asking on a user's behalf (portfolio fetching prices, the MCP server) pass on
    // the identity they were given, signed with the shared secret.
    const forwarded = request.headers.get(INTERNAL_IDENTITY_HEADER);
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
