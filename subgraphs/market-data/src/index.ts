import { prismaLayout } from '@capstone/db';

/** Where this subgraph's Prisma schema and migrations are, for the migrator. */
export const prismaFiles = prismaLayout(new URL('..', import.meta.url));
export { createPrismaClient } from './prisma.js';
export { createQuoteStream, quoteTopic, type QuoteEvent, type QuoteStream } from './quotes.js';
export { schema } from './schema/index.js';
export { DEMO_INSTRUMENTS, seedDemoInstruments } from './seed.js';
export { marketDataSubgraph } from './service.js';
export {
  IngestValueError,
  upsertDailyBars,
  upsertIndexBars,
  upsertInstruments,
  upsertQuotes,
  type BarRow,
  type DailyBarRow,
  type IndexBarRow,
  type InstrumentRow,
  type QuoteRow,
  type UpsertOptions,
  type UpsertStats,
} from './etl/ingest.js';
export { createEtlPool } from './etl/pool.js';
export { collectBars, type BarTarget } from './etl/bars.js';
export { USAGE as ETL_USAGE, UsageError, parseCliArgs, type CliCommand } from './etl/cli-args.js';
export { missingTradingDays } from './etl/completeness.js';
export { runsWorkerInProcess } from './etl/in-process.js';
export { createEtlKisClient } from './etl/kis.js';
export { WorkerLock } from './etl/leader.js';
export {
  LiveQuotes,
  STREAM_LIMIT,
  quoteFromCurrentPrice,
  quoteFromTrade,
} from './etl/live-quotes.js';
export { runJob, type BatchJobName, type RunResult, type RunnerDeps } from './etl/runner.js';
export {
  ETL_JOBS,
  RunRecorder,
  createRun,
  failInterruptedRuns,
  type EtlJobName,
  type EtlStatusName,
  type EtlTriggerName,
  type RunParams,
} from './etl/runs.js';
export {
  SCHEDULE_TIMEZONE,
  scheduleEntries,
  startSchedule,
  type Schedule,
  type ScheduleEntry,
} from './etl/schedule.js';
export { startEtlWorkerService, type StartEtlWorkerServiceOptions } from './etl/service.js';
export {
  TRACKED_INDICES,
  hasKisCredentials,
  historyStart,
  kisSource,
  type KisSource,
} from './etl/settings.js';
export { databaseTokenStore } from './etl/token-store.js';
export { largestCommonStocks } from './etl/universe.js';
export { createEtlWorker, type EtlWorker, type EtlWorkerOptions } from './etl/worker.js';
