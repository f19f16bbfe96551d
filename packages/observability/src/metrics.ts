import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per service, labelled with the service name, with Node's process
 * metrics. A registry of its own (not prom-client's global) keeps tests that run
 * several services in one process from mixing their figures.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}
