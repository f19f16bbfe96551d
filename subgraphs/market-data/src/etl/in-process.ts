import type { Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { isRedisReachable } from '@capstone/server-kit';
import type { QuoteStream } from '../quotes.js';
import { createEtlWorker, type EtlWorker } from './worker.js';

/**
 * Whether market-data runs the ETL worker itself. Live quotes cross processes only through
 * Redis, so without Redis the worker must live where the subscriptions are: `auto` runs it here
 * exactly then. `process` and `off` never do; `in-process` always does.
 */
export async function runsWorkerInProcess(config: Env): Promise<boolean> {
  switch (config.ETL_WORKER_MODE) {
    case 'in-process':
      return true;
    case 'auto':
      return !(await isRedisReachable(config.REDIS_URL));
    default:
      return false;
  }
}

/** The in-process worker, publishing into this process's quote stream; undefined when not wanted. */
export async function startInProcessWorker(
  config: Env,
  logger: Logger,
  quotes: QuoteStream,
): Promise<EtlWorker | undefined> {
  if (!(await runsWorkerInProcess(config))) return undefined;
  const worker = await createEtlWorker({ config, logger, publish: quotes.publish });
  await worker.start();
  logger.info({ mode: config.ETL_WORKER_MODE }, 'market-data runs the ETL worker in-process');
  return worker;
}
