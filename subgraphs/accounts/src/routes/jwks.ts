import { sendJson, type NodeHandler } from '@capstone/observability';
import type { SigningKeys } from '../auth/signing-keys.js';

export const JWKS_PATH = '/.well-known/jwks.json';

/** The public keys that verify access tokens. */
export function jwksRoute(keys: SigningKeys): NodeHandler {
  return async (request, response) => {
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'Use GET' });
    const jwks = await keys.jwks();
    response.setHeader('cache-control', 'public, max-age=300');
    sendJson(response, 200, jwks);
  };
}
