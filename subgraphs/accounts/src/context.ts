import type { Logger } from '@capstone/observability';
import type { PrismaClient } from './prisma.js';

export interface AccountsContext {
  prisma: PrismaClient;
  logger: Logger;
}
