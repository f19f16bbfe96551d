import { runService, startSubgraph } from '@capstone/server-kit';
import { marketDataSubgraph } from './service.js';

await runService('market-data', (config) => startSubgraph(marketDataSubgraph, { config }));
