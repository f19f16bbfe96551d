import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';

/**
 * The two eras of MCP this server speaks on one endpoint:
 *
 * - legacy (2025-11-25 and earlier): an `initialize` handshake, then requests. SDK 1.32 serves
 *   these as they are.
 * - modern (2026-07-28): stateless; every request carries its protocol version and client
 *   capabilities in `_meta`, `server/discover` replaces `initialize`, every result has a
 *   `resultType`, list results say how long they may be cached (`ttlMs`, `cacheScope`).
 *   SDK 1.32 knows none of this, so this module adds it thinly over the SDK's request handling
 *   (see `handled` in server.ts and the HTTP binding in http/modern.ts).
 */
export const MODERN_VERSION = '2026-07-28';
export const SUPPORTED_VERSIONS: readonly string[] = [
  MODERN_VERSION,
  ...SUPPORTED_PROTOCOL_VERSIONS,
];

/**
 * The `_meta` key a tool call may name its language in (`ko` or `en`), where no HTTP request
 * carries an `Accept-Language`: the chat, calling its tools in process, in the chat's language.
 */
export const LANGUAGE_META = 'io.capstone/language';

export const META = {
  protocolVersion: 'io.modelcontextprotocol/protocolVersion',
  clientCapabilities: 'io.modelcontextprotocol/clientCapabilities',
  clientInfo: 'io.modelcontextprotocol/clientInfo',
  serverInfo: 'io.modelcontextprotocol/serverInfo',
} as const;

/** JSON-RPC error codes the 2026-07-28 revision defines. */
export const MODERN_ERRORS = {
  headerMismatch: -32020,
  missingRequiredClientCapability: -32021,
  unsupportedProtocolVersion: -32022,
} as const;

/** The protocol version a request declares in `_meta` (modern requests only). */
export function declaredVersion(meta: Record<string, unknown> | undefined): string | undefined {
  const version = meta?.[META.protocolVersion];
  return typeof version === 'string' ? version : undefined;
}

export const isModern = (meta: Record<string, unknown> | undefined): boolean =>
  declaredVersion(meta) !== undefined;

/**
 * How long each list or read result may be reused (2026-07-28 `CacheableResult`). Tools,
 * prompts and templates are the same for every caller; resources are the caller's own.
 */
export const CACHING: Record<string, { ttlMs: number; cacheScope: 'public' | 'private' }> = {
  'server/discover': { ttlMs: 3_600_000, cacheScope: 'public' },
  'tools/list': { ttlMs: 3_600_000, cacheScope: 'public' },
  'prompts/list': { ttlMs: 3_600_000, cacheScope: 'public' },
  'resources/templates/list': { ttlMs: 3_600_000, cacheScope: 'public' },
  'resources/list': { ttlMs: 30_000, cacheScope: 'private' },
  'resources/read': { ttlMs: 0, cacheScope: 'private' },
};
