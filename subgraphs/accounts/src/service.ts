import { CLIENT_IP_HEADER } from '@capstone/auth';
import { defineSubgraph } from '@capstone/server-kit';
import { createPrismaClient } from './prisma.js';
import { JWKS_PATH, jwksRoute } from './routes/jwks.js';
import { VERIFY_API_KEY_PATH, verifyApiKeyRoute } from './routes/verify-api-key.js';
import { schema } from './schema/index.js';
import { createAuthServices } from './auth-services.js';

export const accountsSubgraph = defineSubgraph({
  name: 'accounts',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: createAuthServices,
  context: ({ db, logger, identity, services, request }) => ({
    prisma: db,
    logger,
    identity,
    services,
    clientIp: request.headers.get(CLIENT_IP_HEADER) ?? 'unknown',
  }),
  routes: ({ db, services, config }) => ({
    [JWKS_PATH]: jwksRoute(services.keys),
    [VERIFY_API_KEY_PATH]: verifyApiKeyRoute(db, config.INTERNAL_JWT_SECRET),
  }),
  closeServices: async (services) => {
    await services.mailer.idle();
    services.mailer.close();
    services.redis?.disconnect();
  },
});
