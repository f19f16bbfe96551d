import { builder } from '../builder.js';
import { Instrument } from './instrument.js';

/** Enough for the ETL's largest universe (ETL_UNIVERSE_SIZE ≤ 2,000) and the hand-tracked ones. */
const MAX_TRACKED = 5_000;

builder.queryField('trackedInstruments', (t) =>
  t.field({
    type: [Instrument],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description:
      'Every instrument whose daily bars the ETL collects, by code: the universe a model can learn from and forecast.',
    authScopes: { scope: 'market:read' },
    resolve: (_root, _args, { prisma }) =>
      prisma.instrument.findMany({
        where: { tracked: true },
        orderBy: { symbol: 'asc' },
        take: MAX_TRACKED,
      }),
  }),
);
