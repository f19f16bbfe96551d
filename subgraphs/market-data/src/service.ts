import { defineSubgraph } from '@capstone/server-kit';
import { startInProcessWorker } from './etl/in-process.js';
import { createPrismaClient } from './prisma.js';
import { createQuoteStream } from './quotes.js';
import { schema } from './schema/index.js';

export const marketDataSubgraph = defineSubgraph({
  name: 'market-data',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: async ({ config, logger }) => {
    const quotes = await createQuoteStream(config, logger);
    return { quotes, worker: await startInProcessWorker(config, logger, quotes) };
  },
  context: ({ db, logger, identity, services }) => ({
    prisma: db,
    logger,
    identity,
    quotes: services.quotes,
  }),
  closeServices: async (services) => {
    await services.worker?.close();
    services.quotes.close();
  },
});
