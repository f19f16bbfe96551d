import type { IncomingMessage } from 'node:http';
import { gatewayUrl, servicePort, type Env } from '@capstone/config';
import { createLogger, createMetricsRegistry, sendJson } from '@capstone/observability';
import { startHttpService, type RunningService } from '@capstone/server-kit';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { registerTools } from './tools.js';

export const SERVER_INFO = { name: 'capstone-trading', version: '0.1.0' };

/** The caller's credentials, passed on to the gateway unchanged. */
function credentialsOf(request: IncomingMessage): Record<string, string> {
  const credentials: Record<string, string> = {};
  if (typeof request.headers.authorization === 'string')
    credentials.authorization = request.headers.authorization;
  if (typeof request.headers['x-api-key'] === 'string')
    credentials['x-api-key'] = request.headers['x-api-key'];
  return credentials;
}

export function createMcpServer(gateway: string, credentials: Record<string, string>): McpServer {
  const server = new McpServer(SERVER_INFO);
  registerTools(server, gateway, credentials);
  return server;
}

/** Streamable HTTP at /mcp, stateless: each request gets a server bound to its caller's credentials. */
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
  return startHttpService({
    name: 'mcp-server',
    host: config.HOST,
    port: port ?? servicePort(config, 'mcp-server'),
    logger,
    registry,
    handler: async (request, response) => {
      if ((request.url ?? '').split('?')[0] !== '/mcp') {
        return sendJson(response, 404, { error: 'Not found; the MCP endpoint is /mcp' });
      }
      if (request.method !== 'POST') {
        return sendJson(response, 405, { error: 'This stateless MCP endpoint takes POST' });
      }
      const server = createMcpServer(gateway, credentialsOf(request));
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      response.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(request, response);
    },
  });
}
