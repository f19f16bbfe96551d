import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Pool } from '../storage/pool.js';
import { instantOf, type EtlJobName, type EtlStatusName } from './run-records.js';

/** What the ETL dashboard and the EtlStale alert read (k8s/base/platform/monitoring). */
export interface EtlMetrics {
  /** One batch run ended, in this process, after `seconds`, having written `rows` rows. */
  runFinished(run: { job: EtlJobName; status: EtlStatusName; seconds: number; rows: number }): void;
}

/** Batch runs take from seconds (the master) to an hour or more (a backfill of years). */
const DURATION_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1_200, 1_800, 3_600, 7_200];

/**
 * The ETL's metrics in a service's registry. Runs, rows and durations are counted by the process
 * that ran them; the last success comes from the run records at each scrape, so it stays true
 * across restarts and includes runs made elsewhere (the CronJobs' CLI, another replica).
 * Labels are job names and run statuses only: a bounded set.
 */
export function createEtlMetrics(
  registry: Registry,
  pool: Pool,
  jobs: readonly EtlJobName[],
): EtlMetrics {
  const registers = [registry];
  const runs = new Counter({
    name: 'etl_runs_total',
    help: 'ETL batch runs that ended in this process, by job and final status.',
    labelNames: ['job', 'status'],
    registers,
  });
  const duration = new Histogram({
    name: 'etl_run_duration_seconds',
    help: 'How long ETL batch runs took, start to end, by job.',
    labelNames: ['job'],
    buckets: DURATION_BUCKETS,
    registers,
  });
  const rows = new Counter({
    name: 'etl_rows_written_total',
    help: 'Rows the ETL batch runs of this process upserted (EtlRun.rows), by job.',
    labelNames: ['job'],
    registers,
  });
  new Gauge({
    name: 'etl_run_last_success_timestamp_seconds',
    help: 'When each ETL job last ended SUCCEEDED (Unix seconds), from the run records.',
    labelNames: ['job'],
    registers,
    async collect() {
      // A database that does not answer leaves the last figures: a scrape never fails for it.
      const successes = await lastSuccesses(pool).catch(() => null);
      if (!successes) return;
      this.reset();
      for (const [job, at] of successes) this.set({ job }, at.getTime() / 1_000);
    },
  });
  // Zero from the start, so that rate() and increase() see the first run.
  for (const job of jobs) {
    rows.labels({ job }).inc(0);
    for (const status of ['SUCCEEDED', 'FAILED'] as const) runs.labels({ job, status }).inc(0);
  }
  return {
    runFinished({ job, status, seconds, rows: written }) {
      runs.labels({ job, status }).inc();
      duration.labels({ job }).observe(seconds);
      rows.labels({ job }).inc(written);
    },
  };
}

async function lastSuccesses(pool: Pool): Promise<Map<string, Date>> {
  const [found] = await pool.query(
    "SELECT job, MAX(finishedAt) AS at FROM EtlRun WHERE status = 'SUCCEEDED' GROUP BY job",
  );
  const out = new Map<string, Date>();
  for (const { job, at } of found as { job: string; at: string | Date | null }[]) {
    const instant = instantOf(at);
    if (instant) out.set(job, instant);
  }
  return out;
}
