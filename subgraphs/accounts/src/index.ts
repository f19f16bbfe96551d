import { prismaLayout } from '@capstone/db';

/** Where this subgraph's Prisma schema and migrations are, for the migrator. */
export const prismaFiles = prismaLayout(new URL('..', import.meta.url));
export { createPrismaClient } from './prisma.js';
export { schema } from './schema/index.js';
export { DEMO_USER_EMAIL, seedDemoUser } from './seed.js';
export { accountsSubgraph } from './service.js';
export { rotateSigningKey } from './rotate-signing-key.js';
export { createSecretBox } from './auth/secret-box.js';
export { sealContext as signingKeySealContext } from './auth/signing-keys.js';
