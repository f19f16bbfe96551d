import { createSubgraphBuilder } from '@capstone/server-kit';
import type { MarketDataContext } from './context.js';

export const builder = createSubgraphBuilder<MarketDataContext>({
  scalars: ['Date', 'DateTime', 'Decimal'],
  roots: {
    query: 'Reads of the market-data subgraph.',
    mutation: 'Administration of market data: what is collected, and when.',
    subscription: 'Live market data.',
  },
});
