import { runService } from '@capstone/server-kit';
import { startWebService } from './service.js';

await runService('web', (config) => startWebService({ config }));
