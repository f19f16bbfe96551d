import { defineSubgraph } from '@capstone/server-kit';
import { createPrismaClient } from './prisma.js';
import { schema } from './schema/index.js';

export const portfolioSubgraph = defineSubgraph({
  name: 'portfolio',
  schema,
  createDatabaseClient: createPrismaClient,
  context: ({ db, logger }) => ({ prisma: db, logger, ledgers: new Map() }),
});
