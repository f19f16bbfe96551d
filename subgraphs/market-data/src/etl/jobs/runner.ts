import { setTimeout as sleep } from 'node:timers/promises';
import { redisKeyPrefix, type Env } from '@capstone/config';
import type { KisClient, KisClientOptions } from '@capstone/kis-client';
import type { Logger } from '@capstone/observability';
import { connectOptionalRedis } from '@capstone/server-kit';
import { backfill } from './backfill.js';
import { JobStopped, type Job, type JobContext } from './context.js';
import { collectDailyBars } from './daily-bars.js';
import { refreshInstrumentMaster } from './instrument-master.js';
import { createEtlKisClient } from '../kis/client.js';
import type { Pool } from '../storage/pool.js';
import type { EtlMetrics } from '../runs/etl-metrics.js';
import { RunRecorder } from '../runs/recorder.js';
import {
  createRun,
  type EtlJobName,
  type EtlStatusName,
  type EtlTriggerName,
  type RunParams,
  type RunRecord,
} from '../runs/run-records.js';
import { kisSource, type KisSource } from '../settings.js';

/** The batch jobs; the live stream is a session, not a run of this kind. */
export const BATCH_JOBS: Record<Exclude<EtlJobName, 'LIVE_QUOTES'>, Job> = {
  INSTRUMENT_MASTER: refreshInstrumentMaster,
  DAILY_BARS: collectDailyBars,
  BACKFILL: backfill,
};
export type BatchJobName = keyof typeof BATCH_JOBS;

export interface RunnerDeps {
  pool: Pool;
  kis: KisClient;
  source: KisSource;
  logger: Logger;
  historyYears: number;
  universeSize: number;
  now?: () => Date;
  /** Test hook: how a job waits (default: a timer that the stop signal cuts short). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Where the service counts its runs (the CLI counts none: it has no /metrics). */
  metrics?: EtlMetrics;
}

/**
 * One place to derive the runner's dependencies from the configuration, so that a job run from the
 * command line behaves as it does in the worker. `close` leaves the pool to its owner.
 */
export async function configuredRunnerDeps(
  config: Env,
  pool: Pool,
  logger: Logger,
  hooks: { kis?: Partial<KisClientOptions>; now?: () => Date; metrics?: EtlMetrics } = {},
): Promise<{ deps: RunnerDeps; close: () => Promise<void> }> {
  const redis = await connectOptionalRedis(config.REDIS_URL, logger);
  const source = kisSource(config);
  const kis = createEtlKisClient({
    source,
    pool,
    redis,
    logger,
    keyPrefix: redisKeyPrefix(config),
    overrides: hooks.kis,
  });
  return {
    deps: {
      pool,
      kis,
      source,
      logger,
      historyYears: config.ETL_HISTORY_YEARS,
      universeSize: config.ETL_UNIVERSE_SIZE,
      now: hooks.now,
      metrics: hooks.metrics,
    },
    close: async () => {
      await kis.close();
      redis?.disconnect();
    },
  };
}

const abortableSleep = (ms: number, signal: AbortSignal) =>
  sleep(ms, undefined, { signal }).catch(() => {});

export interface RunResult {
  id: number;
  status: EtlStatusName;
}

/**
 * Runs one batch job under its run record: the row says RUNNING with a heartbeat while it works,
 * then how it ended (rows, errors, a message). A job that throws ends FAILED; one stopped by
 * `signal` or by a cancel request ends FAILED (interrupted) or CANCELLED. Never throws for the
 * job's own failures: they are in the record.
 */
export async function runJob(
  deps: RunnerDeps,
  run: { job: BatchJobName; trigger: EtlTriggerName; params: RunParams } | RunRecord,
  signal: AbortSignal,
): Promise<RunResult> {
  const record: RunRecord =
    'id' in run
      ? run
      : {
          id: await createRun(deps.pool, run.job, run.trigger, run.params, 'RUNNING'),
          job: run.job,
          trigger: run.trigger,
          status: 'RUNNING',
          params: run.params,
        };
  const started = performance.now();
  const recorder = new RunRecorder(deps.pool, record);
  recorder.keepAlive();
  const logger = deps.logger.child({ runId: record.id, job: record.job });
  const context: JobContext = {
    pool: deps.pool,
    kis: deps.kis,
    source: deps.source,
    logger,
    recorder,
    now: deps.now ?? (() => new Date()),
    signal,
    sleep: async (ms) => {
      await (deps.sleep ?? abortableSleep)(ms, signal);
      if (signal.aborted) throw new JobStopped('interrupted');
    },
    historyYears: deps.historyYears,
    universeSize: deps.universeSize,
  };
  const job = BATCH_JOBS[record.job as BatchJobName];
  logger.info({ trigger: record.trigger, params: record.params }, 'etl: run started');
  let status: EtlStatusName;
  try {
    if (!job) throw new Error(`${record.job} is not a batch job`);
    const outcome = await job(context, record.params);
    status = await recorder.finish(outcome);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof JobStopped) {
      status = await recorder.finish({
        status: error.reason === 'cancelled' ? 'CANCELLED' : 'FAILED',
        message,
      });
    } else {
      recorder.error(message);
      status = await recorder.finish({ status: 'FAILED', message });
      logger.error({ err: error }, 'etl: run failed');
    }
  }
  logger.info(
    { status, rows: recorder.rows, rowsChanged: recorder.rowsChanged, errors: recorder.errorCount },
    'etl: run finished',
  );
  deps.metrics?.runFinished({
    job: record.job,
    status,
    seconds: (performance.now() - started) / 1_000,
    rows: recorder.rows,
  });
  return { id: record.id, status };
}
