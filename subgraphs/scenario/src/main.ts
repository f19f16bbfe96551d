import { runService, startSubgraph } from '@capstone/server-kit';
import { scenarioSubgraph } from './service.js';

await runService('scenario', (config) => startSubgraph(scenarioSubgraph, { config }));
