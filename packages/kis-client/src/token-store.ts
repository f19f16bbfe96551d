import type { Redis } from 'ioredis';

export interface CachedToken {
  accessToken: string;
  expiresAt: Date;
  issuedAt: Date;
}

/**
 * Where access tokens outlive the process. KIS notifies the account holder (KakaoTalk) on every
 * issue and allows one a minute, so a restart must reuse yesterday's token rather than ask again.
 * Keys are `${env}:${appKey}`.
 */
export interface KisTokenStore {
  get(key: string): Promise<CachedToken | null>;
  set(key: string, token: CachedToken): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Per-process store: enough for tests and for a single long-running worker. */
export function memoryTokenStore(): KisTokenStore {
  const tokens = new Map<string, CachedToken>();
  return {
    get: async (key) => tokens.get(key) ?? null,
    set: async (key, token) => {
      tokens.set(key, { ...token });
    },
    delete: async (key) => {
      tokens.delete(key);
    },
  };
}

interface StoredToken {
  accessToken: string;
  expiresAt: string;
  issuedAt: string;
}

function isStoredToken(value: unknown): value is StoredToken {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.accessToken === 'string' &&
    typeof record.expiresAt === 'string' &&
    typeof record.issuedAt === 'string'
  );
}

/**
 * Shared by every process that uses the same Redis. Entries expire after the token's lifetime;
 * an unreadable entry counts as absent.
 */
export function redisTokenStore(redis: Redis, options: { prefix: string }): KisTokenStore {
  const redisKey = (key: string) => `${options.prefix}${key}`;
  return {
    async get(key) {
      const text = await redis.get(redisKey(key));
      if (text === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return null;
      }
      if (!isStoredToken(parsed)) return null;
      const token = {
        accessToken: parsed.accessToken,
        expiresAt: new Date(parsed.expiresAt),
        issuedAt: new Date(parsed.issuedAt),
      };
      return Number.isNaN(token.expiresAt.getTime()) || Number.isNaN(token.issuedAt.getTime())
        ? null
        : token;
    },
    async set(key, token) {
      // The entry's lifetime is the token's, measured on the token's own clock (the client's
      // `now` may be simulated); readers check `expiresAt` anyway, this only collects garbage.
      const ttlMs = token.expiresAt.getTime() - token.issuedAt.getTime();
      if (ttlMs <= 0) return;
      const stored: StoredToken = {
        accessToken: token.accessToken,
        expiresAt: token.expiresAt.toISOString(),
        issuedAt: token.issuedAt.toISOString(),
      };
      await redis.set(redisKey(key), JSON.stringify(stored), 'PX', ttlMs);
    },
    async delete(key) {
      await redis.del(redisKey(key));
    },
  };
}
