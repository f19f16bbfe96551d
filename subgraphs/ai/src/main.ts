import { runService, startSubgraph } from '@capstone/server-kit';
import { aiSubgraph } from './service.js';

await runService('ai', (config) => startSubgraph(aiSubgraph, { config }));
