import type { Identity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import type { GatewayClient } from '@capstone/server-kit';
import type { LedgerState } from './ledger/ledger.js';
import type { PrismaClient } from './prisma.js';

export interface PortfolioContext {
  prisma: PrismaClient;
  logger: Logger;
  identity: Identity;
  /** Prices and instrument checks come from market-data, through the gateway. */
  gateway: GatewayClient;
  /** Each portfolio's ledger is replayed at most once per request, however many fields need it. */
  ledgers: Map<string, Promise<LedgerState>>;
}
