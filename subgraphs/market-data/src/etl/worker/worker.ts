import { databaseName, databaseUrl, type Env } from '@capstone/config';
import type { KisClient, KisClientOptions } from '@capstone/kis-client';
import { sessionAt } from '@capstone/krx-calendar';
import type { Logger } from '@capstone/observability';
import type { ScheduledTask } from 'node-cron';
import type { Registry } from 'prom-client';
import type { QuoteEvent } from '../quote-stream.js';
import { WorkerLock } from './worker-lock.js';
import { LiveQuotes, type LiveQuotesOptions } from '../jobs/live-quotes.js';
import { createEtlPool, type Pool } from '../storage/pool.js';
import {
  BATCH_JOBS,
  configuredRunnerDeps,
  runJob,
  type BatchJobName,
  type RunResult,
} from '../jobs/runner.js';
import { createEtlMetrics } from '../runs/etl-metrics.js';
import {
  claimQueuedRun,
  failInterruptedRuns,
  lastProductiveRunAt,
  type EtlTriggerName,
  type RunParams,
} from '../runs/run-records.js';
import { scheduleEntries, startSchedule, type ScheduledJob } from './schedule.js';
import { liveQuotesMode, type KisSource } from '../settings.js';

export interface EtlWorkerOptions {
  config: Env;
  logger: Logger;
  /** Where live quotes go: the market-data quote stream (Redis pub/sub, or in memory). */
  publish: (quote: QuoteEvent) => unknown;
  /** Defaults to market-data's database on the configured server. */
  databaseUrl?: string;
  /** The registry of the service it runs in, for the ETL's metrics. */
  registry?: Registry;
  /** Test hooks. */
  kis?: Partial<KisClientOptions>;
  live?: Partial<Pick<LiveQuotesOptions, 'refreshMs' | 'flushMs'>>;
  now?: () => Date;
  /** How often a worker without the lock tries to take it. Default 10 s. */
  lockRetryMs?: number;
  /** How often a leader checks that its lock is still its own (default 30 s). */
  lockCheckMs?: number;
}

export interface EtlWorker {
  readonly source: KisSource;
  readonly pool: Pool;
  readonly kis: KisClient;
  readonly live: LiveQuotes;
  /** Whether this worker holds the lock and so runs the schedule and the queue. */
  readonly leading: boolean;
  start(): Promise<void>;
  /** Runs a batch job now (after the one in progress), under a run record. */
  run(job: BatchJobName, trigger: EtlTriggerName, params?: RunParams): Promise<RunResult>;
  /** Resolves once nothing runs and nothing is queued that this worker has seen. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const LIVE_CHECK_MS = 60_000;
const LOCK_CHECK_MS = 30_000;
const PHASES_WITH_QUOTES = new Set(['pre-open', 'regular', 'closing-auction']);
/** A master older than this is refreshed when the worker starts. */
const MASTER_MAX_AGE_MS = 20 * 3_600_000;

/**
 * The ETL worker: the cron schedule (Asia/Seoul, never overlapping), runs queued through the API
 * (a QUEUED row in EtlRun, picked up every ETL_QUEUE_POLL_MS), the catch-up at start-up and the
 * live quote stream. Batch jobs run one at a time: they share KIS's rate allowance, so running
 * two at once would only slow both. It runs as its own process (etl/main.ts) or inside
 * market-data (ETL_WORKER_MODE).
 */
export async function createEtlWorker(options: EtlWorkerOptions): Promise<EtlWorker> {
  const { config } = options;
  const logger = options.logger.child({ component: 'etl' });
  const url = options.databaseUrl ?? databaseUrl(config, 'market-data');
  const pool = createEtlPool(url, { connectionLimit: 6 });
  const now = options.now ?? (() => new Date());
  const metrics =
    options.registry &&
    createEtlMetrics(options.registry, pool, Object.keys(BATCH_JOBS) as BatchJobName[]);
  const runner = await configuredRunnerDeps(config, pool, logger, {
    kis: options.kis,
    now,
    metrics,
  });
  const { deps } = runner;
  const { source, kis } = deps;
  const live = new LiveQuotes({
    pool,
    kis,
    source,
    logger,
    publish: options.publish,
    now,
    ...options.live,
  });
  const liveMode = liveQuotesMode(config);
  const lock = new WorkerLock(pool, `${databaseName(config, 'market-data')}:etl-worker`);
  const stopping = new AbortController();
  const timers: NodeJS.Timeout[] = [];
  /** What lead() starts, undone if it fails half-way. */
  const leadTimers: NodeJS.Timeout[] = [];
  let tasks: ScheduledTask[] = [];
  let leadState: 'no' | 'trying' | 'yes' = 'no';
  let chain: Promise<unknown> = Promise.resolve();
  let busy = 0;

  /** Batch jobs one after another, in the order asked. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    busy++;
    const result = chain.then(work).finally(() => busy--);
    chain = result.catch(() => {});
    return result;
  }

  const afterJob = async () => {
    if (live.running) await live.refresh().catch(() => {});
  };

  const run: EtlWorker['run'] = (job, trigger, params = {}) =>
    serial(async () => {
      if (stopping.signal.aborted) throw new Error('The ETL worker is stopping');
      const result = await runJob(deps, { job, trigger, params }, stopping.signal);
      await afterJob();
      return result;
    });

  async function pollQueue() {
    if (busy > 0 || stopping.signal.aborted) return;
    const claimed = await claimQueuedRun(pool);
    if (!claimed) return;
    if (claimed.job === 'LIVE_QUOTES') return;
    await serial(async () => {
      await runJob(deps, claimed, stopping.signal);
      await afterJob();
    });
  }

  const inSession = () => PHASES_WITH_QUOTES.has(sessionAt(now()).phase);

  async function scheduled(job: ScheduledJob) {
    if (job === 'LIVE_QUOTES') {
      if (liveMode === 'always' || inSession()) await live.start('SCHEDULE');
      return;
    }
    await run(job, 'SCHEDULE');
  }

  /**
   * Fails runs left RUNNING by a worker that died (their heartbeat stopped): when this worker
   * starts leading, then with every poll of the queue (EtlRun.status is indexed).
   */
  async function sweepInterruptedRuns() {
    const interrupted = await failInterruptedRuns(pool);
    if (interrupted) logger.warn({ runs: interrupted }, 'etl: marked interrupted runs as failed');
  }

  async function lead() {
    await sweepInterruptedRuns();
    tasks = startSchedule(
      scheduleEntries(config, {
        liveQuotes: liveMode === 'market-hours',
        batchJobs: config.ETL_SCHEDULE === 'internal',
      }),
      scheduled,
    );
    leadTimers.push(
      setInterval(() => {
        void sweepInterruptedRuns().catch((error) =>
          logger.warn({ err: error }, 'etl: sweeping interrupted runs failed'),
        );
        void pollQueue().catch((error) => logger.warn({ err: error }, 'etl: queue poll failed'));
      }, config.ETL_QUEUE_POLL_MS),
    );
    if (liveMode === 'always' || (liveMode === 'market-hours' && inSession())) {
      await live
        .start('STARTUP')
        .catch((error) => logger.warn({ err: error }, 'etl: live quotes did not start'));
    }
    if (liveMode === 'market-hours') {
      // The schedule starts the stream before the open; the session's end stops it.
      leadTimers.push(
        setInterval(() => {
          if (live.running && !inSession()) void live.stop('The KRX session ended');
        }, LIVE_CHECK_MS),
      );
    }
    if (config.ETL_CATCH_UP_ON_START) {
      const failed = (error: unknown) => logger.warn({ err: error }, 'etl: catch-up did not run');
      if (await masterIsStale()) run('INSTRUMENT_MASTER', 'STARTUP').catch(failed);
      run('DAILY_BARS', 'STARTUP').catch(failed);
    }
    logger.info(
      { source: source.kind, env: source.env, restUrl: source.restUrl, live: liveMode },
      'etl worker leading',
    );
  }

  async function masterIsStale(): Promise<boolean> {
    const at = await lastProductiveRunAt(pool, 'INSTRUMENT_MASTER');
    return !at || now().getTime() - at.getTime() > MASTER_MAX_AGE_MS;
  }

  async function tryToLead(): Promise<boolean> {
    // One attempt at a time, and none once leading: lead() must never run twice.
    if (leadState !== 'no') return leadState === 'yes';
    leadState = 'trying';
    try {
      if (!(await lock.tryAcquire())) {
        leadState = 'no';
        return false;
      }
      await lead();
      leadState = 'yes';
      return true;
    } catch (error) {
      // Undone, so that the next attempt starts from nothing rather than doubling the schedule.
      await stopLeading();
      throw error;
    }
  }

  async function stopLeading() {
    for (const timer of leadTimers.splice(0)) clearInterval(timer);
    await Promise.all(tasks.splice(0).map((task) => task.destroy()));
    await live.stop('The worker stopped leading').catch(() => {});
    await lock.release();
    leadState = 'no';
  }

  /** Tries to lead now and, while another worker leads, again every lockRetryMs. */
  async function leadOrWait() {
    if (await tryToLead()) return;
    logger.info('etl: another worker holds the lock; waiting to take over');
    const retry = setInterval(() => {
      void tryToLead()
        .then((leading) => leading && clearInterval(retry))
        .catch((error) => logger.warn({ err: error }, 'etl: lock attempt failed'));
    }, options.lockRetryMs ?? 10_000);
    timers.push(retry);
  }

  /** A leader that lost its lock (its connection dropped) stops at once and waits its turn. */
  async function checkLock() {
    if (leadState !== 'yes' || (await lock.stillHeld())) return;
    logger.warn('etl: the worker lock was lost; another worker may lead now');
    await stopLeading();
    await leadOrWait();
  }

  return {
    source,
    pool,
    kis,
    live,
    get leading() {
      return lock.held;
    },
    async start() {
      await leadOrWait();
      timers.push(
        setInterval(() => {
          void checkLock().catch((error) => logger.warn({ err: error }, 'etl: lock check failed'));
        }, options.lockCheckMs ?? LOCK_CHECK_MS),
      );
    },
    run,
    async idle() {
      for (;;) {
        await chain;
        if (busy === 0) return;
      }
    },
    async close() {
      stopping.abort();
      for (const timer of [...timers, ...leadTimers]) clearInterval(timer);
      await Promise.all(tasks.map((task) => task.destroy()));
      await live.stop('The worker stopped');
      await chain;
      await lock.release();
      await runner.close();
      await pool.end();
    },
  };
}
