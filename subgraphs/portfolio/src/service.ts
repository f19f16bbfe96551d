import { gatewayUrl } from '@capstone/config';
import { createGatewayClient, defineSubgraph } from '@capstone/server-kit';
import { createPrismaClient } from './prisma.js';
import { schema } from './schema/index.js';

export const portfolioSubgraph = defineSubgraph({
  name: 'portfolio',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: ({ config }) => ({
    gateway: createGatewayClient(gatewayUrl(config), config.INTERNAL_JWT_SECRET),
  }),
  context: ({ db, logger, identity, services }) => ({
    prisma: db,
    logger,
    identity,
    gateway: services.gateway,
  }),
});
