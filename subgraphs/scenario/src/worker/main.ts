import { runService } from '@capstone/server-kit';
import { startSimulationWorkerService } from './service.js';

await runService('simulation-worker', (config) => startSimulationWorkerService({ config }));
