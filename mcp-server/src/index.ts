export { SERVER_INFO, createMcpServer, startMcpService } from './service.js';
