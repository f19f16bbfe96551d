import type { ServiceName } from '@capstone/platform';
import type { PlatformFixture } from '@capstone/test-platform';

/**
 * Where a running service's metrics are scraped. The one place that knows it: /metrics on the
 * service's metrics port (9000 + port − 4000; any free port under the test platform).
 */
export function metricsUrl(platform: PlatformFixture, service: ServiceName): string {
  const base = platform.metricsUrls[service];
  if (!base) throw new Error(`${service} does not run in this platform`);
  return `${base}/metrics`;
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** One scrape, in Prometheus's text format: the metrics it declares and its samples. */
export interface Exposition {
  declared: Set<string>;
  samples: Sample[];
}

export async function scrape(platform: PlatformFixture, service: ServiceName): Promise<Exposition> {
  const response = await fetch(metricsUrl(platform, service));
  if (!response.ok) throw new Error(`${service} /metrics answered ${response.status}`);
  return parseExposition(await response.text());
}

/** The text format's `# TYPE name type` lines and `name{label="value",…} value` lines. */
export function parseExposition(text: string): Exposition {
  const declared = new Set<string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) /.exec(line);
    if (type) declared.add(type[1]!);
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!sample) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key!] = value!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    samples.push({ name: sample[1]!, labels, value: Number(sample[3]) });
  }
  return { declared, samples };
}

/** The samples of `name` whose labels include `labels`. */
export function samplesOf(
  exposition: Exposition,
  name: string,
  labels: Record<string, string> = {},
): Sample[] {
  return exposition.samples.filter(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
}
