import { defineSubgraph } from '@capstone/server-kit';
import { createPrismaClient } from './prisma.js';
import { schema } from './schema/index.js';

export const aiSubgraph = defineSubgraph({
  name: 'ai',
  schema,
  createDatabaseClient: createPrismaClient,
  context: ({ db, logger, identity }) => ({ prisma: db, logger, identity }),
});
