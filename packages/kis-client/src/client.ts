import { createApprovalKeys } from './approval.js';
import type { EndpointContext, KisGet, StockMarketCode } from './endpoints/context.js';
import { currentPrice, type CurrentPrice } from './endpoints/current-price.js';
import {
  dailyBarPages,
  dailyBars,
  type DailyBar,
  type DailyBarsOptions,
} from './endpoints/daily-bars.js';
import { recentDailyPrices, type DailyPrice } from './endpoints/daily-prices.js';
import { holidays, type MarketDay } from './endpoints/holidays.js';
import {
  indexBarPages,
  indexBars,
  type IndexBar,
  type IndexBarsOptions,
  type IndexChartCode,
} from './endpoints/index-bars.js';
import { stockInfo, type StockInfo } from './endpoints/stock-info.js';
import { KIS_BASE_URLS, KIS_DEFAULT_RATE, type KisEnv } from './environments.js';
import {
  KisApiError,
  KisRateLimitError,
  KisTokenRejectedError,
  classifyKisError,
} from './errors.js';
import { silentLogger, type KisLogger } from './logger.js';
import { createRequestLimiter, type RateLimitOptions } from './rate-limit.js';
import { DEFAULT_RETRY, backoffDelay, type RetryPolicy } from './retry.js';
import { TOKEN_ISSUE_SPACING_MS, createTokenManager } from './token.js';
import type { KisTokenStore } from './token-store.js';
import { readEnvelope, send, type KisEnvelope } from './transport.js';
import { setTimeout as sleep } from 'node:timers/promises';

export interface KisClientOptions {
  env: KisEnv;
  appKey: string;
  appSecret: string;
  /** Defaults to KIS's real or mock REST base (§1); point it at the simulator in tests. */
  restUrl?: string;
  /** Defaults to KIS's real or mock WebSocket base (§1). */
  wsUrl?: string;
  tokenStore: KisTokenStore;
  /** Default 20/s on real, 2/s on mock, in memory. */
  rateLimit?: Partial<RateLimitOptions>;
  /** For EGW00201, HTTP 5xx and network errors. Default 5 tries, 250 ms doubling to 8 s. */
  retry?: Partial<RetryPolicy>;
  /** Minimum time between two token issues by this process; KIS allows one a minute. */
  tokenIssueSpacingMs?: number;
  /** Per HTTP request. Default 10 s. */
  timeoutMs?: number;
  /** `custtype`: P individual (default), B corporate. */
  custType?: 'P' | 'B';
  fetch?: typeof fetch;
  logger?: KisLogger;
  /** Clock for token expiry. */
  now?: () => Date;
}

export interface KisClient {
  readonly env: KisEnv;
  readonly restUrl: string;
  readonly wsUrl: string;
  currentPrice(symbol: string, options?: { market?: StockMarketCode }): Promise<CurrentPrice>;
  dailyBars(symbol: string, options: DailyBarsOptions): Promise<DailyBar[]>;
  dailyBarPages(
    symbol: string,
    options: DailyBarsOptions,
  ): AsyncGenerator<DailyBar[], void, undefined>;
  recentDailyPrices(
    symbol: string,
    options?: { period?: 'D' | 'W' | 'M'; adjusted?: boolean; market?: StockMarketCode },
  ): Promise<DailyPrice[]>;
  indexBars(code: IndexChartCode, options: IndexBarsOptions): Promise<IndexBar[]>;
  indexBarPages(
    code: IndexChartCode,
    options: IndexBarsOptions,
  ): AsyncGenerator<IndexBar[], void, undefined>;
  stockInfo(symbol: string): Promise<StockInfo>;
  holidays(date: string): Promise<MarketDay[]>;
  /** The WebSocket approval key, cached for 12 h; `refresh` fetches a new one. */
  approvalKey(options?: { refresh?: boolean }): Promise<string>;
  /** A valid access token (cached, or issued). */
  accessToken(): Promise<string>;
  /** Any quotation TR through the same token, rate-limit and retry pipeline. */
  get(request: KisGet): Promise<KisEnvelope>;
  /** Releases the rate limiter's Redis connection, if any. */
  close(): Promise<void>;
}

export function createKisClient(options: KisClientOptions): KisClient {
  const env = options.env;
  const restUrl = options.restUrl ?? KIS_BASE_URLS[env].restUrl;
  const wsUrl = options.wsUrl ?? KIS_BASE_URLS[env].wsUrl;
  const fetchImpl = options.fetch ?? fetch;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 10_000;

  const limiter = createRequestLimiter({
    perSecond: options.rateLimit?.perSecond ?? KIS_DEFAULT_RATE[env],
    store: options.rateLimit?.store ?? 'memory',
    keyPrefix: options.rateLimit?.keyPrefix,
    key: `${env}:${options.appKey}`,
  });
  const tokens = createTokenManager({
    env,
    appKey: options.appKey,
    appSecret: options.appSecret,
    restUrl,
    store: options.tokenStore,
    fetch: fetchImpl,
    now,
    logger,
    limiter,
    retry,
    timeoutMs,
    issueSpacingMs: options.tokenIssueSpacingMs ?? TOKEN_ISSUE_SPACING_MS,
  });
  const approvalKey = createApprovalKeys({
    appKey: options.appKey,
    appSecret: options.appSecret,
    restUrl,
    fetch: fetchImpl,
    logger,
    limiter,
    retry,
    timeoutMs,
  });

  async function sendOnce(request: KisGet, accessToken: string): Promise<KisEnvelope> {
    const url = new URL(request.path, restUrl);
    for (const [name, value] of Object.entries(request.query)) url.searchParams.set(name, value);
    await limiter.acquire();
    const answer = await send(
      fetchImpl,
      request.trId,
      url,
      {
        method: 'GET',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          authorization: `Bearer ${accessToken}`,
          appkey: options.appKey,
          appsecret: options.appSecret,
          tr_id: request.trId,
          tr_cont: request.trCont ?? '',
          custtype: options.custType ?? 'P',
        },
      },
      timeoutMs,
    );
    return readEnvelope(request.trId, answer);
  }

  /**
   * Rate limit, token, send; then by failure: EGW00201, 5xx and network errors back off and try
   * again; a refused token (EGW00121/EGW00123) is dropped and re-issued once, without counting as
   * a retry because nothing was wrong with the request itself.
   */
  async function get(request: KisGet): Promise<KisEnvelope> {
    let accessToken = await tokens.accessToken();
    let reissued = false;
    for (let retries = 0; ;) {
      try {
        return await sendOnce(request, accessToken);
      } catch (error) {
        const kind = classifyKisError(error);
        if (kind === 'token-rejected' && error instanceof KisApiError) {
          if (reissued) throw new KisTokenRejectedError(error);
          reissued = true;
          logger.warn({ trId: request.trId, msgCd: error.msgCd }, 'kis: token refused, re-issuing');
          accessToken = await tokens.reissue(accessToken);
          continue;
        }
        const retryable = kind === 'rate-limit' || kind === 'server' || kind === 'network';
        if (!retryable || retries + 1 >= retry.attempts) {
          if (kind === 'rate-limit' && error instanceof KisApiError) {
            throw new KisRateLimitError(error);
          }
          throw error;
        }
        const delayMs = backoffDelay(retries, retry);
        retries += 1;
        logger.warn({ err: error, trId: request.trId, delayMs, retries }, 'kis: retrying');
        await sleep(delayMs);
      }
    }
  }

  const context: EndpointContext = { env, get };

  return {
    env,
    restUrl,
    wsUrl,
    currentPrice: (symbol, requestOptions) => currentPrice(context, symbol, requestOptions),
    dailyBars: (symbol, requestOptions) => dailyBars(context, symbol, requestOptions),
    dailyBarPages: (symbol, requestOptions) => dailyBarPages(context, symbol, requestOptions),
    recentDailyPrices: (symbol, requestOptions) =>
      recentDailyPrices(context, symbol, requestOptions),
    indexBars: (code, requestOptions) => indexBars(context, code, requestOptions),
    indexBarPages: (code, requestOptions) => indexBarPages(context, code, requestOptions),
    stockInfo: (symbol) => stockInfo(context, symbol),
    holidays: (date) => holidays(context, date),
    approvalKey,
    accessToken: () => tokens.accessToken(),
    get,
    close: () => limiter.close(),
  };
}
