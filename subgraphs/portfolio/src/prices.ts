import { Decimal } from '@capstone/server-kit';
import type { PortfolioContext } from './context.js';

export interface Close {
  date: string;
  close: Decimal;
}

interface InstrumentPrices {
  instruments: { symbol: string; lastClose: { date: string; close: string } | null }[];
}

/** The latest close of each symbol that market-data knows; unknown symbols are missing from the map. */
export async function latestCloses(
  context: PortfolioContext,
  symbols: string[],
): Promise<Map<string, Close | null>> {
  if (symbols.length === 0) return new Map();
  const data = await context.gateway.query<InstrumentPrices>(
    context.identity,
    'query LatestCloses($symbols: [String!]!) { instruments(symbols: $symbols) { symbol lastClose { date close } } }',
    { symbols },
  );
  return new Map(
    data.instruments.map(({ symbol, lastClose }) => [
      symbol,
      lastClose ? { date: lastClose.date, close: new Decimal(lastClose.close) } : null,
    ]),
  );
}

interface InstrumentHistories {
  instruments: { symbol: string; priceHistory: { date: string; close: string }[] }[];
}

/** Daily closes of each symbol between two days, oldest first. */
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
       instruments(symbols: $symbols) { symbol priceHistory(from: $from, to: $to) { date close } }
     }`,
    { symbols, from, to },
  );
  return new Map(
    data.instruments.map(({ symbol, priceHistory }) => [
      symbol,
      priceHistory.map(({ date, close }) => ({ date, close: new Decimal(close) })),
    ]),
  );
}
