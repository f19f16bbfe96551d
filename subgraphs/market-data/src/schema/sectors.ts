import { builder } from '../builder.js';

builder.queryField('sectors', (t) =>
  t.stringList({
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description:
      'The sector labels instruments carry, sorted: what a sector shock or a sector bound may name.',
    authScopes: { scope: 'market:read' },
    resolve: async (_root, _args, { prisma }) => {
      const rows = await prisma.instrument.findMany({
        where: { sector: { not: null } },
        distinct: ['sector'],
        select: { sector: true },
        orderBy: { sector: 'asc' },
      });
      return rows.map((row) => row.sector!);
    },
  }),
);
