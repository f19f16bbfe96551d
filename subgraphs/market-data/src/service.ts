import { defineSubgraph } from '@capstone/server-kit';
import { createEtlPool } from './etl/storage/pool.js';
import { startInProcessWorker } from './etl/worker/in-process.js';
import { createPrismaClient } from './prisma.js';
import { createQuoteStream } from './quotes.js';
import { schema } from './schema/index.js';

export const marketDataSubgraph = defineSubgraph({
  name: 'market-data',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: async ({ config, logger, databaseUrl, registry }) => {
    const quotes = await createQuoteStream(config, logger);
    return {
      quotes,
      // Two connections: administrators queue and follow runs now and then.
      etlPool: createEtlPool(databaseUrl, { connectionLimit: 2 }),
      worker: await startInProcessWorker({ config, logger, quotes, databaseUrl, registry }),
    };
  },
  context: ({ db, logger, identity, services }) => ({
    prisma: db,
    logger,
    identity,
    quotes: services.quotes,
    etlPool: services.etlPool,
  }),
  closeServices: async (services) => {
    await services.worker?.close();
    await services.etlPool.end();
    services.quotes.close();
  },
});
