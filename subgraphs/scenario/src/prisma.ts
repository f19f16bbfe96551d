import { prismaClientFactory } from '@capstone/server-kit/prisma';
import { PrismaClient } from './generated/prisma/client.js';

export type { PrismaClient } from './generated/prisma/client.js';
export const createPrismaClient = prismaClientFactory(PrismaClient);
