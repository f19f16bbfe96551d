import type { Accounts } from './accounts.js';
import type { FaultInjector } from './faults.js';
import type { IntradayEngine } from './intraday.js';
import type { MarketData } from './market.js';
import type { RateLimiter } from './rate-limit.js';
import type { TokenStore } from './tokens.js';

/** Everything the REST and WebSocket servers share. */
export interface SimulatorContext {
  market: MarketData;
  intraday: IntradayEngine;
  tokens: TokenStore;
  accounts: Accounts;
  limiter: RateLimiter;
  faults: FaultInjector;
  rateLimits: { real: number; mock: number };
  counters: { tokenIssues: number; requests: number; rateLimited: number };
  now: () => Date;
  seed: number;
  /** Days the holiday API answers closed besides the KRX calendar's holidays. */
  closedDays: ReadonlySet<string>;
}
