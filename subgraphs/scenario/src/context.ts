import type { Identity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import type { GatewayClient } from '@capstone/server-kit';
import type { PrismaClient } from './prisma.js';
import type { SimulationServices } from './simulation/submit.js';

export interface ScenarioContext {
  prisma: PrismaClient;
  logger: Logger;
  identity: Identity;
  /** Holdings, instruments and prices come from the other subgraphs, through the gateway. */
  gateway: GatewayClient;
  simulations: SimulationServices;
}
