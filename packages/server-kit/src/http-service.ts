import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  observe,
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
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
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
  const server = createServer(observe(handler, { logger, registry, checks }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const attached = attach?.(server);
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url }, `${name} listening`);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      // WebSocket connections left the HTTP server when they upgraded; close them first.
      await attached?.close();
      server.closeIdleConnections();
      // Long-lived streams (subscriptions, SSE) would hold the close forever; give them a moment.
      const forceClose = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearTimeout(forceClose);
      await onClose?.();
      logger.info(`${name} stopped`);
    })();
    return closing;
  };
  return { name, url, port, server, close };
}
