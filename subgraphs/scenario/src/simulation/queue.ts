import { redisKeyPrefix, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUE_STATES, type QueueCounts } from './simulation-metrics.js';

/** Where the scenario subgraph puts runs for a worker to take. The run id is the job id. */
export interface RunQueue {
  readonly kind: 'bullmq' | 'memory';
  /** Idempotent while the job exists: a second add of the same job id is ignored. */
  enqueue(runId: string, jobId?: string): Promise<void>;
  /** Drops a job that has not started; one that has is left to see its run cancelled. */
  remove(jobId: string): Promise<void>;
  /** The job's state ('active', 'waiting', 'delayed', 'completed', 'failed', …) or 'missing'. */
  state(jobId: string): Promise<string>;
  /** How many jobs are in each state now (for the queue gauge). */
  counts(): Promise<QueueCounts>;
  close(): Promise<void>;
}

/** What a worker does with one run; `retryInMs` puts it back for later (another worker has it). */
export type RunHandler = (runId: string, signal: AbortSignal) => Promise<{ retryInMs?: number }>;

export interface RunConsumer {
  close(): Promise<void>;
}

const QUEUE_NAME = 'simulations';
const bullPrefix = (config: Env) => `${redisKeyPrefix(config)}:bull`;

/** The BullMQ queue in Redis, shared by the scenario subgraph (producer) and the workers. */
export function bullmqQueue(config: Env, logger: Logger): RunQueue {
  const connection = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
  connection.on('error', (error) => logger.warn({ err: error }, 'simulation queue: Redis error'));
  const queue = new Queue(QUEUE_NAME, { connection, prefix: bullPrefix(config) });
  queue.on('error', (error) => logger.warn({ err: error }, 'simulation queue error'));
  return {
    kind: 'bullmq',
    async enqueue(runId, jobId = runId) {
      await queue.add(
        'run',
        { runId },
        {
          jobId,
          // Errors of the run itself end it FAILED inside the handler; what reaches BullMQ is
          // infrastructure (the database, Redis) and is worth a few more tries.
          attempts: 5,
          backoff: { type: 'exponential', delay: 1_000 },
          removeOnComplete: { age: 24 * 3_600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3_600 },
        },
      );
    },
    async remove(jobId) {
      await queue.remove(jobId).catch(() => 0);
    },
    async state(jobId) {
      const job = await queue.getJob(jobId);
      return job ? await job.getState() : 'missing';
    },
    async counts() {
      const counts = await queue.getJobCounts(...QUEUE_STATES);
      return Object.fromEntries(
        QUEUE_STATES.map((state) => [state, counts[state] ?? 0]),
      ) as QueueCounts;
    },
    async close() {
      await queue.close();
      connection.disconnect();
    },
  };
}

/**
 * A BullMQ worker: a job's lock lapses `lockMs` after its worker stops renewing it (a crash, a
 * kill), and the next stalled-job check moves it back to the queue for another worker. The
 * handler's claim then takes the run over (see RunRecords).
 */
export function startBullmqConsumer(
  config: Env,
  logger: Logger,
  handler: RunHandler,
  options: { concurrency: number; lockMs: number; maxAttempts: number },
): RunConsumer {
  const connection = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  connection.on('error', (error) => logger.warn({ err: error }, 'simulation worker: Redis error'));
  const worker = new Worker<{ runId: string }>(
    QUEUE_NAME,
    async (job: Job<{ runId: string }>, token?: string, signal?: AbortSignal) => {
      const { retryInMs } = await handler(job.data.runId, signal ?? new AbortController().signal);
      if (retryInMs !== undefined) {
        await job.moveToDelayed(Date.now() + retryInMs, token);
        throw new DelayedError();
      }
    },
    {
      connection,
      prefix: bullPrefix(config),
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
      maxStalledCount: options.maxAttempts,
    },
  );
  worker.on('error', (error) => logger.warn({ err: error }, 'simulation worker error'));
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}

/**
 * Without Redis: the same handler fed from memory in this process, `concurrency` runs at a time.
 * The database still holds every run, so runs a crash left behind are queued again at start-up.
 */
export function memoryQueue(options: { concurrency: number }): RunQueue & {
  consume(handler: RunHandler, logger: Logger): RunConsumer;
} {
  const waiting: string[] = [];
  const present = new Set<string>();
  const running = new Map<string, AbortController>();
  const timers = new Set<NodeJS.Timeout>();
  let handler: RunHandler | undefined;
  let log: Logger | undefined;
  let closed = false;

  const pump = () => {
    while (!closed && handler && running.size < options.concurrency && waiting.length > 0) {
      const runId = waiting.shift()!;
      const abort = new AbortController();
      running.set(runId, abort);
      void handler(runId, abort.signal)
        .then(({ retryInMs }) => {
          if (retryInMs === undefined) return;
          const timer = setTimeout(() => {
            timers.delete(timer);
            void queue.enqueue(runId);
          }, retryInMs);
          timers.add(timer);
        })
        .catch((error: unknown) => log?.error({ err: error, runId }, 'simulation run crashed'))
        .finally(() => {
          running.delete(runId);
          present.delete(runId);
          pump();
        });
    }
  };

  const queue = {
    kind: 'memory' as const,
    async enqueue(runId: string) {
      if (closed || present.has(runId)) return;
      present.add(runId);
      waiting.push(runId);
      pump();
    },
    async remove(runId: string) {
      const at = waiting.indexOf(runId);
      if (at >= 0) {
        waiting.splice(at, 1);
        present.delete(runId);
      }
    },
    async state(runId: string) {
      if (running.has(runId)) return 'active';
      return present.has(runId) ? 'waiting' : 'missing';
    },
    // A retry waits on a timer (delayed); a run that fails ends in the database, not the queue.
    async counts() {
      return { waiting: waiting.length, active: running.size, delayed: timers.size, failed: 0 };
    },
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      for (const abort of running.values()) abort.abort();
    },
    consume(consumer: RunHandler, logger: Logger): RunConsumer {
      handler = consumer;
      log = logger;
      pump();
      return { close: () => queue.close() };
    },
  };
  return queue;
}
