import { createLogger } from '@capstone/observability';
import { describe, expect, it } from 'vitest';
import { watchForFirstTraining } from '../src/jobs/first-training.js';
import { runTraining } from '../src/training/run.js';
import type { Trainer } from '../src/jobs/trainer.js';
import type { DailyBarsStatus } from '../src/market/market-data.js';
import { useAiDatabase } from './ai-database.js';
import { krxMarketData } from './krx-market.js';

const ai = useAiDatabase();

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A watcher over an ETL whose daily-bars status the test moves along; it records trainings. */
function watch() {
  let status: DailyBarsStatus | null = null;
  let checks = 0;
  const started: unknown[] = [];
  const trainer: Trainer = {
    start: async (request) => {
      started.push(request);
      return { run: {} as never, finished: Promise.resolve(0) };
    },
    close: async () => {},
  };
  const watcher = watchForFirstTraining({
    prisma: ai.prisma,
    market: {
      ...krxMarketData([]),
      dailyBarsStatus: async () => {
        checks++;
        return status;
      },
    },
    trainer,
    logger: createLogger('ai-test', 'silent'),
    intervalMs: 5,
  });
  return {
    started,
    watcher,
    set: (next: DailyBarsStatus | null) => (status = next),
    /** Resolves after the watcher has looked `n` more times. */
    checked: async (n = 3) => {
      const target = checks + n;
      await until(() => checks >= target, 'the watcher to look again');
    },
  };
}

describe('the first training of a fresh platform', () => {
  it('waits for the ETL’s daily bars, then trains the quick plan once per ETL run', async () => {
    const { started, watcher, set, checked } = watch();
    try {
      await checked();
      set({ lastStatus: 'RUNNING', lastFinishedAt: null });
      await checked();
      expect(started).toEqual([]);
      set({ lastStatus: 'SUCCEEDED', lastFinishedAt: '2026-12-03T06:41:00.000Z' });
      await until(() => started.length === 1, 'the first training');
      await checked();
      expect(started).toEqual([{ plan: 'QUICK', trigger: 'STARTUP' }]);
      // A failed first training is tried again after the ETL's next run, not in a loop.
      set({ lastStatus: 'PARTIAL', lastFinishedAt: '2026-12-03T07:10:00.000Z' });
      await until(() => started.length === 2, 'a second try');
    } finally {
      watcher.stop();
    }
  });

  it('does nothing once the registry has a version', async () => {
    await runTraining(ai.deps(['005930', '000660', '035420', '005380', '000270']), {
      plan: 'QUICK',
      trigger: 'CLI',
    });
    expect(await ai.prisma.modelVersion.count()).toBeGreaterThan(0);
    const { started, watcher, set } = watch();
    set({ lastStatus: 'SUCCEEDED', lastFinishedAt: '2026-12-03T06:41:00.000Z' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    watcher.stop();
    expect(started).toEqual([]);
  }, 60_000);
});
