import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { Histogram, type Registry } from 'prom-client';
import { checkReadiness, type ReadinessCheck } from './health.js';
import type { Logger } from './logger.js';
import {
  REQUEST_ID_HEADER,
  requestContext,
  requestIdOf,
  type RequestContext,
} from './request-context.js';

interface SerializedRequest {
  id: string;
  method: string;
  url: string;
  remoteAddress: string;
  headers: Record<string, string | undefined>;
}

/**
 * Faults of ours (5xx) are errors; a caller over its rate limit is worth a warning; any other
 * client error (4xx) is the caller's ordinary mistake, logged as information. A routine request
 * that succeeds is debug.
 */
export function accessLogLevel(
  status: number,
  error: unknown,
  context: Pick<RequestContext, 'routine'> | undefined,
): 'debug' | 'info' | 'warn' | 'error' {
  if (error || status >= 500) return 'error';
  if (status === 429) return 'warn';
  if (status < 400 && context?.routine) return 'debug';
  return 'info';
}

export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface ObserveOptions {
  logger: Logger;
  registry: Registry;
  checks: readonly ReadinessCheck[];
}

const OPERATIONAL_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Wraps a service's request handler with what every service must have: a request id
 * that follows the request (header, logs), an access log, request metrics, and
 * `/healthz`, `/readyz` and `/metrics`.
 */
export function observe(handler: NodeHandler, options: ObserveOptions): NodeHandler {
  const { logger, registry, checks } = options;
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // The store of each request's context, for the access log, which is written after it ends.
  const contexts = new WeakMap<IncomingMessage, RequestContext>();
  const accessLog = pinoHttp({
    logger,
    genReqId: (request, response) => {
      const id = requestIdOf(request);
      response.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // Probes and scrapes arrive every few seconds; logging them would drown the real traffic.
    autoLogging: { ignore: (request) => OPERATIONAL_PATHS.has(pathOf(request)) },
    customLogLevel: (request, response, error) =>
      accessLogLevel(response.statusCode, error, contexts.get(request)),
    // What a person reads in a line: no headers, so no credentials either.
    serializers: {
      req: (request: SerializedRequest) => ({
        id: request.id,
        method: request.method,
        url: request.url,
        remoteAddress: request.remoteAddress,
        userAgent: request.headers['user-agent'],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });

  return (request, response) => {
    accessLog(request, response);
    const requestId = String(request.id);
    const path = pathOf(request);
    const stopTimer = duration.startTimer({ method: request.method ?? 'GET' });
    response.once('finish', () =>
      stopTimer({ route: routeLabel(path), status: String(response.statusCode) }),
    );
    const context: RequestContext = { requestId };
    contexts.set(request, context);
    return requestContext.run(context, async () => {
      switch (path) {
        case '/healthz':
          return sendJson(response, 200, { status: 'ok' });
        case '/readyz': {
          const report = await checkReadiness(checks);
          return sendJson(response, report.ready ? 200 : 503, {
            status: report.ready ? 'ready' : 'unready',
            checks: report.checks,
          });
        }
        case '/metrics':
          // Metrics tell an attacker a lot (operations, error rates, sizes): they are served on
          // the metrics port only (serveMetrics), never next to the public API.
          return sendJson(response, 404, {
            error: 'Metrics are served on the metrics port, not here',
          });
        default:
          return handler(request, response);
      }
    });
  };
}

/**
 * The metrics listener's handler: `/metrics` (with `Authorization: Bearer <token>` when a token
 * is set) and `/healthz`, nothing else. It runs on its own port, 9000 + (port − 4000).
 */
export function serveMetrics(registry: Registry, token?: string): NodeHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  const authorised = (header: string | undefined) => {
    if (!expected) return true;
    const given = Buffer.from(header ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return async (request, response) => {
    const path = pathOf(request);
    if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (path !== '/metrics') return sendJson(response, 404, { error: 'Only /metrics is here' });
    if (!authorised(request.headers.authorization)) {
      response.setHeader('www-authenticate', 'Bearer');
      return sendJson(response, 401, { error: 'Send the metrics token as a Bearer token' });
    }
    const body = await registry.metrics();
    response.writeHead(200, { 'content-type': registry.contentType });
    response.end(body);
  };
}

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** Keeps the label set small: unknown paths collapse into one label. */
function routeLabel(path: string): string {
  if (
    OPERATIONAL_PATHS.has(path) ||
    path === '/graphql' ||
    path === '/mcp' ||
    path === '/api/chat'
  ) {
    return path;
  }
  return 'other';
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
