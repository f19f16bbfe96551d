import { createSubgraphBuilder } from '@capstone/server-kit';
import type { PortfolioContext } from './context.js';

export const builder = createSubgraphBuilder<PortfolioContext>({
  scalars: ['Date', 'DateTime', 'Decimal'],
  roots: {
    query: 'Reads of the portfolio subgraph.',
    mutation: 'Changes to portfolios and their ledgers.',
  },
});
