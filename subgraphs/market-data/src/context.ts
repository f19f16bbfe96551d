import type { Identity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import type { PrismaClient } from './prisma.js';
import type { QuoteStream } from './quotes.js';

export interface MarketDataContext {
  prisma: PrismaClient;
  logger: Logger;
  identity: Identity;
  quotes: QuoteStream;
}
