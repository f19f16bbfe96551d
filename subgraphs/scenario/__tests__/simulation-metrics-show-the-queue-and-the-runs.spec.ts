import { describe, expect, it } from 'vitest';
import { createLogger, metricValue } from '@capstone/observability';
import { Registry } from 'prom-client';
import { memoryQueue } from '../src/simulation/queue.js';
import { createSimulationMetrics, type QueueCounts } from '../src/simulation/simulation-metrics.js';

const state = (registry: Registry, name: string) =>
  metricValue(registry, 'simulation_queue_jobs', { state: name });

describe('the simulation metrics', () => {
  it('show the in-memory queue as it is at each scrape', async () => {
    const queue = memoryQueue({ concurrency: 1 });
    const registry = new Registry();
    createSimulationMetrics(registry, queue);
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    queue.consume(
      async () => {
        await blocked;
        return {};
      },
      createLogger('simulation-test', 'silent'),
    );
    for (const id of ['a', 'b', 'c']) await queue.enqueue(id);
    expect(await state(registry, 'active')).toBe(1);
    expect(await state(registry, 'waiting')).toBe(2);
    expect(await state(registry, 'delayed')).toBe(0);
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await state(registry, 'active')).toBe(0);
    expect(await state(registry, 'waiting')).toBe(0);
    await queue.close();
  });

  it('keep the last figures when the queue does not answer, rather than failing the scrape', async () => {
    let answer: () => Promise<QueueCounts> = async () => ({
      waiting: 7,
      active: 2,
      delayed: 1,
      failed: 3,
    });
    const registry = new Registry();
    createSimulationMetrics(registry, { counts: () => answer() });
    expect(await state(registry, 'failed')).toBe(3);
    answer = () => Promise.reject(new Error('Redis is down'));
    expect(await state(registry, 'waiting')).toBe(7);
  });

  it('count the runs that end, by kind and status, with their duration', async () => {
    const registry = new Registry();
    const metrics = createSimulationMetrics(registry, {
      counts: async () => ({ waiting: 0, active: 0, delayed: 0, failed: 0 }),
    });
    const jobs = (labels: Record<string, string>) =>
      metricValue(registry, 'simulation_jobs_total', labels);
    expect(await jobs({ kind: 'BACKTEST', status: 'SUCCEEDED' })).toBe(0);
    metrics.runEnded({ kind: 'BACKTEST', status: 'SUCCEEDED', seconds: 0.4 });
    metrics.runEnded({ kind: 'BACKTEST', status: 'CANCELLED', seconds: 2 });
    expect(await jobs({ kind: 'BACKTEST', status: 'SUCCEEDED' })).toBe(1);
    expect(await jobs({ kind: 'BACKTEST', status: 'CANCELLED' })).toBe(1);
    const duration = (series: string) =>
      metricValue(registry, `simulation_job_duration_seconds_${series}`, { kind: 'BACKTEST' });
    expect(await duration('count')).toBe(2);
    expect(await duration('sum')).toBeCloseTo(2.4);
  });
});
