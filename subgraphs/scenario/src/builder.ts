import { createSubgraphBuilder } from '@capstone/server-kit';
import type { ScenarioContext } from './context.js';

export const builder = createSubgraphBuilder<ScenarioContext>({
  scalars: ['Date', 'DateTime', 'Decimal'],
  roots: {
    query: 'Reads of the scenario subgraph.',
    mutation: 'Scenarios and simulation runs: stress tests, Monte Carlo, backtests, optimisation.',
    subscription: 'Progress of simulation runs.',
  },
});
