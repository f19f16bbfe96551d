import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { KindServing, KindStatus } from './model-server.js';

/** One ONNX run of a batch takes milliseconds; a cold session or a large batch, more. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * The models dashboard's and the ModelServingFailures alert's metrics. `model` is the registry
 * name of a version (one per kind), never a symbol or a user. The version gauge reads what the
 * model server serves at each scrape.
 */
export class ServingMetrics {
  private readonly requests: Counter<'model' | 'outcome'>;
  private readonly errors: Counter<'model'>;
  private readonly duration: Histogram<'model'>;

  constructor(registry: Registry, serving: () => readonly KindStatus[]) {
    const registers = [registry];
    new Gauge({
      name: 'ai_model_version_info',
      help: 'The model versions serving forecasts in this process (1 each); source BASELINE means the version’s baseline answers because no model may serve.',
      labelNames: ['name', 'kind', 'version', 'source'],
      registers,
      collect() {
        this.reset();
        for (const { serving: now } of serving()) {
          if (!now) continue;
          const { name, kind, version } = now.version;
          this.set({ name, kind, version: String(version), source: now.source }, 1);
        }
      },
    });
    this.requests = new Counter({
      name: 'ai_inference_requests_total',
      help: 'Batched ONNX Runtime runs of a served model, by model and outcome (ok or error).',
      labelNames: ['model', 'outcome'],
      registers,
    });
    this.errors = new Counter({
      name: 'ai_model_serving_errors_total',
      help: 'ONNX Runtime runs of a served model that failed, by model.',
      labelNames: ['model'],
      registers,
    });
    this.duration = new Histogram({
      name: 'ai_inference_duration_seconds',
      help: 'How long one batched ONNX Runtime run of a served model took, by model.',
      labelNames: ['model'],
      buckets: DURATION_BUCKETS,
      registers,
    });
  }

  /** The serving with its model's runs counted and timed; a baseline runs no model. */
  instrument(serving: KindServing): KindServing {
    if (serving.source !== 'MODEL') return serving;
    const model = serving.version.name;
    // Zero from the start, so that the alert's ratio and rate() see the first run.
    for (const outcome of ['ok', 'error']) this.requests.labels({ model, outcome }).inc(0);
    this.errors.labels({ model }).inc(0);
    const loaded = serving.model;
    return {
      ...serving,
      model: {
        ...loaded,
        run: async (batch) => {
          const end = this.duration.startTimer({ model });
          try {
            const output = await loaded.run(batch);
            this.requests.labels({ model, outcome: 'ok' }).inc();
            return output;
          } catch (error) {
            this.requests.labels({ model, outcome: 'error' }).inc();
            this.errors.labels({ model }).inc();
            throw error;
          } finally {
            end();
          }
        },
      },
    };
  }
}
