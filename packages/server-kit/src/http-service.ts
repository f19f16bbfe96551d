import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsPortFor } from '@capstone/config';
import {
  observe,
  serveMetrics,
  type Logger,
  type NodeHandler,
  type ReadinessCheck,
} from '@capstone/observability';
import type { Registry } from 'prom-client';

export interface HttpServiceOptions {
  name: string;
  host: string;
  /** 0 picks a free port, which the returned `port` reports. */
  port: number;
  handler: NodeHandler;
  logger: Logger;
  registry: Registry;
  checks?: readonly ReadinessCheck[];
  /** Released after the server stops taking requests: pools, clients, timers. */
  onClose?: () => Promise<void> | void;
  /** Adds to the listening server what plain request handling cannot: WebSocket endpoints. */
  attach?: (server: Server) => { close: () => Promise<void> };
  /**
   * The port /metrics is served on, apart from the public port; unset: 9000 + (port − 4000)
   * (web 9080), or any free port when `port` is 0.
   */
  metricsPort?: number;
  /** With a token, a scrape must send `Authorization: Bearer <token>` (METRICS_TOKEN). */
  metricsToken?: string;
  /**
   * A second listener for callers inside the platform (the gateway's, for signed identities),
   * with the same health endpoints in front of its own handler.
   */
  internal?: { host?: string; port: number; handler: NodeHandler };
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  /** Where /metrics is served (`http://host:port`). */
  metricsUrl: string;
  /** The internal listener's base URL, when the service has one. */
  internalUrl?: string;
  server: Server;
  close: () => Promise<void>;
}

const DRAIN_TIMEOUT_MS = 5_000;
// Node's default of 511 pending connections overflows when thousands of clients (a fan-out of
// subscribers, a gateway opening streams) connect at once; the kernel then drops or resets them.
const LISTEN_BACKLOG = 4_096;

/** Listens with the operational endpoints in front of `handler`, and closes gracefully. */
export async function startHttpService(options: HttpServiceOptions): Promise<RunningService> {
  const { name, host, handler, logger, registry, checks = [], onClose, attach } = options;
  // One observed handler (its metrics are registered once) for both listeners; a request from
  // the internal listener goes to the internal handler.
  const internalRequests = new WeakSet<IncomingMessage>();
  const observed = observe(
    (request, response) =>
      options.internal && internalRequests.has(request)
        ? options.internal.handler(request, response)
        : handler(request, response),
    { logger, registry, checks },
  );
  const server = createServer(observed);
  await listen(server, host, options.port);
  const attached = attach?.(server);
  const { port } = server.address() as AddressInfo;
  const url = urlOf(host, port);
  logger.info({ url }, `${name} listening`);

  const metricsServer = createServer(serveMetrics(registry, options.metricsToken));
  const internalServer = options.internal
    ? createServer((request, response) => {
        internalRequests.add(request);
        return observed(request, response);
      })
    : undefined;
  const extra = [metricsServer, internalServer].filter((s): s is Server => s !== undefined);
  let metricsUrl: string;
  let internalUrl: string | undefined;
  let attachedInternal: { close: () => Promise<void> } | undefined;
  try {
    await listen(metricsServer, host, options.metricsPort ?? metricsPortFor(name, options.port));
    metricsUrl = urlOf(host, (metricsServer.address() as AddressInfo).port);
    if (internalServer && options.internal) {
      const internalHost = options.internal.host ?? host;
      await listen(internalServer, internalHost, options.internal.port);
      internalUrl = urlOf(internalHost, (internalServer.address() as AddressInfo).port);
      logger.info({ url: internalUrl }, `${name} internal listener`);
      // Its callers subscribe too (the MCP server follows simulation progress).
      attachedInternal = attach?.(internalServer);
    }
  } catch (error) {
    await attached?.close();
    await attachedInternal?.close();
    for (const other of [server, ...extra]) if (other.listening) other.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      // WebSocket connections left the HTTP server when they upgraded; close them first.
      await attached?.close();
      await attachedInternal?.close();
      server.closeIdleConnections();
      // Long-lived streams (subscriptions, SSE) would hold the close forever; give them a moment.
      const forceClose = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearTimeout(forceClose);
      for (const other of extra) other.closeAllConnections();
      await Promise.all(
        extra.map((other) => new Promise<void>((resolve) => other.close(() => resolve()))),
      );
      await onClose?.();
      logger.info(`${name} stopped`);
    })();
    return closing;
  };
  return { name, url, port, metricsUrl, internalUrl, server, close };
}

function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function listen(server: Server, host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
