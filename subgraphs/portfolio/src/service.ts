import { gatewayUrl } from '@capstone/config';
import { createGatewayClient, defineSubgraph, type SubgraphBase } from '@capstone/server-kit';
import { createPrismaClient, type PrismaClient } from './prisma.js';
import { schema } from './schema/index.js';
import { followCorporateActions } from './splits/follow.js';

export const portfolioSubgraph = defineSubgraph({
  name: 'portfolio',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: ({ config, db, logger }: SubgraphBase<PrismaClient>) => {
    const gateway = createGatewayClient(gatewayUrl(config), config.INTERNAL_JWT_SECRET);
    return {
      gateway,
      splits: followCorporateActions({
        prisma: db,
        gateway,
        logger,
        intervalMs: config.SPLIT_POLL_MS,
      }),
    };
  },
  closeServices: ({ splits }) => splits.stop(),
  context: ({ db, logger, identity, services }) => ({
    prisma: db,
    logger,
    identity,
    gateway: services.gateway,
  }),
});
