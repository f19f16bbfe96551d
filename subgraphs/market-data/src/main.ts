import { runSubgraph } from '@capstone/server-kit';
import { marketDataSubgraph } from './service.js';

await runSubgraph(marketDataSubgraph);
