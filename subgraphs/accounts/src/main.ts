import { runService, startSubgraph } from '@capstone/server-kit';
import { accountsSubgraph } from './service.js';

await runService('accounts', (config) => startSubgraph(accountsSubgraph, { config }));
