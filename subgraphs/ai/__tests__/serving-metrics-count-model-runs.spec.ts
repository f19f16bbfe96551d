import { describe, expect, it } from 'vitest';
import { metricValue } from '@capstone/observability';
import { Registry } from 'prom-client';
import type { ModelVersion } from '../src/generated/prisma/client.js';
import type { KindServing, KindStatus } from '../src/serving/model-server.js';
import { ServingMetrics } from '../src/serving/serving-metrics.js';

const version = (kind: 'VOLATILITY' | 'DIRECTION', number: number) =>
  ({ name: `krx-${kind.toLowerCase()}-20d`, kind, version: number }) as ModelVersion;

/** A served model whose ONNX run answers, or fails, as told. */
function served(fails: () => boolean): KindServing {
  return {
    source: 'MODEL',
    version: version('VOLATILITY', 3),
    model: {
      version: version('VOLATILITY', 3),
      servingModel: {} as never,
      run: async () => {
        if (fails()) throw new Error('ONNX Runtime failed');
        return new Float32Array([0.2]);
      },
      release: async () => {},
    },
  };
}

describe('the serving metrics', () => {
  it('count and time each run of a served model, and its failures', async () => {
    const registry = new Registry();
    const metrics = new ServingMetrics(registry, () => []);
    let failing = false;
    const serving = metrics.instrument(served(() => failing));
    if (serving.source !== 'MODEL') throw new Error('a model serves');
    const model = 'krx-volatility-20d';
    const requests = (outcome: string) =>
      metricValue(registry, 'ai_inference_requests_total', { model, outcome });
    // Zero before the first run, so that the failure ratio has a denominator from the start.
    expect(await requests('error')).toBe(0);
    expect(await metricValue(registry, 'ai_model_serving_errors_total', { model })).toBe(0);

    await serving.model.run({} as never);
    await serving.model.run({} as never);
    failing = true;
    await expect(serving.model.run({} as never)).rejects.toThrow('ONNX Runtime failed');

    expect(await requests('ok')).toBe(2);
    expect(await requests('error')).toBe(1);
    expect(await metricValue(registry, 'ai_model_serving_errors_total', { model })).toBe(1);
    expect(await metricValue(registry, 'ai_inference_duration_seconds_count', { model })).toBe(3);
  });

  it('leave a baseline alone: it runs no model', () => {
    const metrics = new ServingMetrics(new Registry(), () => []);
    const baseline: KindServing = { source: 'BASELINE', version: version('DIRECTION', 1) };
    expect(metrics.instrument(baseline)).toBe(baseline);
  });

  it('show the versions serving now, each kind once, with where its numbers come from', async () => {
    const registry = new Registry();
    let status: KindStatus[] = [
      { kind: 'volatility', serving: served(() => false) } as KindStatus,
      {
        kind: 'direction',
        serving: { source: 'BASELINE', version: version('DIRECTION', 1) },
      } as KindStatus,
    ];
    new ServingMetrics(registry, () => status);
    const info = async () =>
      (await registry.getSingleMetric('ai_model_version_info')!.get()).values.map((v) => v.labels);
    expect(await info()).toEqual([
      { name: 'krx-volatility-20d', kind: 'VOLATILITY', version: '3', source: 'MODEL' },
      { name: 'krx-direction-20d', kind: 'DIRECTION', version: '1', source: 'BASELINE' },
    ]);
    // A swap replaces the old version's series rather than adding one.
    status = [
      {
        kind: 'volatility',
        serving: { ...served(() => false), version: version('VOLATILITY', 4) },
      } as KindStatus,
    ];
    expect(await info()).toEqual([
      { name: 'krx-volatility-20d', kind: 'VOLATILITY', version: '4', source: 'MODEL' },
    ]);
  });
});
