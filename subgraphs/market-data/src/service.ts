import { defineSubgraph } from '@capstone/server-kit';
import { applyCalendarOverrides } from './etl/jobs/holidays.js';
import { createEtlPool } from './etl/storage/pool.js';
import { startInProcessWorker } from './etl/worker/in-process.js';
import { createPrismaClient } from './prisma.js';
import { createQuoteStream } from './quotes.js';
import { schema } from './schema/index.js';

const CALENDAR_REFRESH_MS = 3_600_000;

export const marketDataSubgraph = defineSubgraph({
  name: 'market-data',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: async ({ config, logger, databaseUrl }) => {
    const quotes = await createQuoteStream(config, logger);
    // Two connections: administrators queue and follow runs now and then.
    const etlPool = createEtlPool(databaseUrl, { connectionLimit: 2 });
    // The calendar the API answers with follows KIS's holiday answers that the ETL stored.
    const followCalendar = () =>
      applyCalendarOverrides(etlPool, new Date()).catch((error: unknown) =>
        logger.warn({ err: error }, 'market-data: could not read the calendar overrides'),
      );
    await followCalendar();
    const calendarTimer = setInterval(() => void followCalendar(), CALENDAR_REFRESH_MS).unref();
    return {
      quotes,
      etlPool,
      calendarTimer,
      worker: await startInProcessWorker({ config, logger, quotes, databaseUrl }),
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
    clearInterval(services.calendarTimer);
    await services.worker?.close();
    await services.etlPool.end();
    services.quotes.close();
  },
});
