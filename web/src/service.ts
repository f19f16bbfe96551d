import type { ServerResponse } from 'node:http';
import { publicGatewayUrl, servicePort, type Env } from '@capstone/config';
import { createLogger, createMetricsRegistry } from '@capstone/observability';
import { startHttpService, type RunningService } from '@capstone/server-kit';
import sirv from 'sirv';

/** What the browser needs to know about the platform, served as /config.js. */
export interface BrowserConfig {
  gatewayUrl: string;
  chatUrl: string;
}

export function browserConfig(config: Env, chatUrl?: string): BrowserConfig {
  return {
    gatewayUrl: publicGatewayUrl(config),
    chatUrl: chatUrl ?? `http://${config.HOST}:${servicePort(config, 'mcp-server')}/api/chat`,
  };
}

/** The origin of a URL and, for http(s), its WebSocket twin (graphql-ws runs on the same port). */
function connectSources(url: string): string[] {
  const { origin, protocol } = new URL(url);
  const socket = protocol === 'https:' ? 'wss:' : protocol === 'http:' ? 'ws:' : null;
  return socket ? [origin, origin.replace(protocol, socket)] : [origin];
}

/**
 * Headers on every response of the web server. The policy allows the page's own assets only
 * (scripts, styles, fonts and images all come from this server; /config.js is a file, not an
 * inline script) and network requests to the gateway (HTTP and WebSocket) and the chat.
 */
export function securityHeaders({ gatewayUrl, chatUrl }: BrowserConfig): Record<string, string> {
  const connect = [
    "'self'",
    // The chat streams over fetch (SSE), so it needs no WebSocket source.
    ...new Set([...connectSources(gatewayUrl), new URL(chatUrl).origin]),
  ];
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-security-policy': policy,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** Hashed build assets never change; everything else is checked on every visit. */
function cacheHeaders(response: ServerResponse, pathname: string) {
  response.setHeader(
    'cache-control',
    pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/** Serves the built dashboard (web/dist/public) with the operational endpoints of every service. */
export async function startWebService({
  config,
  port,
  chatUrl,
}: {
  config: Env;
  port?: number;
  /** Where the browser reaches the chat agent; defaults to the MCP server's configured port. */
  chatUrl?: string;
}): Promise<RunningService> {
  const logger = createLogger('web', config.LOG_LEVEL);
  const registry = createMetricsRegistry('web');
  const browser = browserConfig(config, chatUrl);
  const headers = Object.entries(securityHeaders(browser));
  const assets = sirv(
    config.WEB_ASSETS_DIR ?? new URL('../dist/public', import.meta.url).pathname,
    {
      single: true,
      etag: true,
      // The build writes .br and .gz beside each script and stylesheet.
      brotli: true,
      gzip: true,
      setHeaders: cacheHeaders,
    },
  );
  const service = await startHttpService({
    name: 'web',
    host: config.HOST,
    metricsToken: config.METRICS_TOKEN,
    port: port ?? servicePort(config, 'web'),
    logger,
    registry,
    handler: (request, response) => {
      if ((request.url ?? '').split('?')[0] === '/config.js') {
        response.writeHead(200, {
          'content-type': 'text/javascript; charset=utf-8',
          'cache-control': 'no-store',
        });
        response.end(`window.CAPSTONE_CONFIG = ${JSON.stringify(browser)};\n`);
        return;
      }
      return assets(request, response);
    },
  });
  // First listener, before the operational endpoints and the assets: every response has them.
  service.server.prependListener('request', (_request, response: ServerResponse) => {
    for (const [name, value] of headers) response.setHeader(name, value);
  });
  return service;
}
