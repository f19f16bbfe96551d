import { runSubgraph } from '@capstone/server-kit';
import { accountsSubgraph } from './service.js';

await runSubgraph(accountsSubgraph);
