import { defineSubgraph } from '@capstone/server-kit';
import { createPrismaClient } from './prisma.js';
import { createQuoteStream } from './quotes.js';
import { schema } from './schema/index.js';

export const marketDataSubgraph = defineSubgraph({
  name: 'market-data',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: async ({ config, logger }) => ({
    quotes: await createQuoteStream(config, logger),
  }),
  context: ({ db, logger, identity, services }) => ({
    prisma: db,
    logger,
    identity,
    quotes: services.quotes,
  }),
  closeServices: (services) => services.quotes.close(),
});
