import {
  INTERNAL_IDENTITY_HEADER,
  InternalTokenError,
  verifyInternalIdentity,
} from '@capstone/auth';
import { sendJson, type NodeHandler } from '@capstone/observability';
import { verifyApiKey } from '../auth/api-keys.js';
import type { PrismaClient } from '../prisma.js';

export const VERIFY_API_KEY_PATH = '/internal/api-keys/verify';
const MAX_BODY_BYTES = 1_024;

/** Lets the gateway (and only the gateway) ask who an API key belongs to. */
export function verifyApiKeyRoute(prisma: PrismaClient, internalSecret: string): NodeHandler {
  return async (request, response) => {
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'Use POST' });
    try {
      await verifyInternalIdentity(
        String(request.headers[INTERNAL_IDENTITY_HEADER] ?? ''),
        internalSecret,
      );
    } catch (error) {
      if (error instanceof InternalTokenError)
        return sendJson(response, 401, { error: 'Only the gateway may ask' });
      throw error;
    }
    let body = '';
    for await (const chunk of request) {
      body += chunk;
      if (body.length > MAX_BODY_BYTES)
        return sendJson(response, 413, { error: 'The body is too large' });
    }
    let key: unknown;
    try {
      key = (JSON.parse(body) as { key?: unknown }).key;
    } catch {
      return sendJson(response, 400, { error: 'The body must be JSON: {"key": "ck_..."}' });
    }
    if (typeof key !== 'string')
      return sendJson(response, 400, { error: '"key" must be a string' });
    const verified = await verifyApiKey(prisma, key);
    if (!verified) return sendJson(response, 401, { error: 'The API key is not valid' });
    sendJson(response, 200, verified);
  };
}
