import { runService } from '@capstone/server-kit';
import { startEtlWorkerService } from './worker/service.js';

await runService('etl-worker', (config) => startEtlWorkerService({ config }));
