import { SignJWT, errors, jwtVerify, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { ANONYMOUS, type Identity } from './identity.js';
import { ROLES, isScope, type Role } from './scopes.js';

/** The header the gateway puts the identity in, for subgraphs to verify. */
export const INTERNAL_IDENTITY_HEADER = 'x-capstone-identity';
/** The caller's address as the gateway saw it; subgraphs trust it because only the gateway reaches them. */
export const CLIENT_IP_HEADER = 'x-capstone-client-ip';

const ISSUER = 'capstone-gateway';
const AUDIENCE = 'capstone-subgraphs';
/** Long enough for one request's fan-out, short enough that a leaked token is soon useless. */
const LIFETIME_SECONDS = 60;

export class InternalTokenError extends Error {
  override name = 'InternalTokenError';
}

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/**
 * Signing and verifying sit on every request's path (gateway and each subgraph it calls), so
 * both are remembered: a signed token is reused while it has more than half its life left, and
 * a verified token's identity is kept until it expires. Keyed by secret, so rotating it takes.
 */
const REUSE_WHILE_SECONDS_LEFT = LIFETIME_SECONDS / 2;
interface Signed {
  token: string;
  expiresAt: number;
}
const signedBySecret = new Map<string, LRUCache<string, Signed>>();
const verifiedBySecret = new Map<
  string,
  LRUCache<string, { identity: Identity; expiresAt: number }>
>();
function cacheFor<V extends object>(
  caches: Map<string, LRUCache<string, V>>,
  secret: string,
): LRUCache<string, V> {
  let cache = caches.get(secret);
  if (!cache) {
    cache = new LRUCache<string, V>({ max: 10_000 });
    caches.set(secret, cache);
  }
  return cache;
}

/** Signs the identity for the subgraphs (HS256 with the shared INTERNAL_JWT_SECRET). */
export async function signInternalIdentity(identity: Identity, secret: string): Promise<string> {
  const cache = cacheFor(signedBySecret, secret);
  const key = JSON.stringify(identity);
  const cached = cache.get(key);
  const now = Date.now() / 1000;
  if (cached && cached.expiresAt - now > REUSE_WHILE_SECONDS_LEFT) return cached.token;
  const token = await signFresh(identity, secret);
  cache.set(key, { token, expiresAt: Math.floor(now) + LIFETIME_SECONDS });
  return token;
}

async function signFresh(identity: Identity, secret: string): Promise<string> {
  const claims =
    identity.kind === 'anonymous'
      ? { kind: 'anonymous' }
      : identity.kind === 'user'
        ? { kind: 'user', role: identity.role }
        : { kind: 'apiKey', role: identity.role, kid: identity.keyId, scopes: identity.scopes };
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`);
  if (identity.kind !== 'anonymous') token.setSubject(identity.userId);
  return token.sign(keyOf(secret));
}

/** Verifies a token from the gateway; throws InternalTokenError for anything else. */
export async function verifyInternalIdentity(token: string, secret: string): Promise<Identity> {
  const cache = cacheFor(verifiedBySecret, secret);
  const cached = cache.get(token);
  if (cached && cached.expiresAt > Date.now() / 1000) return cached.identity;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    }));
  } catch (error) {
    const reason = error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    throw new InternalTokenError(`The internal identity token is ${reason}`);
  }
  const identity = identityOf(payload);
  cache.set(token, { identity, expiresAt: payload.exp ?? 0 });
  return identity;
}

function identityOf(payload: JWTPayload): Identity {
  if (payload.kind === 'anonymous') return ANONYMOUS;
  const role = payload.role as Role;
  if (!payload.sub || !ROLES.includes(role))
    throw new InternalTokenError('The identity is malformed');
  if (payload.kind === 'user') return { kind: 'user', userId: payload.sub, role };
  if (
    payload.kind === 'apiKey' &&
    Array.isArray(payload.scopes) &&
    typeof payload.kid === 'string'
  ) {
    return {
      kind: 'apiKey',
      userId: payload.sub,
      role,
      keyId: payload.kid,
      scopes: payload.scopes.filter(
        (scope): scope is never => typeof scope === 'string' && isScope(scope),
      ),
    };
  }
  throw new InternalTokenError('The identity is malformed');
}
