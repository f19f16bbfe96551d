import type { KisClient } from '@capstone/kis-client';
import type { Logger } from '@capstone/observability';
import type { Pool } from '../storage/pool.js';
import type { RunRecorder } from '../runs/recorder.js';
import type { RunOutcome, RunParams } from '../runs/run-records.js';
import type { KisSource } from '../settings.js';

/** What every job gets: the database, KIS, its run's recorder, and a way to be stopped. */
export interface JobContext {
  pool: Pool;
  kis: KisClient;
  source: KisSource;
  logger: Logger;
  recorder: RunRecorder;
  now: () => Date;
  /** Aborted when the worker (or the CLI) stops: the job ends between two pages. */
  signal: AbortSignal;
  /** Waits, ending the job (JobStopped) if `signal` aborts meanwhile. */
  sleep: (ms: number) => Promise<void>;
  /** Years of daily bars to keep. */
  historyYears: number;
  /** How many of the largest common stocks the master refresh tracks. */
  universeSize: number;
}

export type Job = (context: JobContext, params: RunParams) => Promise<RunOutcome>;

/** Thrown between two pages when the run was cancelled or the process is stopping. */
export class JobStopped extends Error {
  override name = 'JobStopped';
  constructor(readonly reason: 'cancelled' | 'interrupted') {
    super(
      reason === 'cancelled'
        ? 'Cancelled on request'
        : 'Interrupted: the process stopped before the run finished',
    );
  }
}

/** Ends the job if it was cancelled or the process is stopping; records progress meanwhile. */
export async function checkpoint(context: JobContext): Promise<void> {
  if (context.signal.aborted) throw new JobStopped('interrupted');
  if (await context.recorder.checkpoint()) throw new JobStopped('cancelled');
}
