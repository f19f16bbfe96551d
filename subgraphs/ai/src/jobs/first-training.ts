import type { Logger } from '@capstone/observability';
import type { MarketData } from '../market/market-data.js';
import type { PrismaClient } from '../prisma.js';
import type { Trainer } from './trainer.js';

/** How the ETL's daily-bars job may have ended and still left bars to learn from. */
const ENDED_WITH_BARS = new Set(['SUCCEEDED', 'PARTIAL', 'SKIPPED']);

/**
 * On a fresh platform (an empty registry), trains the first models with the QUICK plan as soon
 * as the ETL's daily-bars job has ended, so that forecasts appear within a minute of start-up;
 * the nightly schedule trains the full set. Stops once the registry has a version.
 */
export function watchForFirstTraining(deps: {
  prisma: PrismaClient;
  market: MarketData;
  trainer: Trainer;
  logger: Logger;
  intervalMs?: number;
}): { stop(): void } {
  let stopped = false;
  let tried: string | null = null;
  let timer: NodeJS.Timeout | undefined;

  const check = async () => {
    if ((await deps.prisma.modelVersion.count()) > 0) {
      stopped = true;
      return;
    }
    const status = await deps.market.dailyBarsStatus();
    if (!status?.lastFinishedAt || !ENDED_WITH_BARS.has(status.lastStatus ?? '')) return;
    if (status.lastFinishedAt === tried) return;
    tried = status.lastFinishedAt;
    deps.logger.info(
      'ai: the ETL has daily bars and no model is registered; training the first models',
    );
    const { finished } = await deps.trainer.start({ plan: 'QUICK', trigger: 'STARTUP' });
    await finished;
  };
  const loop = async () => {
    try {
      await check();
    } catch (error) {
      deps.logger.debug({ err: error }, 'ai: waiting for the ETL before the first training');
    }
    if (!stopped) timer = setTimeout(() => void loop(), deps.intervalMs ?? 3_000);
  };
  void loop();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
