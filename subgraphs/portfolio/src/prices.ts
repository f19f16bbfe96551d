import { Decimal } from '@capstone/server-kit';
import type { PortfolioContext } from './context.js';

export interface Close {
  date: string;
  close: Decimal;
}

interface InstrumentPrices {
  instruments: { symbol: string; lastClose: { date: string; rawClose: string } | null }[];
}

/**
 * The latest close as traded (원주가, `rawClose`) of each symbol that market-data knows: the price
 * to value the shares held today. Unknown symbols are missing from the map.
 */
export async function latestCloses(
  context: PortfolioContext,
  symbols: string[],
): Promise<Map<string, Close | null>> {
  if (symbols.length === 0) return new Map();
  const data = await context.gateway.query<InstrumentPrices>(
    context.identity,
    'query LatestCloses($symbols: [String!]!) { instruments(symbols: $symbols) { symbol lastClose { date rawClose } } }',
    { symbols },
  );
  return new Map(
    data.instruments.map(({ symbol, lastClose }) => [
      symbol,
      lastClose ? { date: lastClose.date, close: new Decimal(lastClose.rawClose) } : null,
    ]),
  );
}

interface InstrumentHistories {
  instruments: { symbol: string; priceHistory: { date: string; rawClose: string }[] }[];
}

/**
 * Daily closes as traded (원주가) of each symbol between two days, oldest first: with the share
 * counts held each day (split-adjusted by the ledger's SPLIT lines) they value real holdings
 * without a jump at a split, which adjusted closes times nominal shares would have.
 */
export async function closeHistories(
  context: PortfolioContext,
  symbols: string[],
  from: string,
  to: string,
): Promise<Map<string, Close[]>> {
  if (symbols.length === 0) return new Map();
  const data = await context.gateway.query<InstrumentHistories>(
    context.identity,
    `query CloseHistories($symbols: [String!]!, $from: Date!, $to: Date!) {
       instruments(symbols: $symbols) { symbol priceHistory(from: $from, to: $to) { date rawClose } }
     }`,
    { symbols, from, to },
  );
  return new Map(
    data.instruments.map(({ symbol, priceHistory }) => [
      symbol,
      priceHistory.map(({ date, rawClose }) => ({ date, close: new Decimal(rawClose) })),
    ]),
  );
}
