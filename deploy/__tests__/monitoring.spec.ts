import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MONITORING, referencedMetrics } from '@capstone/test-platform/monitoring';
import { readRepoFile, readYaml, repoRoot } from './support/repo.js';
const rules = readYaml(`${MONITORING}/alert-rules.yaml`).groups.flatMap(
  (group: any) => group.rules,
);
const dashboards = readdirSync(join(repoRoot, MONITORING, 'dashboards')).map((file) => ({
  file,
  json: JSON.parse(readFileSync(join(repoRoot, MONITORING, 'dashboards', file), 'utf8')),
}));

/** Names the code registers with prom-client (`name: '…'`), and what its libraries add. */
function emittedMetrics(): Set<string> {
  const names = new Set<string>(['up']);
  const roots = ['packages', 'subgraphs'].flatMap((dir) =>
    readdirSync(join(repoRoot, dir)).map((name) => join(dir, name, 'src')),
  );
  for (const root of [...roots, 'gateway/src', 'mcp-server/src', 'web/src']) {
    let files: string[];
    try {
      files = readdirSync(join(repoRoot, root), { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith('.ts') && !f.includes('generated'))) {
      const text = readFileSync(join(repoRoot, root, file), 'utf8');
      for (const [, name] of text.matchAll(/name: '([a-z_:][a-z0-9_:]*)'/g)) names.add(name!);
      // @graphql-yoga/plugin-prometheus: the metrics switched on by name.
      for (const [, name] of text.matchAll(/^\s+(graphql_[a-z_]+): true,$/gm)) names.add(name!);
    }
  }
  return names;
}

const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

describe('alert rules', () => {
  it('alert on the gateway’s errors and p99 latency, subgraphs down, stale ETL, queue backlog and model serving', () => {
    expect(rules.map((rule: any) => rule.alert).sort()).toEqual([
      'EtlStale',
      'GatewayHighErrorRate',
      'GatewayHighLatencyP99',
      'ModelServingFailures',
      'SimulationQueueBacklog',
      'SubgraphDown',
    ]);
    for (const rule of rules) {
      expect(['critical', 'warning'], rule.alert).toContain(rule.labels.severity);
      expect(rule.annotations.summary, rule.alert).toBeTruthy();
      expect(rule.for, rule.alert).toMatch(/^\d+[mh]$/);
    }
  });

  it('link each alert to its entry in the runbook, docs/operations.md', () => {
    const anchors = new Set(
      [...readRepoFile('docs/operations.md').matchAll(/^#{2,4} (.+)$/gm)].map((m) => slug(m[1]!)),
    );
    for (const rule of rules) {
      const [, anchor] =
        /^https:\/\/github\.com\/[^#]+\/docs\/operations\.md#(.+)$/.exec(
          rule.annotations.runbook_url,
        ) ?? [];
      expect(anchor, rule.alert).toBe(`alert-${rule.alert.toLowerCase()}`);
      expect(anchors, `docs/operations.md has no "Alert: ${rule.alert}" heading`).toContain(anchor);
    }
  });

  it('read only metrics the code registers (e2e/metrics-contract checks that they are emitted)', () => {
    const emitted = emittedMetrics();
    const unknown = referencedMetrics().filter(
      (name) =>
        !emitted.has(name) &&
        // prom-client's default process and Node.js metrics.
        !/^(process|nodejs)_/.test(name),
    );
    expect(unknown).toEqual([]);
    // The names the gateway really registers, so a rename there fails here.
    for (const name of [
      'http_request_duration_seconds',
      'gateway_subgraph_fetch_errors_total',
      'gateway_open_subscriptions',
    ]) {
      expect(emitted, name).toContain(name);
    }
  });
});

describe('Grafana dashboards', () => {
  it('cover gateway latency and errors, subgraph fetches, subscriptions, ETL runs, the job queue and model versions', () => {
    const titles = dashboards
      .flatMap(({ json }) => json.panels.map((panel: any) => panel.title))
      .join('\n');
    for (const topic of [
      /\/graphql latency/,
      /5xx/,
      /Subgraph fetch/,
      /subscriptions/i,
      /Runs by job/,
      /Jobs by state/,
      /model versions/i,
    ]) {
      expect(titles).toMatch(topic);
    }
  });

  it('are valid dashboards on the provisioned Prometheus data source, with unique ids', () => {
    const datasource = readYaml(`${MONITORING}/grafana-datasources.yaml`).datasources[0];
    const uids = dashboards.map(({ json }) => json.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const { file, json } of dashboards) {
      expect(json.title, file).toBeTruthy();
      const ids = json.panels.map((panel: any) => panel.id);
      expect(new Set(ids).size, file).toBe(ids.length);
      for (const panel of json.panels) {
        expect(panel.datasource, `${file}: ${panel.title}`).toEqual({
          type: 'prometheus',
          uid: datasource.uid,
        });
        expect(panel.targets.length, `${file}: ${panel.title}`).toBeGreaterThan(0);
      }
    }
    const kustomization = readYaml('k8s/base/platform/kustomization.yaml');
    const provisioned = kustomization.configMapGenerator.find(
      (g: any) => g.name === 'grafana-dashboards',
    ).files;
    expect(provisioned.map((f: string) => f.split('/').at(-1)).sort()).toEqual(
      dashboards.map((d) => d.file).sort(),
    );
  });
});

describe('Prometheus in Kubernetes', () => {
  it('scrapes the pods that ask for it, at their annotated metrics port, with the metrics token', () => {
    const config = readYaml(`${MONITORING}/prometheus.yml`);
    const [job] = config.scrape_configs;
    expect(job.kubernetes_sd_configs).toEqual([
      { role: 'pod', namespaces: { own_namespace: true } },
    ]);
    expect(job.authorization.credentials_file).toBe('/etc/prometheus/secrets/METRICS_TOKEN');
    const keep = job.relabel_configs.find((r: any) => r.action === 'keep');
    expect(keep.source_labels).toEqual(['__meta_kubernetes_pod_annotation_prometheus_io_scrape']);
    const address = job.relabel_configs.find((r: any) => r.target_label === '__address__');
    expect(address.source_labels).toContain('__meta_kubernetes_pod_annotation_prometheus_io_port');
    expect(config.rule_files).toEqual(['/etc/prometheus/rules/*.yaml']);
  });
});
