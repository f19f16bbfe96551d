import { createSubgraphBuilder } from '@capstone/server-kit';
import type { AccountsContext } from './context.js';

export const builder = createSubgraphBuilder<AccountsContext>({
  scalars: ['DateTime'],
  roots: {
    query: 'Reads of the accounts subgraph.',
    mutation: 'Sign-up, log-in, sessions, two-factor authentication and API keys.',
  },
});
