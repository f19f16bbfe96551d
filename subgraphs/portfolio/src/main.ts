import { runSubgraph } from '@capstone/server-kit';
import { portfolioSubgraph } from './service.js';

await runSubgraph(portfolioSubgraph);
