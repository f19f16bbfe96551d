import type { Logger } from '@capstone/observability';
import type { LedgerState } from './ledger/ledger.js';
import type { PrismaClient } from './prisma.js';

export interface PortfolioContext {
  prisma: PrismaClient;
  logger: Logger;
  /** Each portfolio's ledger is replayed at most once per request, however many fields need it. */
  ledgers: Map<string, Promise<LedgerState>>;
}
