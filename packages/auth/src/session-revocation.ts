import { LRUCache } from 'lru-cache';

/**
 * Revoked sessions, shared by the accounts subgraph (which revokes: log-out, refresh-token
 * reuse, sign-out everywhere) and the gateway (which refuses a revoked session's access tokens
 * until they expire). A session is a refresh-token family; its id is the access token's `sid`.
 *
 * The contract, in Redis (prefix = REDIS_KEY_PREFIX, or DATABASE_PREFIX; see redisKeyPrefix):
 * - key `<prefix>:revoked-session:<sessionId>` = "1", expiring after the access-token lifetime
 *   (no access token of the session outlives it);
 * - channel `<prefix>:session-revoked`, one message per revoked session id, so gateways learn
 *   of it at once rather than on their next look-up.
 *
 * Without Redis, revocations are kept in this process only: enough when the platform runs in
 * one process (`npm start`, the test platform), not across separate processes.
 */

/** The parts of an ioredis client this module uses, so that @capstone/auth needs no Redis client. */
export interface RevocationRedis {
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
  exists(...keys: string[]): Promise<number>;
  publish(channel: string, message: string): Promise<unknown>;
  /** A second connection for the subscription (a subscribed connection can do nothing else). */
  duplicate(): RevocationSubscriber;
}

export interface RevocationSubscriber {
  subscribe(channel: string): Promise<unknown>;
  on(event: 'message', listener: (channel: string, message: string) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  disconnect(): void;
}

export const sessionRevocationKey = (prefix: string, sessionId: string) =>
  `${prefix}:revoked-session:${sessionId}`;
export const sessionRevokedChannel = (prefix: string) => `${prefix}:session-revoked`;

export interface RevokeSessionsOptions {
  /** Redis, when the deployment has one; undefined keeps the revocation in this process. */
  redis: RevocationRedis | undefined;
  /** The deployment's Redis prefix (redisKeyPrefix(config)). */
  prefix: string;
  /** The access-token lifetime (ACCESS_TOKEN_TTL_SECONDS): how long the revocation must last. */
  ttlSeconds: number;
}

/** Revocations made without Redis, seen by every revocation list in this process. */
const local = new Map<string, LRUCache<string, true>>();
function localFor(prefix: string, ttlSeconds: number): LRUCache<string, true> {
  let cache = local.get(prefix);
  if (!cache) {
    cache = new LRUCache<string, true>({ max: 100_000, ttl: ttlSeconds * 1000 });
    local.set(prefix, cache);
  }
  return cache;
}
const localListeners = new Set<(prefix: string, sessionId: string) => void>();

/**
 * Marks sessions revoked, so that gateways refuse their access tokens from now on. Call it
 * after the refresh tokens are revoked in the database (log-out, reuse detection, sign-out
 * everywhere, password change). With Redis it sets the key and publishes the id; a Redis
 * failure is thrown, so the caller can decide whether log-out still succeeds.
 */
export async function revokeSessions(
  sessionIds: readonly string[],
  { redis, prefix, ttlSeconds }: RevokeSessionsOptions,
): Promise<void> {
  const ids = [...new Set(sessionIds)].filter((id) => id.length > 0);
  const cache = localFor(prefix, ttlSeconds);
  for (const id of ids) {
    cache.set(id, true, { ttl: ttlSeconds * 1000 });
    for (const listener of localListeners) listener(prefix, id);
  }
  if (!redis) return;
  const ttl = Math.max(1, Math.ceil(ttlSeconds));
  for (const id of ids) {
    await redis.set(sessionRevocationKey(prefix, id), '1', 'EX', ttl);
    await redis.publish(sessionRevokedChannel(prefix), id);
  }
}

export interface SessionRevocationList {
  /** Whether the session has been revoked (false for tokens issued without a session id). */
  isRevoked(sessionId: string | undefined): Promise<boolean>;
  close(): void;
}

export interface SessionRevocationListOptions extends RevokeSessionsOptions {
  /**
   * How long a "not revoked" answer from Redis is believed, in milliseconds. Pub/sub tells the
   * list of a revocation at once; this bounds the delay when a message is missed (a reconnect).
   */
  recheckAfterMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * The gateway's view of revoked sessions: what pub/sub and this process told it (kept for the
 * access-token lifetime), then Redis, whose "not revoked" is remembered for under a second.
 * When Redis cannot be asked the request is not refused: revocation then rests on pub/sub and
 * on the access token's short life, as before.
 */
export function createSessionRevocationList({
  redis,
  prefix,
  ttlSeconds,
  recheckAfterMs = 500,
  onError = () => {},
}: SessionRevocationListOptions): SessionRevocationList {
  const revoked = localFor(prefix, ttlSeconds);
  const notRevoked = new LRUCache<string, true>({ max: 100_000, ttl: recheckAfterMs });
  const onLocal = (from: string, id: string) => {
    if (from === prefix) notRevoked.delete(id);
  };
  localListeners.add(onLocal);

  let subscriber: RevocationSubscriber | undefined;
  if (redis) {
    subscriber = redis.duplicate();
    const channel = sessionRevokedChannel(prefix);
    subscriber.on('error', onError);
    subscriber.on('message', (from, id) => {
      if (from !== channel) return;
      revoked.set(id, true, { ttl: ttlSeconds * 1000 });
      notRevoked.delete(id);
    });
    subscriber.subscribe(channel).catch(onError);
  }

  return {
    async isRevoked(sessionId) {
      if (!sessionId) return false;
      if (revoked.has(sessionId)) return true;
      if (!redis || notRevoked.has(sessionId)) return false;
      try {
        if ((await redis.exists(sessionRevocationKey(prefix, sessionId))) > 0) {
          revoked.set(sessionId, true, { ttl: ttlSeconds * 1000 });
          return true;
        }
      } catch (error) {
        onError(error);
        return false;
      }
      notRevoked.set(sessionId, true);
      return false;
    },
    close() {
      localListeners.delete(onLocal);
      subscriber?.disconnect();
    },
  };
}
