import { loadConfig } from '@capstone/config';
import { runService } from '@capstone/server-kit';
import { startMcpService } from './service.js';
import { serveStdio } from './stdio.js';

// `--stdio` serves one agent on standard input and output; otherwise Streamable HTTP at /mcp.
if (process.argv.includes('--stdio')) {
  await serveStdio(loadConfig());
} else {
  await runService('mcp-server', (config) => startMcpService({ config }));
}
