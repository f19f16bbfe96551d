import { createSubgraphBuilder } from '@capstone/server-kit';
import type { AiContext } from './context.js';

export const builder = createSubgraphBuilder<AiContext>({
  scalars: ['Date', 'DateTime', 'Decimal'],
  roots: {
    query: 'Reads of the ai subgraph.',
  },
});
