import { runSubgraph } from '@capstone/server-kit';
import { aiSubgraph } from './service.js';

await runSubgraph(aiSubgraph);
