import type { KisSimulatorOptions } from '@capstone/kis-simulator';
import {
  usePlatform,
  type PlatformFixture,
  type UsePlatformOptions,
} from '@capstone/test-platform';

export interface ClockedPlatform {
  platform: PlatformFixture;
  /** Moves the simulator's and the ETL worker's clock (an instant, e.g. "2026-11-27T08:00:00Z"). */
  setNow: (instant: Date | string) => void;
}

/**
 * A platform whose KIS simulator and ETL worker share one clock the test moves, so that days
 * pass in a moment: the worker runs only what the test asks (no catch-up at start, no live
 * quotes), and KIS's one-token-a-minute spacing is waived for the token a new day needs.
 */
export function useClockedEtlPlatform(
  start: Date | string,
  options: Omit<UsePlatformOptions, 'kisSimulator' | 'etlWorker'> & {
    services: NonNullable<UsePlatformOptions['services']>;
    kisSimulator: Omit<KisSimulatorOptions, 'now'>;
  },
): ClockedPlatform {
  let now = new Date(start).getTime();
  const clock = () => new Date(now);
  const platform = usePlatform({
    ...options,
    kisSimulator: { rateLimits: { real: 1_000, mock: 1_000 }, ...options.kisSimulator, now: clock },
    etlWorker: { now: clock, kis: { now: clock, tokenIssueSpacingMs: 10 } },
    env: {
      ETL_CATCH_UP_ON_START: 'false',
      ETL_LIVE_QUOTES: 'off',
      ETL_HISTORY_YEARS: '1',
      KIS_REQUESTS_PER_SECOND: '500',
      ...options.env,
    },
  });
  return {
    platform,
    setNow: (instant) => {
      now = new Date(instant).getTime();
    },
  };
}
