import { servicePort, type Env } from '@capstone/config';
import { createLogger, createMetricsRegistry, sendJson } from '@capstone/observability';
import { startHttpService, type RunningService } from '@capstone/server-kit';
import { createSimulationEvents } from '../simulation/events.js';
import { bullmqQueue } from '../simulation/queue.js';
import { createSimulationWorker, type SimulationWorker } from './worker.js';

export interface StartSimulationWorkerServiceOptions {
  config: Env;
  /** Defaults to SIMULATION_WORKER_PORT; 0 picks a free one. */
  port?: number;
}

/**
 * The simulation worker as a service of its own: a BullMQ consumer of the simulation queue, with
 * /healthz, /readyz and /metrics like every other service. It needs Redis (the queue and the
 * progress events); without Redis the scenario subgraph runs the same worker in its process.
 */
export async function startSimulationWorkerService({
  config,
  port,
}: StartSimulationWorkerServiceOptions): Promise<RunningService & { worker: SimulationWorker }> {
  const logger = createLogger('simulation-worker', config.LOG_LEVEL);
  const events = await createSimulationEvents(config, logger);
  if (!events.crossProcess) {
    events.close();
    throw new Error(
      `The simulation worker needs Redis at ${config.REDIS_URL} for its queue; without Redis the scenario subgraph runs simulations itself (SIMULATION_WORKER_MODE=in-process)`,
    );
  }
  const queue = bullmqQueue(config, logger);
  const registry = createMetricsRegistry('simulation-worker');
  const worker = await createSimulationWorker({ config, logger, events, queue, registry });
  const running = await startHttpService({
    name: 'simulation-worker',
    host: config.HOST,
    metricsToken: config.METRICS_TOKEN,
    port: port ?? servicePort(config, 'simulation-worker'),
    handler: (_request, response) =>
      sendJson(response, 404, {
        error:
          'The simulation worker serves /healthz and /readyz (and /metrics on its metrics port)',
      }),
    logger,
    registry,
    checks: [
      { name: 'database', check: () => worker.ping() },
      { name: 'queue', check: () => queue.state('readiness-probe') },
    ],
    onClose: async () => {
      await worker.close();
      await queue.close();
      events.close();
    },
  });
  return { ...running, worker };
}
