export { createKisClient, type KisClient, type KisClientOptions } from './client.js';
export type { KisGet, StockMarketCode } from './endpoints/context.js';
export type { CurrentPrice, MarketWarning } from './endpoints/current-price.js';
export type { DailyBar, DailyBarsOptions } from './endpoints/daily-bars.js';
export type { DailyPrice } from './endpoints/daily-prices.js';
export type { ChartPeriod, DateRange } from './endpoints/date-paging.js';
export type { MarketDay } from './endpoints/holidays.js';
export type { IndexBar, IndexBarsOptions, IndexChartCode } from './endpoints/index-bars.js';
export type { StockInfo } from './endpoints/stock-info.js';
export { KIS_BASE_URLS, KIS_DEFAULT_RATE, type KisEnv } from './environments.js';
export {
  KisApiError,
  KisError,
  KisHttpError,
  KisNetworkError,
  KisNotSupportedError,
  KisParseError,
  KisRateLimitError,
  KisRealtimeError,
  KisSubscriptionLimitError,
  KisTokenError,
  KisTokenRejectedError,
  KisUnknownSymbolError,
  classifyKisError,
  type KisErrorKind,
} from './errors.js';
export type { KisLogger } from './logger.js';
export { KIS_MASTER_FILES_URL, downloadMasterFile, type MasterFile } from './master-download.js';
export {
  largestCommonStocks,
  MasterFileError,
  parseIndexMaster,
  parseStockMaster,
  type ExchangeTradedProduct,
  type IndexCode,
  type MasterMarket,
  type MasterRecord,
} from './master-files.js';
export type { RateLimitOptions } from './rate-limit.js';
export { parseFrame, splitRecords, type RealtimeFrame } from './realtime/frames.js';
export {
  ORDER_BOOK_FIELDS,
  parseOrderBook,
  type OrderBookLevel,
  type RealtimeOrderBook,
} from './realtime/order-book.js';
export {
  KisRealtime,
  MAX_SUBSCRIPTIONS,
  createKisRealtime,
  type ApprovalKeyProvider,
  type KisRealtimeEvents,
  type KisRealtimeOptions,
  type RealtimeDisconnect,
  type Subscription,
} from './realtime/realtime.js';
export { TRADE_FIELDS, parseTrade, type RealtimeTrade, type TradeSide } from './realtime/trade.js';
export { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
export {
  memoryTokenStore,
  redisTokenStore,
  type CachedToken,
  type KisTokenStore,
} from './token-store.js';
export type { PriceChangeSign } from './wire.js';
export { ZipError, unzipFirstEntry } from './unzip.js';
