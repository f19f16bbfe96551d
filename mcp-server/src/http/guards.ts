import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { SCOPES } from '@capstone/auth';
import { preferredLanguage, type Language } from '@capstone/errors';
import type { Credentials } from '../gateway.js';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

const hostnameOf = (host: string): string => {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return '';
  }
};

/**
 * DNS rebinding: a web page whose name resolves to this machine must not reach the server. A
 * browser's `Origin` must be one of the web origins or on this machine; a server listening on
 * this machine only also insists on a loopback `Host`. Gives back why a request is refused.
 */
export function refusedOrigin(
  request: IncomingMessage,
  options: { allowedOrigins: readonly string[]; listensOnLoopback: boolean },
): string | undefined {
  const origin = request.headers.origin;
  if (origin && origin !== 'null' && !options.allowedOrigins.includes(origin)) {
    let hostname = '';
    try {
      hostname = new URL(origin).hostname;
    } catch {
      // An origin that is not a URL is refused below.
    }
    if (!LOOPBACK_NAMES.has(hostname)) return `Origin ${origin} is not allowed`;
  }
  if (options.listensOnLoopback) {
    const host = request.headers.host ?? '';
    if (!LOOPBACK_NAMES.has(hostnameOf(host))) return `Host ${host} is not this machine`;
  }
  return undefined;
}

export const isLoopback = (host: string): boolean => LOOPBACK_NAMES.has(host);

/** The language the caller reads, from their `Accept-Language`: Korean unless they prefer English. */
export function languageOf(headers: IncomingHttpHeaders): Language {
  const header = headers['accept-language'];
  return preferredLanguage(typeof header === 'string' ? header : undefined);
}

/** The caller's credentials, passed on to the gateway unchanged. */
export function credentialsOf(headers: IncomingHttpHeaders): Credentials {
  const credentials: Credentials = {};
  if (typeof headers.authorization === 'string') credentials.authorization = headers.authorization;
  if (typeof headers['x-api-key'] === 'string') credentials['x-api-key'] = headers['x-api-key'];
  return credentials;
}

export const PROTECTED_RESOURCE_PATH = '/.well-known/oauth-protected-resource';

/** Where this server is reached, as the client addressed it (a proxy may say so). */
export function publicBase(request: IncomingMessage): string {
  const forwarded = request.headers['x-forwarded-proto'];
  const protocol = typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim() : 'http';
  return `${protocol}://${request.headers.host ?? '127.0.0.1'}`;
}

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728) for /mcp, as the MCP authorization
 * specification asks: which authorization server issues the tokens it takes (accounts), and how
 * to send them. API keys (`ck_…`) go the same way, as bearer tokens.
 */
export function protectedResourceMetadata(request: IncomingMessage, accountsIssuer: string) {
  return {
    resource: `${publicBase(request)}/mcp`,
    authorization_servers: [accountsIssuer],
    bearer_methods_supported: ['header'],
    scopes_supported: [...SCOPES],
    resource_name: 'capstone-trading MCP server',
  };
}

/** 401 with the challenge that points MCP clients at the metadata above. */
export function challenge(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(401, {
    'content-type': 'application/json',
    'www-authenticate': `Bearer realm="capstone-trading", resource_metadata="${publicBase(request)}${PROTECTED_RESOURCE_PATH}/mcp"`,
  });
  response.end(
    JSON.stringify({
      jsonrpc: '2.0',
      id: null,
      error: {
        code: -32001,
        message:
          '로그인이 필요합니다 / Unauthorized: send Authorization: Bearer <user access token or API key>',
      },
    }),
  );
}
