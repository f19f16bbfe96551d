export { createMcpServer, SERVER_INFO, type McpServerOptions } from './server.js';
export { startMcpService } from './service.js';
export { serveStdio } from './stdio.js';
export { gatewayFor, type Credentials, type Gateway } from './gateway.js';
export { TOOLS, listedTools, parseToolsets, DEFAULT_TOOLSETS } from './tools/registry.js';
export { MODERN_VERSION, SUPPORTED_VERSIONS } from './protocol/eras.js';
