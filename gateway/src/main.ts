import { runService } from '@capstone/server-kit';
import { startGateway } from './service.js';

await runService('gateway', (config) => startGateway({ config }));
