import { beforeAll, describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { followRun, insertDemoHistory, portfolioId, queue } from './simulation-fixtures.js';

/**
 * Without Redis the scenario subgraph runs simulations itself, with the same worker code, and
 * progress travels in memory to the subscription.
 */
const platform = usePlatform({
  seed: true,
  // Nothing listens on port 1: every service keeps its state in memory.
  env: { REDIS_URL: 'redis://127.0.0.1:1', SIMULATION_WORKER_MODE: 'auto' },
});

let demo: SignedInUser;
beforeAll(async () => {
  await insertDemoHistory(platform);
  demo = await platform.demo();
});

describe('simulations without Redis', () => {
  it('run inside the scenario subgraph, with their progress, to SUCCEEDED', async () => {
    const run = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', {
      portfolioId: await portfolioId(demo, 'Dividend'),
      paths: 5_000,
      horizonDays: 120,
    });
    const events = await followRun(demo, run.id);
    expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', fraction: 1 });
    const answer = await demo.ask<{
      simulation: { attempts: number; result: { paths: number } };
    }>(
      'query($id: ID!) { simulation(id: $id) { attempts result { ... on MonteCarloResult { paths } } } }',
      { id: run.id },
    );
    expect(answer.data!.simulation).toEqual({ attempts: 1, result: { paths: 5_000 } });
  });

  it('are cancelled in the same process', async () => {
    const run = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', {
      portfolioId: await portfolioId(demo, 'Dividend'),
      paths: 200_000,
      horizonDays: 30,
    });
    const subscription = demo.subscribe<{ simulationProgress: { status: string; stage: string } }>(
      'subscription($id: ID!) { simulationProgress(runId: $id) { status stage } }',
      { id: run.id },
    );
    try {
      for (;;) {
        const event = (await subscription.next()).data!.simulationProgress;
        if (event.stage === 'computing') break;
      }
      const answer = await demo.ask<{ cancelSimulation: { status: string } }>(
        'mutation($id: ID!) { cancelSimulation(runId: $id) { status } }',
        { id: run.id },
      );
      expect(answer.data?.cancelSimulation.status, JSON.stringify(answer)).toBe('CANCELLED');
    } finally {
      await subscription.close();
    }
  });
});
