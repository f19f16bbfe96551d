import type { Identity } from '@capstone/auth';
import { notFound } from '@capstone/errors';
import type { GatewayClient } from '@capstone/server-kit';

export type Market = 'KOSPI' | 'KOSDAQ' | 'KONEX';

/** One position as a run sees it: quantity from the ledger, market and sector from market-data. */
export interface HoldingSnapshot {
  symbol: string;
  /** Shares, a decimal string. */
  quantity: string;
  market: Market;
  sector: string | null;
}

export interface InstrumentFacts {
  symbol: string;
  market: Market;
  sector: string | null;
  /** The day of its latest close; null before any. */
  lastCloseDate: string | null;
}

interface PortfolioAnswer {
  portfolio: {
    id: string;
    holdings: {
      symbol: string;
      quantity: string;
      instrument: {
        market: Market;
        sector: { code: string } | null;
        lastClose: { date: string } | null;
      } | null;
    }[];
  } | null;
}

/**
 * The portfolio's open positions, asked of the gateway as the user the run is for: the
 * portfolio subgraph refuses another user's portfolio, so this is also the ownership check.
 */
export async function portfolioHoldings(
  gateway: GatewayClient,
  identity: Identity,
  portfolioId: string,
): Promise<(HoldingSnapshot & { lastCloseDate: string | null })[]> {
  const data = await gateway.query<PortfolioAnswer>(
    identity,
    `query SimulationPortfolio($id: ID!) {
       portfolio(id: $id) {
         id
         holdings { symbol quantity instrument { market sector { code } lastClose { date } } }
       }
     }`,
    { id: portfolioId },
  );
  if (!data.portfolio)
    throw notFound(
      { ko: '그런 포트폴리오가 없습니다', en: 'There is no such portfolio' },
      { argument: 'input.portfolioId' },
    );
  return data.portfolio.holdings.map((holding) => ({
    symbol: holding.symbol,
    quantity: holding.quantity,
    market: holding.instrument?.market ?? 'KOSPI',
    sector: holding.instrument?.sector?.code ?? null,
    lastCloseDate: holding.instrument?.lastClose?.date ?? null,
  }));
}

/** What market-data knows of these codes; unknown codes are missing from the map. */
export async function instrumentFacts(
  gateway: GatewayClient,
  identity: Identity,
  symbols: readonly string[],
): Promise<Map<string, InstrumentFacts>> {
  if (symbols.length === 0) return new Map();
  const data = await gateway.query<{
    instruments: {
      symbol: string;
      market: Market;
      sector: { code: string } | null;
      lastClose: { date: string } | null;
    }[];
  }>(
    identity,
    `query SimulationInstruments($symbols: [String!]!) {
       instruments(symbols: $symbols) { symbol market sector { code } lastClose { date } }
     }`,
    { symbols: [...symbols] },
  );
  return new Map(
    (data.instruments ?? []).map((i) => [
      i.symbol,
      {
        symbol: i.symbol,
        market: i.market,
        sector: i.sector?.code ?? null,
        lastCloseDate: i.lastClose?.date ?? null,
      },
    ]),
  );
}

/** The sector codes instruments carry (KRX industry classes), as market-data lists them. */
export async function knownSectors(gateway: GatewayClient, identity: Identity): Promise<string[]> {
  const data = await gateway.query<{ sectors: { code: string }[] | null }>(
    identity,
    '{ sectors { code } }',
  );
  return (data.sectors ?? []).map((sector) => sector.code);
}

export interface DailyCloses {
  symbol: string;
  dates: string[];
  closes: number[];
}

/** Daily closes of each symbol from `from` to `to`, oldest first (one request, batched by market-data). */
export async function closeHistories(
  gateway: GatewayClient,
  identity: Identity,
  symbols: readonly string[],
  from: string,
  to: string,
): Promise<DailyCloses[]> {
  const data = await gateway.query<{
    instruments: { symbol: string; priceHistory: { date: string; close: string }[] }[];
  }>(
    identity,
    `query SimulationHistories($symbols: [String!]!, $from: Date!, $to: Date!) {
       instruments(symbols: $symbols) { symbol priceHistory(from: $from, to: $to) { date close } }
     }`,
    { symbols: [...symbols], from, to },
  );
  const bySymbol = new Map((data.instruments ?? []).map((i) => [i.symbol, i.priceHistory]));
  return symbols.map((symbol) => {
    const bars = bySymbol.get(symbol) ?? [];
    return {
      symbol,
      dates: bars.map((bar) => bar.date),
      closes: bars.map((bar) => Number(bar.close)),
    };
  });
}

/** The KOSPI's closes from `from` to `to` (index 0001), oldest first. */
export async function kospiCloses(
  gateway: GatewayClient,
  identity: Identity,
  from: string,
  to: string,
): Promise<{ dates: string[]; values: number[] }> {
  const data = await gateway.query<{ indexHistory: { date: string; close: string }[] | null }>(
    identity,
    `query SimulationKospi($from: Date!, $to: Date!) {
       indexHistory(code: "0001", from: $from, to: $to) { date close }
     }`,
    { from, to },
  );
  const bars = data.indexHistory ?? [];
  return { dates: bars.map((bar) => bar.date), values: bars.map((bar) => Number(bar.close)) };
}
