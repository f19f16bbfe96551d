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

/**
 * One series' value as a scrape shows it (a histogram's `_count`, `_sum` and `_bucket` included),
 * or undefined when the registry has no such series: for tests and tools that read a registry.
 */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string | number> = {},
): Promise<number | undefined> {
  for (const metric of await registry.getMetricsAsJSON()) {
    for (const sample of metric.values as {
      metricName?: string;
      labels: Record<string, string | number | undefined>;
      value: number;
    }[]) {
      if ((sample.metricName ?? metric.name) !== name) continue;
      if (Object.entries(labels).every(([key, want]) => sample.labels[key] === want)) {
        return sample.value;
      }
    }
  }
  return undefined;
}
