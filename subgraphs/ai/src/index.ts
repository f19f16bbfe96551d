import { prismaLayout } from '@capstone/db';

/** Where this subgraph's Prisma schema and migrations are, for the migrator. */
export const prismaFiles = prismaLayout(new URL('..', import.meta.url));
export { createPrismaClient } from './prisma.js';
export { schema } from './schema/index.js';
export { aiSubgraph } from './service.js';
export { aiEventChannel, type ForecastPublishedEvent } from './events.js';
export { retrainCommand } from './jobs/trainer.js';
