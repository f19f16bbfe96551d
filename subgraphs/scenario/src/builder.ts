import { createSubgraphBuilder } from '@capstone/server-kit';
import type { ScenarioContext } from './context.js';

export const builder = createSubgraphBuilder<ScenarioContext>({
  scalars: ['Date'],
  roots: {
    query: 'Reads of the scenario subgraph.',
  },
});
