import { defineSubgraph } from '@capstone/server-kit';
import { createPrismaClient } from './prisma.js';
import { schema } from './schema/index.js';

export const marketDataSubgraph = defineSubgraph({
  name: 'market-data',
  schema,
  createDatabaseClient: createPrismaClient,
  context: ({ db, logger, identity }) => ({ prisma: db, logger, identity }),
});
