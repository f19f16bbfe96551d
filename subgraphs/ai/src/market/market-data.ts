import type { DailyBar, IndexBar, InstrumentBars } from '@capstone/forecasting';
import type { GatewayClient } from '@capstone/server-kit';
import { AI_SERVICE_IDENTITY } from '../settings.js';

/** KOSPI: the market the features compare every instrument with. */
export const KOSPI = '0001';

/** The most symbols the gateway's `instruments` takes at once. */
const MAX_SYMBOLS = 200;

/** Symbols per history request: the gateway's `instruments` takes up to 200; smaller answers stream sooner. */
const HISTORY_CHUNK = 25;

export interface DailyBarsStatus {
  lastStatus: string | null;
  lastFinishedAt: string | null;
}

/**
 * The market data the ai service learns from and forecasts with, read through the gateway
 * (never from market-data's database), as the service itself unless a caller is given.
 */
export interface MarketData {
  /** The instruments the ETL collects daily bars for. */
  universe(): Promise<string[]>;
  /** Each symbol's daily bars between two days, oldest first; unknown symbols are left out. */
  history(symbols: readonly string[], from: string, to: string): Promise<InstrumentBars[]>;
  /** The newest daily bar's date among the symbols, or null when none has a bar. */
  newestBarDate(symbols: readonly string[]): Promise<string | null>;
  /** KOSPI closes between two days. */
  kospi(from: string, to: string): Promise<IndexBar[]>;
  /** How the ETL's daily-bars job last ended, or null when it never ran. */
  dailyBarsStatus(): Promise<DailyBarsStatus | null>;
  /** Which of `symbols` market-data knows. */
  knownSymbols(symbols: readonly string[]): Promise<Set<string>>;
}

interface RawBar {
  date: string;
  close: string;
  volume: string;
}

export function gatewayMarketData(gateway: GatewayClient): MarketData {
  const ask = <Data>(query: string, variables?: Record<string, unknown>) =>
    gateway.query<Data>(AI_SERVICE_IDENTITY, query, variables);
  return {
    async universe() {
      const data = await ask<{ trackedInstruments: { symbol: string }[] | null }>(
        'query AiUniverse { trackedInstruments { symbol } }',
      );
      return (data.trackedInstruments ?? []).map((instrument) => instrument.symbol);
    },
    async history(symbols, from, to) {
      const out: InstrumentBars[] = [];
      for (let start = 0; start < symbols.length; start += HISTORY_CHUNK) {
        const chunk = symbols.slice(start, start + HISTORY_CHUNK);
        const data = await ask<{
          instruments: { symbol: string; priceHistory: RawBar[] }[] | null;
        }>(
          `query AiHistory($symbols: [String!]!, $from: Date!, $to: Date!) {
             instruments(symbols: $symbols) { symbol priceHistory(from: $from, to: $to) { date close volume } }
           }`,
          { symbols: chunk, from, to },
        );
        for (const instrument of data.instruments ?? []) {
          out.push({ symbol: instrument.symbol, bars: tradedBars(instrument.priceHistory) });
        }
      }
      return out;
    },
    async newestBarDate(symbols) {
      let newest: string | null = null;
      for (let start = 0; start < symbols.length; start += MAX_SYMBOLS) {
        const data = await ask<{
          instruments: { lastClose: { date: string } | null }[] | null;
        }>(
          'query AiNewestBars($symbols: [String!]!) { instruments(symbols: $symbols) { lastClose { date } } }',
          { symbols: symbols.slice(start, start + MAX_SYMBOLS) },
        );
        for (const instrument of data.instruments ?? []) {
          const date = instrument.lastClose?.date;
          if (date && (!newest || date > newest)) newest = date;
        }
      }
      return newest;
    },
    async kospi(from, to) {
      const data = await ask<{ indexHistory: { date: string; close: string }[] | null }>(
        'query AiKospi($code: String!, $from: Date!, $to: Date!) { indexHistory(code: $code, from: $from, to: $to) { date close } }',
        { code: KOSPI, from, to },
      );
      return (data.indexHistory ?? []).map((bar) => ({ date: bar.date, close: Number(bar.close) }));
    },
    async dailyBarsStatus() {
      const data = await ask<{
        etlStatus:
          { job: string; lastStatus: string | null; lastFinishedAt: string | null }[] | null;
      }>('query AiEtlStatus { etlStatus { job lastStatus lastFinishedAt } }');
      const status = data.etlStatus?.find((job) => job.job === 'DAILY_BARS');
      return status
        ? { lastStatus: status.lastStatus, lastFinishedAt: status.lastFinishedAt }
        : null;
    },
    async knownSymbols(symbols) {
      if (symbols.length === 0) return new Set();
      const data = await ask<{ instruments: { symbol: string }[] | null }>(
        'query AiKnownSymbols($symbols: [String!]!) { instruments(symbols: $symbols) { symbol } }',
        { symbols },
      );
      return new Set((data.instruments ?? []).map((instrument) => instrument.symbol));
    },
  };
}

/**
 * Bars as the features want them: days the instrument traded (a halt carries the last close
 * with no volume, which would read as a zero return on a day nothing happened).
 */
export function tradedBars(bars: readonly RawBar[]): DailyBar[] {
  return bars
    .map((bar) => ({ date: bar.date, close: Number(bar.close), volume: Number(bar.volume) }))
    .filter((bar) => bar.close > 0 && bar.volume > 0);
}
