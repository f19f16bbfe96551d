import type { Identity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import type { Pool } from './etl/storage/pool.js';
import type { PrismaClient } from './prisma.js';
import type { QuoteStream } from './quotes.js';

export interface MarketDataContext {
  prisma: PrismaClient;
  logger: Logger;
  identity: Identity;
  quotes: QuoteStream;
  /** The ETL's pool, through which the API reads and queues runs (etl/runs). */
  etlPool: Pool;
}
