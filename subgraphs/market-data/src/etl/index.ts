/**
 * `@capstone/market-data/etl`: the ETL worker, a deployable of its own (the `etl-worker`
 * service, etl/main.ts), and what drives its jobs from outside, for the platform, its tests and
 * benchmarks. The command line is etl/cli.ts.
 */
export {
  configuredRunnerDeps,
  runJob,
  type BatchJobName,
  type RunResult,
  type RunnerDeps,
} from './jobs/runner.js';
export { createEtlKisClient } from './kis/client.js';
export { hasKisCredentials, historyStart, kisSource, type KisSource } from './settings.js';
export {
  upsertDailyBars,
  upsertIndexBars,
  upsertInstruments,
  upsertQuotes,
  type BarRow,
  type DailyBarRow,
  type IndexBarRow,
  type InstrumentRow,
  type QuoteRow,
  type UpsertStats,
} from './storage/ingest.js';
export { createEtlPool, type Pool } from './storage/pool.js';
export { startEtlWorkerService, type StartEtlWorkerServiceOptions } from './worker/service.js';
export { createEtlWorker, type EtlWorker, type EtlWorkerOptions } from './worker/worker.js';
