import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { ServiceName } from '@capstone/platform';

/** What the MCP server needs behind it: the gateway and the subgraphs its tools read. */
export const MCP_SERVICES: ServiceName[] = [
  'accounts',
  'portfolio',
  'market-data',
  'scenario',
  'gateway',
  'mcp-server',
];

/** An MCP SDK client over Streamable HTTP, as an agent with these headers. */
export async function connectAgent(
  mcpServerUrl: string,
  headers: Record<string, string>,
  query = '',
): Promise<Client> {
  const client = new Client({ name: 'e2e-agent', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${mcpServerUrl}/mcp${query}`), {
      requestInit: { headers },
    }),
  );
  return client;
}
