import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@capstone/config';
import { DEMO_INSTRUMENTS } from '@capstone/market-data';
import type { ServiceName } from '@capstone/platform';
import { usePlatform } from '@capstone/test-platform';
import { referencedMetrics } from '@capstone/test-platform/monitoring';
import { followRun, portfolioId, queue } from '../simulations/simulation-fixtures.js';
import { samplesOf, scrape, type Exposition } from './exposition.js';

/**
 * The alert rules and Grafana dashboards read only metrics the services really emit. The platform
 * runs as in production, each worker its own service: the ETL worker fills it from the KIS
 * simulator at start-up, the ai service trains its first models on those bars and serves a
 * forecast, the simulation worker computes a Monte Carlo run. Then every service is scraped.
 */
const SERVICES: ServiceName[] = [...SUBGRAPHS, 'gateway', 'etl-worker', 'simulation-worker'];
const platform = usePlatform({
  services: SERVICES,
  seed: true,
  kisSimulator: {
    symbols: DEMO_INSTRUMENTS.map((instrument) => instrument.symbol),
    rateLimits: { real: 1_000, mock: 1_000 },
  },
  env: {
    AI_TRAIN_ON_START: 'true',
    ETL_HISTORY_YEARS: '4',
    ETL_LIVE_QUOTES: 'off',
    ETL_WORKER_MODE: 'process',
    SIMULATION_WORKER_MODE: 'process',
  },
});

/** Prometheus makes `up` itself, for every target it scrapes. */
const MADE_BY_PROMETHEUS = new Set(['up']);

const one = (exposition: Exposition, name: string, labels: Record<string, string>) => {
  const found = samplesOf(exposition, name, labels);
  expect(found, `${name}${JSON.stringify(labels)}`).toHaveLength(1);
  return found[0]!.value;
};

describe('the metrics of the dashboards and alert rules', () => {
  it('are emitted by the running services once an ETL run, a forecast and a simulation have happened', async () => {
    const startedAt = Date.now() / 1_000;
    const demo = await platform.demo();

    // A forecast: it appears once the start-up ETL run has the bars and the first models are trained.
    const ask = () =>
      demo.ask<{ instrument: { forecast: { volatility: { source: string } } | null } }>(
        '{ instrument(symbol: "005930") { forecast { volatility { source } } } }',
      );
    let forecast = await ask();
    for (let deadline = Date.now() + 170_000; Date.now() < deadline;) {
      if (forecast.data?.instrument.forecast) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
      forecast = await ask();
    }
    expect(forecast.data?.instrument.forecast, JSON.stringify(forecast)).toMatchObject({
      volatility: { source: 'MODEL' },
    });

    // A simulation, computed by the simulation worker.
    const run = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', {
      portfolioId: await portfolioId(demo, 'Dividend'),
      paths: 2_000,
      horizonDays: 20,
    });
    expect((await followRun(demo, run.id)).at(-1)).toMatchObject({ status: 'SUCCEEDED' });

    const scrapes = new Map<ServiceName, Exposition>();
    for (const service of SERVICES) scrapes.set(service, await scrape(platform, service));

    // Every metric a dashboard or an alert reads is declared by some running service.
    const referenced = referencedMetrics();
    expect(referenced.length).toBeGreaterThan(15);
    const missing = referenced.filter(
      (name) =>
        !MADE_BY_PROMETHEUS.has(name) &&
        ![...scrapes.values()].some((exposition) => exposition.declared.has(name)),
    );
    expect(missing).toEqual([]);

    // …and the domain metrics carry the work that was done, where it was done.
    const etl = scrapes.get('etl-worker')!;
    expect(one(etl, 'etl_runs_total', { job: 'DAILY_BARS', status: 'SUCCEEDED' })).toBe(1);
    expect(one(etl, 'etl_run_duration_seconds_count', { job: 'DAILY_BARS' })).toBe(1);
    expect(one(etl, 'etl_rows_written_total', { job: 'DAILY_BARS' })).toBeGreaterThan(0);
    const lastSuccess = one(etl, 'etl_run_last_success_timestamp_seconds', { job: 'DAILY_BARS' });
    expect(lastSuccess).toBeGreaterThanOrEqual(Math.floor(startedAt) - 300);
    expect(lastSuccess).toBeLessThanOrEqual(Date.now() / 1_000);

    const worker = scrapes.get('simulation-worker')!;
    const monteCarlo = { kind: 'MONTE_CARLO' };
    expect(one(worker, 'simulation_jobs_total', { ...monteCarlo, status: 'SUCCEEDED' })).toBe(1);
    expect(one(worker, 'simulation_job_duration_seconds_count', monteCarlo)).toBe(1);
    for (const state of ['waiting', 'active', 'delayed', 'failed']) {
      expect(one(worker, 'simulation_queue_jobs', { state })).toBe(0);
    }

    const ai = scrapes.get('ai')!;
    const served = samplesOf(ai, 'ai_model_version_info', { kind: 'VOLATILITY', source: 'MODEL' });
    expect(served.map((sample) => [sample.labels.version, sample.value])).toEqual([['1', 1]]);
    const model = served[0]!.labels.name!;
    expect(one(ai, 'ai_inference_requests_total', { model, outcome: 'ok' })).toBeGreaterThan(0);
    expect(one(ai, 'ai_inference_requests_total', { model, outcome: 'error' })).toBe(0);
    expect(one(ai, 'ai_model_serving_errors_total', { model })).toBe(0);
    expect(one(ai, 'ai_inference_duration_seconds_count', { model })).toBeGreaterThan(0);

    // Labels stay a bounded set: never a symbol, a user or a run.
    for (const [service, exposition] of scrapes) {
      for (const sample of exposition.samples.filter((s) => /^(etl|simulation|ai)_/.test(s.name))) {
        for (const value of Object.values(sample.labels)) {
          expect(value, `${service} ${sample.name}`).not.toMatch(/^\d{6}$|^[0-9a-f-]{36}$/);
        }
      }
    }
  }, 300_000);
});
