import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@capstone/platform';
import { parser } from '@prometheus-io/lezer-promql';
import { parse } from 'yaml';

/*
 * The PromQL of the alert rules and Grafana dashboards, for the tests that hold them to what the
 * services emit (deploy/__tests__/monitoring.spec.ts, e2e/metrics-contract). A subpath of its
 * own, so that a static test reads it without starting anything.
 */

export const MONITORING = 'k8s/base/platform/monitoring';

/** Where a PromQL expression is used: an alert, or a dashboard panel. */
export interface MonitoringQuery {
  where: string;
  expr: string;
}

/** Every PromQL expression of the alert rules and the Grafana dashboards. */
export function monitoringQueries(): MonitoringQuery[] {
  const read = (path: string) => readFileSync(join(repoRoot, MONITORING, path), 'utf8');
  const rules = parse(read('alert-rules.yaml')).groups.flatMap(
    (group: { rules: { alert: string; expr: string }[] }) => group.rules,
  );
  const dashboards = readdirSync(join(repoRoot, MONITORING, 'dashboards')).map((file) => ({
    file,
    json: JSON.parse(read(`dashboards/${file}`)),
  }));
  return [
    ...rules.map((rule: { alert: string; expr: string }) => ({
      where: `alert ${rule.alert}`,
      expr: rule.expr,
    })),
    ...dashboards.flatMap(({ file, json }) =>
      json.panels.flatMap((panel: { title: string; targets: { expr: string }[] }) =>
        panel.targets.map((target) => ({ where: `${file}: ${panel.title}`, expr: target.expr })),
      ),
    ),
  ];
}

/**
 * The metric names a PromQL expression reads, with Prometheus's parser (its own grammar, so
 * functions, `by (…)` lists and label names are never taken for metrics). A histogram's series
 * (`_bucket`, `_sum`, `_count`) are folded into the histogram's name.
 */
export function metricsIn(expr: string): string[] {
  const tree = parser.parse(expr);
  const names: string[] = [];
  let broken = false;
  tree.iterate({
    enter(node) {
      if (node.type.isError) broken = true;
      if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') {
        names.push(expr.slice(node.from, node.to).replace(/_(bucket|sum|count)$/, ''));
      }
    },
  });
  if (broken) throw new Error(`not valid PromQL: ${expr}`);
  return names;
}

/** Every metric the alert rules and dashboards read. */
export function referencedMetrics(): string[] {
  return [...new Set(monitoringQueries().flatMap(({ expr }) => metricsIn(expr)))].sort();
}
