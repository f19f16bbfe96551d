import type { Identity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import type { GatewayClient } from '@capstone/server-kit';
import type { AiEvents } from './events.js';
import type { Trainer } from './jobs/trainer.js';
import type { MarketData } from './market/market-data.js';
import type { PrismaClient } from './prisma.js';
import type { ModelServer } from './serving/model-server.js';

export interface AiContext {
  prisma: PrismaClient;
  logger: Logger;
  identity: Identity;
  /** The sessions that serve forecasts, swapped when the registry promotes. */
  models: ModelServer;
  events: AiEvents;
  gateway: GatewayClient;
  market: MarketData;
  trainer: Trainer;
}
