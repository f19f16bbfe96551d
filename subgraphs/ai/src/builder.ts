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

/** Administrators only, and only signed in with a session: an API key never administers. */
export const ADMIN_ONLY = { $all: { admin: true, session: true } } as const;
