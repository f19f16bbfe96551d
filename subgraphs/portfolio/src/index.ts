export { database } from './database.js';
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
