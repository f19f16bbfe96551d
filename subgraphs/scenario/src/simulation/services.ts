import { workerPlacement, type Env, type WorkerPlacement } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { isRedisReachable } from '@capstone/server-kit';
import type { Registry } from 'prom-client';
import type { PrismaClient } from '../prisma.js';
import { createSimulationWorker, type SimulationWorker } from '../worker/worker.js';
import { createSimulationEvents } from './events.js';
import { bullmqQueue, memoryQueue } from './queue.js';
import { RunRecords } from './records.js';
import type { SimulationServices } from './submit.js';

/**
 * Where simulation runs execute, settled once: `npm start` hands a settled mode; a scenario
 * subgraph started on its own with `auto` settles it by whether Redis answers.
 */
export async function simulationPlacement(config: Env): Promise<WorkerPlacement> {
  const mode = config.SIMULATION_WORKER_MODE;
  return workerPlacement(mode, mode === 'auto' && (await isRedisReachable(config.REDIS_URL)));
}

/**
 * The scenario subgraph's side of simulations: the run records, the queue it puts runs on (BullMQ
 * when a simulation-worker process takes them, memory otherwise), the progress and cancel events,
 * and, in-process, the worker itself, with the same code as the simulation-worker process.
 */
export async function createSimulationServices(
  config: Env,
  logger: Logger,
  prisma: PrismaClient,
  /** The subgraph's registry: in-process, the worker's metrics are the subgraph's. */
  registry?: Registry,
): Promise<SimulationServices & { worker?: SimulationWorker; close(): Promise<void> }> {
  const placement = await simulationPlacement(config);
  const events = await createSimulationEvents(config, logger);
  const queue =
    placement === 'in-process' || !events.crossProcess
      ? memoryQueue({ concurrency: config.SIMULATION_WORKER_CONCURRENCY })
      : bullmqQueue(config, logger);
  const worker =
    placement === 'in-process'
      ? await createSimulationWorker({ config, logger, events, queue, prisma, registry })
      : undefined;
  logger.info(
    { placement, queue: queue.kind, events: events.crossProcess ? 'redis' : 'memory' },
    'simulations',
  );
  return {
    records: new RunRecords(prisma, {
      lockMs: config.SIMULATION_LOCK_MS,
      maxAttempts: config.SIMULATION_MAX_ATTEMPTS,
    }),
    queue,
    events,
    worker,
    limits: {
      maxActivePerUser: config.SIMULATION_MAX_ACTIVE_PER_USER,
      maxCells: config.SIMULATION_MAX_CELLS,
      cancelWaitMs: config.SIMULATION_CANCEL_WAIT_MS,
    },
    async close() {
      await worker?.close();
      await queue.close();
      events.close();
    },
  };
}
