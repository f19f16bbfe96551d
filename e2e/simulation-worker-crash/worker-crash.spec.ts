import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { repoRoot } from '@capstone/platform';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { insertDemoHistory, portfolioId, queue } from '../simulations/simulation-fixtures.js';

/**
 * A run survives its worker: a real simulation-worker process is killed (SIGKILL) in the middle
 * of a Monte Carlo run, a new one takes the run over, and it ends SUCCEEDED once, with one result.
 * The workers are child processes here; the scenario subgraph and the gateway run in the test.
 */
const LOCK_MS = 1_500;
const platform = usePlatform({
  seed: true,
  services: [...SUBGRAPHS, 'gateway'],
  env: {
    SIMULATION_WORKER_MODE: 'process',
    SIMULATION_LOCK_MS: String(LOCK_MS),
    SIMULATION_MAX_CELLS: '500000000',
  },
});

const workers: ChildProcess[] = [];

/** A simulation worker of its own, from the sources, on this test's databases and Redis. */
function startWorker(): ChildProcess {
  const { config } = platform;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=capstone-source',
      join(repoRoot, 'subgraphs/scenario/src/worker/main.ts'),
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
        DATABASE_URL: config.DATABASE_URL,
        DATABASE_PREFIX: config.DATABASE_PREFIX,
        REDIS_URL: config.REDIS_URL,
        // Platform services reach the gateway on its internal listener, with signed identities.
        GATEWAY_URL: platform.internalGraphqlUrl,
        INTERNAL_JWT_SECRET: config.INTERNAL_JWT_SECRET,
        SIMULATION_WORKER_PORT: '0',
        SIMULATION_LOCK_MS: String(LOCK_MS),
        SIMULATION_MONTE_CARLO_THREADS: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  workers.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve()
      : child.once('exit', () => resolve()),
  );

let demo: SignedInUser;
beforeAll(async () => {
  await insertDemoHistory(platform);
  demo = await platform.demo();
});
afterAll(async () => {
  for (const child of workers) child.kill('SIGKILL');
  await Promise.all(workers.map(exited));
});

describe('a worker killed in the middle of a run', () => {
  it(
    'leaves the run to the next worker, which ends it SUCCEEDED exactly once',
    { timeout: 180_000 },
    async () => {
      const first = startWorker();
      const run = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', {
        portfolioId: await portfolioId(demo, 'Growth'),
        paths: 10_000,
        horizonDays: 504,
      });
      const subscription = demo.subscribe<{
        simulationProgress: { status: string; stage: string; fraction: number };
      }>('subscription($id: ID!) { simulationProgress(runId: $id) { status stage fraction } }', {
        id: run.id,
      });
      const events: { status: string; stage: string; fraction: number }[] = [];
      const next = async () => {
        const event = await subscription.next();
        expect(event.errors, JSON.stringify(event.errors)).toBeUndefined();
        events.push(event.data!.simulationProgress);
        return event.data!.simulationProgress;
      };
      try {
        // Well into the computation …
        for (;;) {
          const event = await next();
          if (event.stage === 'computing' && event.fraction > 0.2) break;
        }
        first.kill('SIGKILL');
        await exited(first);
        // … a new worker takes it over once the dead one's lock has lapsed.
        startWorker();
        let last = await next();
        while (last.status === 'RUNNING') last = await next();
        expect(last.status).toBe('SUCCEEDED');
      } finally {
        await subscription.close();
      }
      expect(events.filter((e) => e.status === 'SUCCEEDED')).toHaveLength(1);

      const answer = await demo.ask<{
        simulation: { status: string; attempts: number; result: { paths: number } | null };
      }>(
        'query($id: ID!) { simulation(id: $id) { status attempts result { ... on MonteCarloResult { paths } } } }',
        { id: run.id },
      );
      expect(answer.data!.simulation).toMatchObject({
        status: 'SUCCEEDED',
        attempts: 2,
        result: { paths: 10_000 },
      });
      const rows = await withConnection(databaseUrl(platform.config, 'scenario'), (connection) =>
        connection.query('SELECT COUNT(*) AS n FROM SimulationResult WHERE runId = ?', [run.id]),
      );
      expect(Number((rows as { n: bigint | number }[])[0]!.n)).toBe(1);
    },
  );
});
