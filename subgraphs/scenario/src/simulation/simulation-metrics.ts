import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { SimulationKind } from '../generated/prisma/enums.js';

/** The queue states the jobs dashboard and the SimulationQueueBacklog alert read. */
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
export type QueueCounts = Record<(typeof QUEUE_STATES)[number], number>;

/** How a run this worker computed ended. */
export type EndedStatus = 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export interface SimulationMetrics {
  /** A run this process computed ended after `seconds` of its attempt. */
  runEnded(run: { kind: string; status: EndedStatus; seconds: number }): void;
}

/** A stress test takes milliseconds; a large Monte Carlo or optimisation takes minutes. */
const DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/**
 * The simulation metrics, registered by whichever process runs the worker (the simulation-worker
 * service, or the scenario subgraph in-process). The queue gauge asks the queue at each scrape;
 * a queue that does not answer leaves the last figures rather than failing the scrape. Labels are
 * the run kinds, statuses and queue states only.
 */
export function createSimulationMetrics(
  registry: Registry,
  queue: { counts(): Promise<QueueCounts> },
): SimulationMetrics {
  const registers = [registry];
  new Gauge({
    name: 'simulation_queue_jobs',
    help: 'Simulation jobs in the queue this worker takes from, by state (every worker of one queue reports the same figures).',
    labelNames: ['state'],
    registers,
    async collect() {
      const counts = await queue.counts().catch(() => null);
      if (!counts) return;
      for (const state of QUEUE_STATES) this.set({ state }, counts[state]);
    },
  });
  const runs = new Counter({
    name: 'simulation_jobs_total',
    help: 'Simulation runs this process computed to an end, by kind and final status.',
    labelNames: ['kind', 'status'],
    registers,
  });
  const duration = new Histogram({
    name: 'simulation_job_duration_seconds',
    help: 'How long computing a simulation run took (its last attempt, claim to end), by kind.',
    labelNames: ['kind'],
    buckets: DURATION_BUCKETS,
    registers,
  });
  // Zero from the start, so that rate() sees the first run of each kind.
  for (const kind of Object.values(SimulationKind)) {
    for (const status of ['SUCCEEDED', 'FAILED'] as const) runs.labels({ kind, status }).inc(0);
  }
  return {
    runEnded({ kind, status, seconds }) {
      runs.labels({ kind, status }).inc();
      duration.labels({ kind }).observe(seconds);
    },
  };
}
