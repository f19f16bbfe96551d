import { runSubgraph } from '@capstone/server-kit';
import { scenarioSubgraph } from './service.js';

await runSubgraph(scenarioSubgraph);
