import type { Identity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import type { GatewayClient } from '@capstone/server-kit';
import type { PrismaClient } from './prisma.js';

export interface PortfolioContext {
  prisma: PrismaClient;
  logger: Logger;
  identity: Identity;
  /** Prices and instrument checks come from market-data, through the gateway. */
  gateway: GatewayClient;
}
