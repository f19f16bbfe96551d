import { runService } from '@capstone/server-kit';
import { startEtlWorkerService } from './service.js';

await runService('etl-worker', (config) => startEtlWorkerService({ config }));
