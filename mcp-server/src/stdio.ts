import { gatewayUrl, type Env } from '@capstone/config';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { gatewayFor } from './gateway.js';
import { createMcpServer } from './server.js';
import { parseToolsets } from './tools/registry.js';

/**
 * The MCP server on standard input and output, for one agent (Claude Desktop and the like),
 * acting with CAPSTONE_API_KEY or CAPSTONE_ACCESS_TOKEN. Without either it still starts, and
 * every tool answers that credentials are missing.
 */
export async function serveStdio(config: Env): Promise<void> {
  const secret = config.CAPSTONE_API_KEY ?? config.CAPSTONE_ACCESS_TOKEN;
  const server = createMcpServer({
    // A stdio process has no request headers: its language is configured (Korean by default).
    gateway: gatewayFor(gatewayUrl(config), secret ? { authorization: `Bearer ${secret}` } : {}, {
      language: config.MCP_LANGUAGE,
    }),
    toolsets: parseToolsets(config.MCP_TOOLSETS),
  });
  await server.connect(new StdioServerTransport());
}
