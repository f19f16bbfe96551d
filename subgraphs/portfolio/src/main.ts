import { runService, startSubgraph } from '@capstone/server-kit';
import { portfolioSubgraph } from './service.js';

await runService('portfolio', (config) => startSubgraph(portfolioSubgraph, { config }));
