import { servicePort, type Env } from '@capstone/config';
import { createLogger, createMetricsRegistry, sendJson } from '@capstone/observability';
import { startHttpService, type RunningService } from '@capstone/server-kit';
import { createQuoteStream } from '../quote-stream.js';
import { createEtlWorker, type EtlWorker, type EtlWorkerOptions } from './worker.js';

export interface StartEtlWorkerServiceOptions {
  config: Env;
  /** Defaults to ETL_WORKER_PORT; 0 picks a free one. */
  port?: number;
  /** Test hooks passed to the worker. */
  worker?: Partial<Omit<EtlWorkerOptions, 'config' | 'logger' | 'publish' | 'registry'>>;
}

/**
 * The ETL worker as a service of its own: the worker, and /healthz, /readyz and /metrics like
 * every other service. Its live quotes reach market-data's subscribers through Redis pub/sub.
 */
export async function startEtlWorkerService({
  config,
  port,
  worker: hooks,
}: StartEtlWorkerServiceOptions): Promise<RunningService & { worker: EtlWorker }> {
  const logger = createLogger('etl-worker', config.LOG_LEVEL);
  const quotes = await createQuoteStream(config, logger);
  const registry = createMetricsRegistry('etl-worker');
  const worker = await createEtlWorker({
    config,
    logger,
    registry,
    publish: quotes.publish,
    ...hooks,
  });
  const running = await startHttpService({
    name: 'etl-worker',
    host: config.HOST,
    metricsToken: config.METRICS_TOKEN,
    port: port ?? servicePort(config, 'etl-worker'),
    handler: (_request, response) =>
      sendJson(response, 404, {
        error: 'The ETL worker serves /healthz and /readyz (and /metrics on its metrics port)',
      }),
    logger,
    registry,
    checks: [{ name: 'database', check: () => worker.pool.query('SELECT 1') }],
    onClose: async () => {
      await worker.close();
      quotes.close();
    },
  });
  await worker.start();
  return { ...running, worker };
}
