import { createSubgraphBuilder } from '@capstone/server-kit';
import type { AiContext } from './context.js';

export const builder = createSubgraphBuilder<AiContext>({
  scalars: ['Date', 'DateTime'],
  roots: {
    query: 'Reads of the ai subgraph: the model registry, what serves, forecasts.',
    mutation: 'Administration of the models: retraining.',
    subscription: 'Forecasts as they are published, and training progress.',
  },
});

export { ADMIN_ONLY } from '@capstone/auth';
