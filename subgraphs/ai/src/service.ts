import { gatewayUrl } from '@capstone/config';
import { createGatewayClient, defineSubgraph, type SubgraphBase } from '@capstone/server-kit';
import { artifactStoreFor } from './artifacts/store.js';
import { createAiEvents } from './events.js';
import { watchForFirstTraining } from './jobs/first-training.js';
import { startRetrainSchedule } from './jobs/schedule.js';
import { createTrainer } from './jobs/trainer.js';
import { FINISHED } from './jobs/training-runs.js';
import { gatewayMarketData } from './market/market-data.js';
import { createPrismaClient, type PrismaClient } from './prisma.js';
import { schema } from './schema/index.js';
import { ModelServer } from './serving/model-server.js';
import { aiSettings } from './settings.js';

export const aiSubgraph = defineSubgraph({
  name: 'ai',
  schema,
  createDatabaseClient: createPrismaClient,
  createServices: async ({ db, config, logger, registry }: SubgraphBase<PrismaClient>) => {
    const settings = aiSettings(config);
    const events = await createAiEvents(config, logger);
    const gateway = createGatewayClient(gatewayUrl(config), config.INTERNAL_JWT_SECRET);
    const market = gatewayMarketData(gateway);
    const models = new ModelServer(db, artifactStoreFor(config), logger, registry);
    await models.refresh().catch(() => {});
    // A promotion anywhere (this process's training, another replica's, the CronJob's through
    // Redis) swaps at once, and so does the end of a run (a version registered without being
    // promoted changes what the baseline serves); the poll catches what no event announced.
    const registryChanges = [
      events.subscribe('modelPromoted'),
      events.subscribe('forecastPublished'),
      events.subscribe('trainingRun'),
    ];
    for (const changes of registryChanges) {
      void (async () => {
        for await (const change of changes) {
          if ('status' in change && !FINISHED.includes(change.status as never)) continue;
          await models.refresh().catch(() => {});
        }
      })();
    }
    const poll = setInterval(() => void models.refresh().catch(() => {}), settings.modelPollMs);
    const trainer = createTrainer({ prisma: db, config, logger, events });
    const nightly = settings.retrainSchedule
      ? startRetrainSchedule(settings.retrainCron, async () => {
          const { finished } = await trainer.start({ plan: 'FULL', trigger: 'SCHEDULE' });
          await finished;
        })
      : undefined;
    const firstTraining = settings.trainOnStart
      ? watchForFirstTraining({ prisma: db, market, trainer, logger })
      : undefined;
    return {
      events,
      gateway,
      market,
      models,
      trainer,
      registryChanges,
      poll,
      nightly,
      firstTraining,
    };
  },
  context: ({ db, logger, identity, services }) => ({
    prisma: db,
    logger,
    identity,
    models: services.models,
    events: services.events,
    gateway: services.gateway,
    market: services.market,
    trainer: services.trainer,
  }),
  closeServices: async (services) => {
    services.firstTraining?.stop();
    await services.nightly?.stop();
    clearInterval(services.poll);
    await Promise.all(services.registryChanges.map((changes) => changes.return()));
    await services.trainer.close();
    await services.models.close();
    await services.events.close();
  },
});
