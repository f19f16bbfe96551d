import { defineSubgraph } from '@capstone/server-kit';
import { createPrismaClient } from './prisma.js';
import { schema } from './schema/index.js';

export const scenarioSubgraph = defineSubgraph({
  name: 'scenario',
  schema,
  createDatabaseClient: createPrismaClient,
  context: ({ db, logger, identity }) => ({ prisma: db, logger, identity }),
});
