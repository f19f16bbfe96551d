import type { AddressInfo } from 'node:net';
import { Accounts } from './accounts.js';
import type { SimulatorContext } from './context.js';
import { FaultInjector } from './faults.js';
import { isIndexCode } from './indices.js';
import { publicInstrument } from './instruments.js';
import { IntradayEngine } from './intraday.js';
import { MarketData } from './market.js';
import { RateLimiter } from './rate-limit.js';
import { statsOf } from './rest/admin.js';
import { createRestServer } from './rest/server.js';
import { TokenStore } from './tokens.js';
import type { KisSimulator, KisSimulatorOptions } from './types.js';
import { RealtimeServer } from './websocket/server.js';

export const DEFAULT_SEED = 20_150_102;
export const DEFAULT_HISTORY_FROM = '2015-01-02';

/** Starts the REST and WebSocket servers; resolves once both listen. */
export async function startKisSimulator(options: KisSimulatorOptions = {}): Promise<KisSimulator> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? (() => new Date());
  const clock = options.sessionClock ?? 'continuous';
  const market = new MarketData({
    seed,
    historyFrom: options.historyFrom ?? DEFAULT_HISTORY_FROM,
    now,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.symbols ? { symbols: options.symbols } : {}),
    ...(options.pinnedCloses ? { pinnedCloses: options.pinnedCloses } : {}),
    ...(options.splits ? { splits: options.splits } : {}),
  });
  const faults = new FaultInjector(seed);
  const context: SimulatorContext = {
    market,
    intraday: new IntradayEngine(market, clock, seed),
    tokens: new TokenStore(),
    accounts: new Accounts(options.accounts),
    limiter: new RateLimiter(),
    faults,
    rateLimits: options.rateLimits ?? { real: 20, mock: 2 },
    counters: { tokenIssues: 0, requests: 0, rateLimited: 0 },
    now,
    seed,
    closedDays: new Set(options.closedDays ?? []),
  };

  const rest = createRestServer(context);
  await new Promise<void>((resolve, reject) => {
    rest.once('error', reject);
    rest.listen(options.restPort ?? 0, host, () => {
      rest.off('error', reject);
      resolve();
    });
  });
  const realtime = new RealtimeServer(context, {
    host,
    port: options.wsPort ?? 0,
    tickIntervalMs: options.tickIntervalMs ?? 1_000,
    pingIntervalMs: options.pingIntervalMs ?? 100_000,
    clock,
  });
  let wsPort: number;
  try {
    wsPort = await realtime.listen();
  } catch (error) {
    rest.close();
    throw error;
  }

  const urlHost = host.includes(':') ? `[${host}]` : host;
  const restUrl = `http://${urlHost}:${(rest.address() as AddressInfo).port}`;
  let closed: Promise<void> | null = null;
  return {
    restUrl,
    wsUrl: `ws://${urlHost}:${wsPort}`,
    masterFilesUrl: `${restUrl}/common/master`,
    universe: market.profiles.map(publicInstrument),
    dailyBars: (symbol) =>
      market.profile(symbol) ? market.history(symbol).map((bar) => ({ ...bar })) : [],
    adjustedDailyBars: (symbol) =>
      market.profile(symbol) ? market.adjustedHistory(symbol).map((bar) => ({ ...bar })) : [],
    addSplit: (split) => market.addSplit(split),
    delist: (symbol, date) => market.delist(symbol, date),
    indexBars: (code) =>
      isIndexCode(code) ? market.indexBars(code).map((bar) => ({ ...bar })) : [],
    faults,
    stats: () => statsOf(context),
    close() {
      closed ??= Promise.all([
        realtime.close(),
        new Promise<void>((resolve) => {
          rest.close(() => resolve());
          rest.closeAllConnections();
        }),
      ]).then(() => undefined);
      return closed;
    },
  };
}
