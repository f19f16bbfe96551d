import { prismaLayout } from '@capstone/db';

/** Where this subgraph's Prisma schema and migrations are, for the migrator. */
export const prismaFiles = prismaLayout(new URL('..', import.meta.url));
export {
  applyEntry,
  averageCost,
  replay,
  LedgerError,
  type LedgerEntry,
  type LedgerState,
} from './ledger/ledger.js';
export { createPrismaClient } from './prisma.js';
export { schema } from './schema/index.js';
export { DEMO_PORTFOLIOS, DEMO_PRICES_DATE, seedDemoPortfolios } from './seed.js';
export { portfolioSubgraph } from './service.js';
