import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@capstone/config';
import { createLogger, metricValue as value } from '@capstone/observability';
import { Registry } from 'prom-client';
import { runJob, type RunnerDeps } from '../src/etl/jobs/runner.js';
import { createEtlMetrics } from '../src/etl/runs/etl-metrics.js';
import { createRun } from '../src/etl/runs/run-records.js';
import { kisSource } from '../src/etl/settings.js';
import { scratchMarketData } from './support/scratch-database.js';

let db: Awaited<ReturnType<typeof scratchMarketData>>;
beforeAll(async () => {
  db = await scratchMarketData();
});
afterAll(() => db?.drop());

async function endedRun(job: 'DAILY_BARS' | 'INSTRUMENT_MASTER', status: string, at: string) {
  const id = await createRun(db.pool, job, 'SCHEDULE', {}, 'RUNNING');
  await db.pool.query('UPDATE EtlRun SET status = ?, finishedAt = ? WHERE id = ?', [
    status,
    at,
    id,
  ]);
}

describe('the ETL metrics', () => {
  it('count each run the process makes, by job and status, with its rows and duration', async () => {
    const registry = new Registry();
    const metrics = createEtlMetrics(registry, db.pool, ['DAILY_BARS', 'INSTRUMENT_MASTER']);
    const deps: RunnerDeps = {
      pool: db.pool,
      kis: {} as RunnerDeps['kis'],
      source: kisSource(parseEnv({})),
      logger: createLogger('etl-test', 'silent'),
      historyYears: 5,
      universeSize: 50,
      // 2026-02-17 16:00 in Seoul, Seollal: the run ends SKIPPED without asking KIS.
      now: () => new Date('2026-02-17T07:00:00Z'),
      metrics,
    };
    expect(
      await value(registry, 'etl_runs_total', { job: 'DAILY_BARS', status: 'SUCCEEDED' }),
    ).toBe(0);
    const run = await runJob(
      deps,
      { job: 'DAILY_BARS', trigger: 'SCHEDULE', params: {} },
      new AbortController().signal,
    );
    expect(run.status).toBe('SKIPPED');
    expect(await value(registry, 'etl_runs_total', { job: 'DAILY_BARS', status: 'SKIPPED' })).toBe(
      1,
    );
    expect(await value(registry, 'etl_rows_written_total', { job: 'DAILY_BARS' })).toBe(0);
    expect(await value(registry, 'etl_run_duration_seconds_count', { job: 'DAILY_BARS' })).toBe(1);
    metrics.runFinished({ job: 'INSTRUMENT_MASTER', status: 'SUCCEEDED', seconds: 3, rows: 2_700 });
    expect(await value(registry, 'etl_rows_written_total', { job: 'INSTRUMENT_MASTER' })).toBe(
      2_700,
    );
    expect(
      await value(registry, 'etl_run_duration_seconds_sum', { job: 'INSTRUMENT_MASTER' }),
    ).toBe(3);
  });

  it('read the last success of each job from the run records, whoever ran it', async () => {
    const registry = new Registry();
    createEtlMetrics(registry, db.pool, ['DAILY_BARS']);
    await endedRun('DAILY_BARS', 'SUCCEEDED', '2026-03-02 07:30:00');
    await endedRun('DAILY_BARS', 'SUCCEEDED', '2026-03-03 07:30:00');
    // Later runs that did not succeed leave it where it was.
    await endedRun('DAILY_BARS', 'FAILED', '2026-03-04 07:30:00');
    await endedRun('DAILY_BARS', 'PARTIAL', '2026-03-05 07:30:00');
    const last = 'etl_run_last_success_timestamp_seconds';
    expect(await value(registry, last, { job: 'DAILY_BARS' })).toBe(
      Date.parse('2026-03-03T07:30:00Z') / 1_000,
    );
    expect(await value(registry, last, { job: 'INSTRUMENT_MASTER' })).toBeUndefined();
  });
});
