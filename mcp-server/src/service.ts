import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { gatewayUrl, servicePort, subgraphUrl, type Env } from '@capstone/config';
import { createLogger, createMetricsRegistry, sendJson } from '@capstone/observability';
import { startHttpService, type RunningService } from '@capstone/server-kit';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { gatewayFor } from './gateway.js';
import { createChatEndpoint } from './http/chat.js';
import {
  PROTECTED_RESOURCE_PATH,
  challenge,
  credentialsOf,
  languageOf,
  isLoopback,
  protectedResourceMetadata,
  refusedOrigin,
} from './http/guards.js';
import { isModernRequest, serveModern } from './http/modern.js';
import { createMcpServer } from './server.js';
import { parseToolsets } from './tools/registry.js';
import { RunTaskStore } from './tools/tasks.js';

const MAX_BODY_BYTES = 1_048_576;
const SESSION_IDLE_MS = 30 * 60_000;
const MAX_SESSIONS = 1_000;

const rpcError = (code: number, message: string) => ({
  jsonrpc: '2.0',
  id: null,
  error: { code, message },
});

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new SyntaxError(`The body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const CORS_HEADERS = {
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers':
    'authorization, content-type, accept, x-api-key, mcp-protocol-version, mcp-method, mcp-name, mcp-session-id, last-event-id',
  'access-control-expose-headers': 'www-authenticate, mcp-session-id, mcp-protocol-version',
  'access-control-max-age': '600',
};

/**
 * The MCP server over Streamable HTTP at /mcp (both protocol eras, stateless), its OAuth
 * Protected Resource Metadata, and the chat at /api/chat.
 */
export async function startMcpService({
  config,
  port,
}: {
  config: Env;
  port?: number;
}): Promise<RunningService> {
  const logger = createLogger('mcp-server', config.LOG_LEVEL);
  const registry = createMetricsRegistry('mcp-server');
  const gateway = gatewayUrl(config);
  const accountsIssuer = new URL(subgraphUrl(config, 'accounts')).origin;
  const guard = { allowedOrigins: config.CORS_ORIGINS, listensOnLoopback: isLoopback(config.HOST) };
  const chat = createChatEndpoint({
    gatewayUrl: gateway,
    llm: config.LLM_BASE_URL
      ? { baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY ?? '', model: config.LLM_MODEL }
      : undefined,
  });

  /**
   * 2025-11-25 sessions, for clients that want one (several streams, a GET stream): each holds
   * a server whose every request acts with that request's own credentials, so a session grants
   * nothing by itself. Idle ones are dropped; a client whose session is gone starts a new one.
   */
  const sessions = new Map<string, { transport: StreamableHTTPServerTransport; seen: number }>();
  const sweep = setInterval(() => {
    for (const session of sessions.values()) {
      if (Date.now() - session.seen > SESSION_IDLE_MS) void session.transport.close();
    }
  }, 60_000);
  sweep.unref();
  // Tasks live in the session that made them (the SDK scopes them by session id).
  const taskStore = new RunTaskStore();
  // MCP has no language per call: each HTTP request's Accept-Language decides (Korean by default).
  const perRequest = (headers: IncomingHttpHeaders) =>
    gatewayFor(gateway, credentialsOf(headers), { language: languageOf(headers) });

  async function serveMcp(request: IncomingMessage, response: ServerResponse, url: URL) {
    const credentials = credentialsOf(request.headers);
    if (Object.keys(credentials).length === 0) return challenge(request, response);
    const sessionId = request.headers['mcp-session-id'];
    const session = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
    if (typeof sessionId === 'string' && !session) {
      return sendJson(response, 404, rpcError(-32001, 'Session not found; initialize again'));
    }
    if (request.method !== 'POST' && !session) {
      // Without a session there is no stream to open (GET) and nothing to end (DELETE).
      response.writeHead(405, { allow: 'POST', 'content-type': 'application/json' });
      response.end(
        JSON.stringify(rpcError(-32000, 'Without a session this endpoint takes POST only')),
      );
      return;
    }
    let toolsets;
    let body: unknown;
    try {
      toolsets = parseToolsets(url.searchParams.get('toolsets') ?? config.MCP_TOOLSETS);
      if (request.method === 'POST') body = await readJson(request);
    } catch (error) {
      return sendJson(response, 400, rpcError(-32700, (error as Error).message));
    }
    if (session) {
      session.seen = Date.now();
      return session.transport.handleRequest(request, response, body);
    }
    if (isModernRequest(request, body)) {
      const server = createMcpServer({ gateway: perRequest(request.headers), toolsets });
      return serveModern(request, response, body, server);
    }
    if (isInitializeRequest(body) && sessions.size < MAX_SESSIONS) {
      const server = createMcpServer({ gateway: perRequest, toolsets, taskStore });
      const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: randomUUID,
        onsessioninitialized: (id) => void sessions.set(id, { transport, seen: Date.now() }),
      });
      transport.onclose = () => {
        if (transport.sessionId) sessions.delete(transport.sessionId);
        void server.close();
      };
      await server.connect(transport);
      return transport.handleRequest(request, response, body);
    }
    // Stateless: a server for this one request.
    const server = createMcpServer({ gateway: perRequest, toolsets });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    response.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(request, response, body);
  }

  return startHttpService({
    name: 'mcp-server',
    host: config.HOST,
    metricsToken: config.METRICS_TOKEN,
    port: port ?? servicePort(config, 'mcp-server'),
    logger,
    registry,
    onClose: async () => {
      clearInterval(sweep);
      taskStore.cleanup();
      await Promise.all([...sessions.values()].map((session) => session.transport.close()));
    },
    handler: async (request, response) => {
      const url = new URL(request.url ?? '/', 'http://mcp-server');
      const origin = request.headers.origin;
      if (origin && config.CORS_ORIGINS.includes(origin)) {
        response.setHeader('access-control-allow-origin', origin);
        response.setHeader('vary', 'Origin');
        for (const [name, value] of Object.entries(CORS_HEADERS)) response.setHeader(name, value);
      }
      if (url.pathname.startsWith(PROTECTED_RESOURCE_PATH)) {
        return sendJson(response, 200, protectedResourceMetadata(request, accountsIssuer));
      }
      if (url.pathname !== '/mcp' && url.pathname !== '/api/chat') {
        return sendJson(response, 404, {
          error: 'Not found; the MCP endpoint is /mcp and the chat is POST /api/chat',
        });
      }
      const refused = refusedOrigin(request, guard);
      if (refused) {
        return sendJson(response, 403, {
          jsonrpc: '2.0',
          id: null,
          error: { code: -32000, message: `Forbidden: ${refused}` },
        });
      }
      if (request.method === 'OPTIONS') {
        response.writeHead(204).end();
        return;
      }
      if (url.pathname === '/mcp') return serveMcp(request, response, url);
      if (request.method !== 'POST') {
        return sendJson(response, 405, {
          error: { code: 'METHOD_NOT_ALLOWED', message: 'POST only' },
        });
      }
      const credentials = credentialsOf(request.headers);
      if (Object.keys(credentials).length === 0) {
        return sendJson(response, 401, {
          error: {
            code: 'UNAUTHENTICATED',
            message: 'Send Authorization: Bearer <token or API key>',
          },
        });
      }
      let body: unknown;
      try {
        body = await readJson(request);
      } catch (error) {
        return sendJson(response, 400, {
          error: {
            code: 'BAD_REQUEST',
            field: 'body',
            message: `The body is not JSON: ${(error as Error).message}`,
          },
        });
      }
      return chat(request, response, body, credentials, (status, json) =>
        sendJson(response, status, json),
      );
    },
  });
}
