import { describe, expect, it } from 'vitest';
import { DEMO_INSTRUMENTS } from '@capstone/market-data';
import { usePlatform } from '@capstone/test-platform';
import { followRun, portfolioId, queue } from '../simulations/simulation-fixtures.js';
import { samplesOf, scrape } from './exposition.js';

/**
 * Without Redis, market-data runs the ETL worker and the scenario subgraph runs simulations in
 * their own processes: the ETL and simulation metrics are then theirs, on their /metrics.
 */
const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'scenario', 'gateway'],
  seed: true,
  kisSimulator: {
    symbols: DEMO_INSTRUMENTS.map((instrument) => instrument.symbol),
    rateLimits: { real: 1_000, mock: 1_000 },
  },
  env: {
    // Nothing listens on port 1: `auto` puts both workers in their subgraphs.
    REDIS_URL: 'redis://127.0.0.1:1',
    ETL_WORKER_MODE: 'auto',
    SIMULATION_WORKER_MODE: 'auto',
    ETL_HISTORY_YEARS: '2',
    ETL_LIVE_QUOTES: 'off',
  },
});

describe('without Redis, the workers’ metrics', () => {
  it('are on the subgraphs that run them', async () => {
    const succeeded = { job: 'DAILY_BARS', status: 'SUCCEEDED' };
    let marketData = await scrape(platform, 'market-data');
    for (let deadline = Date.now() + 120_000; Date.now() < deadline;) {
      if (samplesOf(marketData, 'etl_runs_total', succeeded)[0]?.value) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
      marketData = await scrape(platform, 'market-data');
    }
    expect(samplesOf(marketData, 'etl_runs_total', succeeded)).toMatchObject([{ value: 1 }]);
    expect(
      samplesOf(marketData, 'etl_run_last_success_timestamp_seconds', { job: 'DAILY_BARS' }),
    ).toHaveLength(1);

    const demo = await platform.demo();
    const run = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', {
      portfolioId: await portfolioId(demo, 'Dividend'),
      paths: 1_000,
      horizonDays: 20,
    });
    expect((await followRun(demo, run.id)).at(-1)).toMatchObject({ status: 'SUCCEEDED' });
    const scenario = await scrape(platform, 'scenario');
    expect(
      samplesOf(scenario, 'simulation_jobs_total', { kind: 'MONTE_CARLO', status: 'SUCCEEDED' }),
    ).toMatchObject([{ value: 1 }]);
    expect(samplesOf(scenario, 'simulation_queue_jobs', { state: 'waiting' })).toMatchObject([
      { value: 0 },
    ]);
  }, 200_000);
});
