import { describe, expect, it } from 'vitest';
import { DEMO_INSTRUMENTS } from '@capstone/market-data';
import { usePlatform } from '@capstone/test-platform';

/**
 * A fresh platform as `npm start` runs it without KIS credentials: the simulator's synthetic
 * history, collected by the ETL worker at start-up; the ai service trains its first models as
 * soon as the daily bars are in, with nobody asking.
 */
const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'ai', 'gateway', 'etl-worker'],
  seed: true,
  kisSimulator: {
    symbols: DEMO_INSTRUMENTS.map((instrument) => instrument.symbol),
    rateLimits: { real: 1_000, mock: 1_000 },
  },
  env: { AI_TRAIN_ON_START: 'true', ETL_HISTORY_YEARS: '4', ETL_LIVE_QUOTES: 'off' },
});

describe('the first start', () => {
  it('trains the first models once the ETL has its bars, and forecasts appear', async () => {
    const demo = await platform.demo();
    const ask = () =>
      demo.ask<{
        instrument: {
          forecast: {
            asOf: string;
            volatility: { source: string; model: { version: number } };
          } | null;
          forecastUnavailable: { code: string } | null;
        };
      }>(
        '{ instrument(symbol: "005930") { forecast { asOf volatility { source model { version } } } forecastUnavailable { code } } }',
      );
    let answer = await ask();
    const deadline = Date.now() + 170_000;
    while (!answer.data?.instrument.forecast && Date.now() < deadline) {
      expect(answer.data?.instrument.forecastUnavailable?.code).toBe('NO_MODEL');
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await ask();
    }
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.instrument.forecast).toMatchObject({
      volatility: { source: 'MODEL', model: { version: 1 } },
    });
    const admin = await platform.admin();
    const runs = await admin.ask<{
      trainingRuns: { plan: string; trigger: string; status: string }[];
    }>('{ trainingRuns { plan trigger status } }');
    expect(runs.data!.trainingRuns).toEqual([
      { plan: 'QUICK', trigger: 'STARTUP', status: 'SUCCEEDED' },
    ]);
  }, 180_000);
});
