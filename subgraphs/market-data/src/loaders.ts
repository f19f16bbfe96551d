import { inKeyOrder, requestLoader } from '@capstone/server-kit';
import type { MarketDataContext } from './context.js';
import { Prisma, type DailyBar, type Instrument, type Quote } from './generated/prisma/client.js';

/**
 * Each field that a list of instruments asks per instrument (a portfolio's holdings, a
 * watchlist's quotes) is loaded for all of them in one query.
 */
export const instrumentBySymbol = requestLoader(
  async (symbols: readonly string[], { prisma }: MarketDataContext) =>
    inKeyOrder(
      symbols,
      await prisma.instrument.findMany({ where: { symbol: { in: [...symbols] } } }),
      (row: Instrument) => row.symbol,
    ),
);

/** The newest daily bar of each symbol: one indexed join over the (symbol, date) key. */
export const lastCloseOf = requestLoader(
  async (symbols: readonly string[], { prisma }: MarketDataContext) =>
    inKeyOrder(
      symbols,
      await prisma.$queryRaw<DailyBar[]>`
        SELECT bar.symbol, bar.date, bar.open, bar.high, bar.low, bar.close, bar.volume, bar.rawClose,
               bar.splitRatio, bar.exDateCode, bar.revaluationReason
        FROM DailyBar bar
        JOIN (SELECT symbol, MAX(date) AS date FROM DailyBar
              WHERE symbol IN (${Prisma.join(symbols)}) GROUP BY symbol) newest
          ON newest.symbol = bar.symbol AND newest.date = bar.date`,
      (row) => row.symbol,
    ),
);

export const lastQuoteOf = requestLoader(
  async (symbols: readonly string[], { prisma }: MarketDataContext) =>
    inKeyOrder(
      symbols,
      await prisma.quote.findMany({ where: { symbol: { in: [...symbols] } } }),
      (row: Quote) => row.symbol,
    ),
);

interface HistoryKey {
  symbol: string;
  from: Date;
  to: Date;
}

/** Daily bars of each symbol over a range; the symbols asked with the same range share a query. */
export const priceHistoryOf = requestLoader(
  async (keys: readonly HistoryKey[], { prisma }: MarketDataContext) => {
    const ranges = new Map<string, { from: Date; to: Date; symbols: Set<string> }>();
    for (const { symbol, from, to } of keys) {
      const range = rangeKey(from, to);
      const entry = ranges.get(range) ?? { from, to, symbols: new Set<string>() };
      entry.symbols.add(symbol);
      ranges.set(range, entry);
    }
    const bars = new Map<string, DailyBar[]>();
    for (const [range, { from, to, symbols }] of ranges) {
      const rows = await prisma.dailyBar.findMany({
        where: { symbol: { in: [...symbols] }, date: { gte: from, lte: to } },
        orderBy: [{ symbol: 'asc' }, { date: 'asc' }],
      });
      for (const row of rows) {
        const key = `${row.symbol}@${range}`;
        const list = bars.get(key);
        if (list) list.push(row);
        else bars.set(key, [row]);
      }
    }
    return keys.map(({ symbol, from, to }) => bars.get(`${symbol}@${rangeKey(from, to)}`) ?? []);
  },
  ({ symbol, from, to }) => `${symbol}@${rangeKey(from, to)}`,
);

const rangeKey = (from: Date, to: Date) => `${from.toISOString()}/${to.toISOString()}`;
