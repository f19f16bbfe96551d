import { mariadbAdapter } from '@capstone/db';
import { PrismaClient } from './generated/prisma/client.js';

export type { PrismaClient } from './generated/prisma/client.js';

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: mariadbAdapter(databaseUrl) });
}
