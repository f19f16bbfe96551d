export { database } from './database.js';
export { createPrismaClient } from './prisma.js';
export { schema } from './schema/index.js';
export { aiSubgraph } from './service.js';
