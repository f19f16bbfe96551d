import { loadConfig, gatewayUrl } from '@capstone/config';
import { runService } from '@capstone/server-kit';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer, startMcpService } from './service.js';

// `--stdio` serves one agent on standard input and output, acting with CAPSTONE_API_KEY.
if (process.argv.includes('--stdio')) {
  const apiKey = process.env.CAPSTONE_API_KEY;
  const server = createMcpServer(gatewayUrl(loadConfig()), apiKey ? { 'x-api-key': apiKey } : {});
  await server.connect(new StdioServerTransport());
} else {
  await runService('mcp-server', (config) => startMcpService({ config }));
}
