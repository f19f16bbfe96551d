import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { INTERNAL_IDENTITY_HEADER } from '@capstone/auth';
import type { Env } from '@capstone/config';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';

const DEFAULT_MANIFEST = new URL('../../trusted-documents.json', import.meta.url);

/** Reads a manifest of sha256 -> operation, refusing entries whose text does not hash to their key. */
export function readTrustedDocuments(path: string | URL = DEFAULT_MANIFEST): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  for (const [hash, document] of Object.entries(manifest)) {
    if (createHash('sha256').update(document).digest('hex') !== hash) {
      throw new Error(`Trusted document ${hash} does not match its text; rebuild the manifest`);
    }
  }
  return new Map(Object.entries(manifest));
}

/**
 * Trusted documents: the web app sends operations by hash, from the manifest it was built
 * with. Partners (API keys) and platform services (forwarded identities) may send any
 * operation, still held to the document limits. Off unless enforced (the production default).
 */
export function useTrustedDocuments(config: Env) {
  const enforce =
    (config.TRUSTED_DOCUMENTS ?? (config.NODE_ENV === 'production' ? 'enforce' : 'off')) ===
    'enforce';
  const documents = readTrustedDocuments(config.TRUSTED_DOCUMENTS_MANIFEST);
  return usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    allowArbitraryOperations: (request) =>
      !enforce ||
      request.headers.has('x-api-key') ||
      /^Bearer\s+ck_/i.test(request.headers.get('authorization') ?? '') ||
      request.headers.has(INTERNAL_IDENTITY_HEADER),
    customErrors: {
      notFound: {
        message: 'Unknown trusted document',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } },
      },
      persistedQueryOnly: {
        message: 'Only trusted documents may be sent here; send an API key to run other operations',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
      },
    },
  });
}
