import { prismaLayout } from '@capstone/db';

/** Where this subgraph's Prisma schema and migrations are, for the migrator. */
export const prismaFiles = prismaLayout(new URL('..', import.meta.url));
export { createPrismaClient } from './prisma.js';
export { createQuoteStream, quoteTopic, type QuoteEvent, type QuoteStream } from './quotes.js';
export { schema } from './schema/index.js';
export { DEMO_INSTRUMENTS, seedDemoInstruments } from './seed.js';
export { marketDataSubgraph } from './service.js';

// Deprecated here: import the ETL from `@capstone/market-data/etl`. Kept for the callers that
// still import these from the package root (e2e/market-data-etl, test-platform).
export {
  createEtlKisClient,
  createEtlPool,
  historyStart,
  kisSource,
  runJob,
  startEtlWorkerService,
  type BarRow,
  type EtlWorker,
  type RunnerDeps,
  type StartEtlWorkerServiceOptions,
} from './etl/index.js';
