export { database } from './database.js';
export { createPrismaClient } from './prisma.js';
export { schema } from './schema/index.js';
export { DEMO_USER_EMAIL, seedDemoUser } from './seed.js';
export { accountsSubgraph } from './service.js';
