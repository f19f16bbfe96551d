import { DEMO_INSTRUMENTS } from '@capstone/market-data';
import { DEMO_PORTFOLIOS, DEMO_PRICES_DATE } from '@capstone/portfolio';
import {
  unusedPort,
  usePlatform,
  type PlatformFixture,
  type UsePlatformOptions,
} from '@capstone/test-platform';
import type { ServiceName } from '@capstone/platform';
import { beforeAll } from 'vitest';
import { buildDashboard } from '@capstone/web/testing';

export const DEMO_SYMBOLS = DEMO_INSTRUMENTS.map((instrument) => instrument.symbol);

/**
 * The simulator's continuous session draws one price a minute; a test cannot wait minutes to
 * see a valuation move. Its clock runs this much faster, from 09:00 of today in Seoul (so the
 * simulated day stays today for the few minutes a run takes).
 */
const CLOCK_SPEED = 60;

function fastSeoulClock(): () => Date {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
  const simulatedStart = Date.parse(`${today}T09:00:00+09:00`);
  const realStart = Date.now();
  return () => new Date(simulatedStart + (Date.now() - realStart) * CLOCK_SPEED);
}

/**
 * The whole platform behind the dashboard, as `npm start` runs it without KIS credentials:
 * the KIS simulator (demo stocks, their purchase prices pinned, ticking continuously), the ETL
 * worker collecting its daily bars and live quotes, the demo user, and the production build of
 * the dashboard. Its `beforeAll` resolves once prices and index bars have arrived.
 */
export function useDashboardPlatform(
  setUp: () => Promise<{
    env?: Record<string, string>;
    webPort?: number;
    oidcCallback?: boolean;
    /** More services than the dashboard's own (the scenario service, the MCP server…). */
    extraServices?: ServiceName[];
  }> = async () => ({}),
): PlatformFixture & { webUrl: () => string } {
  const platform = usePlatform(async (): Promise<UsePlatformOptions> => {
    const {
      env = {},
      webPort = await unusedPort(),
      oidcCallback,
      extraServices = [],
    } = await setUp();
    const assets = await buildDashboard();
    return {
      services: [
        'accounts',
        'portfolio',
        'market-data',
        'ai',
        'gateway',
        'web',
        'etl-worker',
        ...extraServices,
      ],
      seed: true,
      ...(oidcCallback
        ? { oidc: { redirectUris: [`http://127.0.0.1:${webPort}/auth/callback`] } }
        : {}),
      kisSimulator: {
        symbols: DEMO_SYMBOLS,
        pinnedCloses: Object.fromEntries(
          DEMO_PORTFOLIOS.flatMap((demo) => demo.buys).map((buy) => [
            buy.symbol,
            { date: DEMO_PRICES_DATE, close: buy.price },
          ]),
        ),
        tickIntervalMs: 400,
        now: fastSeoulClock(),
        rateLimits: { real: 1_000, mock: 1_000 },
      },
      etlWorker: { live: { refreshMs: 300, flushMs: 200 } },
      env: {
        WEB_PORT: String(webPort),
        WEB_ASSETS_DIR: assets,
        CORS_ORIGINS: `http://127.0.0.1:${webPort}`,
        // The links in mails (sign-up, reset) open this dashboard.
        PUBLIC_WEB_URL: `http://127.0.0.1:${webPort}`,
        ETL_HISTORY_YEARS: '1',
        ETL_UNIVERSE_SIZE: '0',
        KIS_REQUESTS_PER_SECOND: '500',
        RATE_LIMIT_USER_PER_MINUTE: '100000',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
        ...env,
      },
    };
  });
  beforeAll(() => waitForPrices(platform), 120_000);
  return Object.assign(platform, { webUrl: () => platform.urls.web! });
}

/** Waits until the ETL has the closes of every demo stock and two or more KOSPI days. */
async function waitForPrices(platform: PlatformFixture) {
  // As a platform service asks: a production gateway takes only trusted documents from users.
  const demo = await platform.internal({
    kind: 'user',
    userId: platform.seed!.demoUserId,
    role: 'USER',
  });
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
  for (let attempt = 0; attempt < 300; attempt++) {
    const answer = await demo.ask<{
      instruments: { lastClose: { close: string } | null }[];
      indexHistory: { date: string }[];
    }>(
      `
        query Ready($symbols: [String!]!, $from: Date!, $to: Date!) {
          instruments(symbols: $symbols) {
            lastClose {
              close
            }
          }
          indexHistory(code: "0001", from: $from, to: $to) {
            date
          }
        }
      `,
      { symbols: DEMO_SYMBOLS, from, to },
    );
    const ready =
      answer.data?.instruments?.length === DEMO_SYMBOLS.length &&
      answer.data.instruments.every((instrument) => instrument.lastClose) &&
      (answer.data.indexHistory?.length ?? 0) >= 2;
    if (ready) return;
    if (answer.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) {
      throw new Error(`The readiness query is wrong: ${JSON.stringify(answer.errors)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The ETL did not collect the demo prices within a minute');
}
