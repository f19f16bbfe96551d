import { gatewayUrl } from '@capstone/config';
import { createGatewayClient, defineSubgraph } from '@capstone/server-kit';
import { createPrismaClient, type PrismaClient } from './prisma.js';
import { schema } from './schema/index.js';
import { createSimulationServices } from './simulation/services.js';

export const scenarioSubgraph = defineSubgraph({
  name: 'scenario',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: async ({ config, logger, db, registry }) => ({
    gateway: createGatewayClient(gatewayUrl(config), config.INTERNAL_JWT_SECRET),
    simulations: await createSimulationServices(config, logger, db as PrismaClient, registry),
  }),
  context: ({ db, logger, identity, services }) => ({
    prisma: db,
    logger,
    identity,
    gateway: services.gateway,
    simulations: services.simulations,
  }),
  closeServices: (services) => services.simulations.close(),
});
