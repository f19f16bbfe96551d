import { readdirSync } from 'node:fs';
import { KRX_DATA_DIR, readKospiCloses, readKrxBars } from '@capstone/test-platform';
import { tradedBars, type MarketData } from '../src/market/market-data.js';

/** The real stocks of ../shared/data/krx, by code. */
export const KRX_SYMBOLS = readdirSync(KRX_DATA_DIR)
  .filter((file) => /^\d{6}\.csv$/.test(file))
  .map((file) => file.slice(0, 6))
  .sort();

/**
 * The market data the ai service reads through the gateway, served from the real KRX files
 * instead (what the ETL would have collected), up to `through`.
 */
export function krxMarketData(symbols: readonly string[], through = '2022-09-19'): MarketData {
  const bars = (symbol: string, from: string, to: string) =>
    tradedBars(readKrxBars(symbol, from, to < through ? to : through));
  return {
    universe: async () => [...symbols],
    newestBarDate: async (wanted) =>
      wanted
        .map((symbol) => bars(symbol, '0000-00-00', through).at(-1)?.date ?? '')
        .reduce((a, b) => (a > b ? a : b), '') || null,
    history: async (wanted, from, to) =>
      wanted
        .filter((symbol) => symbols.includes(symbol))
        .map((symbol) => ({ symbol, bars: bars(symbol, from, to) })),
    kospi: async (from, to) =>
      readKospiCloses(from, to < through ? to : through).map(({ date, close }) => ({
        date,
        close: Number(close),
      })),
    dailyBarsStatus: async () => ({
      lastStatus: 'SUCCEEDED',
      lastFinishedAt: `${through}T07:00:00Z`,
    }),
    knownSymbols: async (wanted) =>
      new Set(wanted.filter((symbol) => KRX_SYMBOLS.includes(symbol))),
  };
}
