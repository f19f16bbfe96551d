import { etlWorkerPlacement, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { isRedisReachable } from '@capstone/server-kit';
import type { Registry } from 'prom-client';
import type { QuoteStream } from '../quote-stream.js';
import { createEtlWorker, type EtlWorker } from './worker.js';

/**
 * Whether market-data runs the ETL worker itself. `npm start` hands it a settled mode; only
 * when market-data is started on its own with `auto` does it settle it, by the same rule.
 */
export async function runsWorkerInProcess(config: Env): Promise<boolean> {
  const mode = config.ETL_WORKER_MODE;
  const redisReachable = mode === 'auto' && (await isRedisReachable(config.REDIS_URL));
  return etlWorkerPlacement(mode, redisReachable) === 'in-process';
}

/** The in-process worker, publishing into this process's quote stream; undefined when not wanted. */
export async function startInProcessWorker({
  config,
  logger,
  quotes,
  databaseUrl,
  registry,
}: {
  config: Env;
  logger: Logger;
  quotes: QuoteStream;
  databaseUrl: string;
  /** market-data's registry: the ETL's metrics appear where its runs happen. */
  registry: Registry;
}): Promise<EtlWorker | undefined> {
  if (!(await runsWorkerInProcess(config))) return undefined;
  const worker = await createEtlWorker({
    config,
    logger,
    publish: quotes.publish,
    databaseUrl,
    registry,
  });
  await worker.start();
  logger.info({ mode: config.ETL_WORKER_MODE }, 'market-data runs the ETL worker in-process');
  return worker;
}
