import { randomUUID } from 'node:crypto';
import { availableParallelism, hostname } from 'node:os';
import { databaseUrl, gatewayUrl, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { MonteCarloPool } from '@capstone/quant';
import { createGatewayClient } from '@capstone/server-kit';
import type { Registry } from 'prom-client';
import { createPrismaClient, type PrismaClient } from '../prisma.js';
import type { SimulationEvents } from '../simulation/events.js';
import {
  startBullmqConsumer,
  type memoryQueue,
  type RunConsumer,
  type RunQueue,
} from '../simulation/queue.js';
import { RunRecords } from '../simulation/records.js';
import { createSimulationMetrics } from '../simulation/simulation-metrics.js';
import { createRunHandler } from './run-handler.js';

export interface SimulationWorkerOptions {
  config: Env;
  logger: Logger;
  events: SimulationEvents;
  /** The queue to take runs from: the BullMQ queue, or the subgraph's memory queue. */
  queue: RunQueue | ReturnType<typeof memoryQueue>;
  /** Defaults to a client of its own on the scenario database. */
  prisma?: PrismaClient;
  /** The registry of the process the worker runs in: the simulation metrics appear there. */
  registry?: Registry;
}

export interface SimulationWorker {
  readonly workerId: string;
  /** Whether its database answers (readiness). */
  ping(): Promise<unknown>;
  /** Runs the sweep now: queued runs that never reached the queue, runs whose worker went silent. */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The simulation worker: takes runs from the queue, computes them, and sweeps for runs the queue
 * lost track of. Each run's state lives in the database, so a worker that dies loses nothing: its
 * run is taken over by the next worker (BullMQ's stalled-job check, or this sweep).
 */
export async function createSimulationWorker(
  options: SimulationWorkerOptions,
): Promise<SimulationWorker> {
  const { config, events, queue } = options;
  const logger = options.logger.child({ component: 'simulation-worker' });
  const ownPrisma = options.prisma
    ? undefined
    : createPrismaClient(databaseUrl(config, 'scenario'));
  const prisma = options.prisma ?? ownPrisma!;
  const lockMs = config.SIMULATION_LOCK_MS;
  const records = new RunRecords(prisma, { lockMs, maxAttempts: config.SIMULATION_MAX_ATTEMPTS });
  const pool = new MonteCarloPool({
    threads: config.SIMULATION_MONTE_CARLO_THREADS || Math.min(4, availableParallelism()),
  });
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const { handle, abort } = createRunHandler({
    records,
    events,
    gateway: createGatewayClient(gatewayUrl(config), config.INTERNAL_JWT_SECRET),
    pool,
    logger,
    workerId,
    heartbeatMs: Math.max(100, Math.min(1_000, Math.floor(lockMs / 3))),
    metrics: options.registry && createSimulationMetrics(options.registry, queue),
  });

  const cancellations = events.cancellations();
  void (async () => {
    for await (const runId of cancellations) abort(runId);
  })().catch((error: unknown) => logger.warn({ err: error }, 'cancel listener stopped'));

  const sweep = async () => {
    const now = Date.now();
    for (const { id } of await records.queuedBefore(new Date(now - Math.max(10_000, lockMs)))) {
      await queue.enqueue(id);
    }
    for (const { id, attempts } of await records.silentSince(new Date(now - 3 * lockMs))) {
      const state = await queue.state(id);
      if (!['active', 'waiting', 'delayed', 'prioritized', 'waiting-children'].includes(state))
        await queue.enqueue(id, queue.kind === 'bullmq' ? `${id}.retry${attempts}` : id);
    }
  };
  const sweeping = setInterval(() => {
    sweep().catch((error: unknown) => logger.warn({ err: error }, 'simulation sweep failed'));
  }, lockMs);
  sweeping.unref();

  const consumer: RunConsumer =
    'consume' in queue
      ? queue.consume(handle, logger)
      : startBullmqConsumer(config, logger, handle, {
          concurrency: config.SIMULATION_WORKER_CONCURRENCY,
          lockMs,
          maxAttempts: config.SIMULATION_MAX_ATTEMPTS,
        });
  if ('consume' in queue) {
    // In memory, whatever was queued or running when this process last stopped is ours again.
    const left = await prisma.simulationRun.findMany({
      where: { status: { in: ['QUEUED', 'RUNNING'] } },
      select: { id: true },
      orderBy: { queuedAt: 'asc' },
    });
    for (const { id } of left) await queue.enqueue(id);
  }
  logger.info({ workerId, queue: queue.kind }, 'simulation worker started');

  return {
    workerId,
    ping: () => prisma.$queryRawUnsafe('SELECT 1'),
    sweep,
    async close() {
      clearInterval(sweeping);
      await cancellations.return?.();
      await consumer.close();
      await pool.close();
      await ownPrisma?.$disconnect();
    },
  };
}
