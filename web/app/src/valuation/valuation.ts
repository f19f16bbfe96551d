/**
 * A portfolio valued at the freshest price the page has for each holding: a live tick from
 * the quote subscription, else the last trade the API knows, else the last daily close.
 * Pure, so that cards, tables and tests agree on every figure.
 */
import { toNumber } from '../format/format.js';

export interface QuoteLike {
  price: string;
  change: string;
  changeRate: string;
  tradedAt: string;
}

export interface HoldingInput {
  symbol: string;
  quantity: string;
  costBasis: string;
  instrument: {
    lastClose: { date: string; close: string } | null;
    lastQuote: QuoteLike | null;
  };
}

export interface PortfolioInput {
  cash: string;
  holdings: readonly HoldingInput[];
}

/** Where a price came from, freshest first. */
export type PriceSource = 'live' | 'lastTrade' | 'close' | 'none';

export interface HoldingValue {
  symbol: string;
  quantity: number;
  price: number | null;
  source: PriceSource;
  marketValue: number | null;
  costBasis: number;
  unrealizedPnl: number | null;
  unrealizedRate: number | null;
  /** Today's move of the position (quantity x change from the previous close). */
  dayChange: number | null;
  dayChangeRate: number | null;
  /** Share of the portfolio's total value, cash included. */
  weight: number | null;
}

export interface PortfolioValue {
  cash: number;
  marketValue: number;
  totalValue: number;
  costBasis: number;
  unrealizedPnl: number;
  unrealizedRate: number | null;
  dayChange: number | null;
  dayChangeRate: number | null;
  /** The stalest source among the priced holdings: "live" only when every price is live. */
  source: PriceSource;
  /** The latest trade time (ISO) or close day among the prices used. */
  asOf: string | null;
  holdings: HoldingValue[];
  unpriced: string[];
}

const RANK: Record<PriceSource, number> = { live: 0, lastTrade: 1, close: 2, none: 3 };

function priceOf(holding: HoldingInput, live: QuoteLike | undefined) {
  if (live) return { quote: live, price: toNumber(live.price), source: 'live' as const };
  const { lastQuote, lastClose } = holding.instrument;
  if (lastQuote)
    return { quote: lastQuote, price: toNumber(lastQuote.price), source: 'lastTrade' as const };
  if (lastClose) return { quote: null, price: toNumber(lastClose.close), source: 'close' as const };
  return { quote: null, price: null, source: 'none' as const };
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function valuePortfolio(
  portfolio: PortfolioInput,
  live: Readonly<Record<string, QuoteLike | undefined>> = {},
): PortfolioValue {
  const cash = toNumber(portfolio.cash);
  let source: PriceSource = 'live';
  let asOf: string | null = null;
  let anyPriced = false;
  const priced = portfolio.holdings.map((holding) => {
    const quantity = toNumber(holding.quantity);
    const costBasis = toNumber(holding.costBasis);
    const { quote, price, source: holdingSource } = priceOf(holding, live[holding.symbol]);
    if (price !== null) {
      anyPriced = true;
      if (RANK[holdingSource] > RANK[source]) source = holdingSource;
      const stamp = quote?.tradedAt ?? holding.instrument.lastClose?.date ?? null;
      if (stamp && (!asOf || stamp > asOf)) asOf = stamp;
    }
    const marketValue = price === null ? null : quantity * price;
    const dayChange = quote ? quantity * toNumber(quote.change) : null;
    return {
      symbol: holding.symbol,
      quantity,
      price,
      source: holdingSource,
      marketValue,
      costBasis,
      unrealizedPnl: marketValue === null ? null : marketValue - costBasis,
      unrealizedRate: marketValue === null ? null : ratio(marketValue - costBasis, costBasis),
      dayChange,
      dayChangeRate: quote ? toNumber(quote.changeRate) : null,
      weight: null as number | null,
    };
  });
  const pricedHoldings = priced.filter((holding) => holding.marketValue !== null);
  const marketValue = pricedHoldings.reduce((sum, holding) => sum + holding.marketValue!, 0);
  const costBasis = pricedHoldings.reduce((sum, holding) => sum + holding.costBasis, 0);
  const totalValue = cash + marketValue;
  for (const holding of priced) {
    holding.weight = holding.marketValue === null ? null : ratio(holding.marketValue, totalValue);
  }
  const changes = priced.filter((holding) => holding.dayChange !== null);
  const dayChange = changes.length
    ? changes.reduce((sum, holding) => sum + holding.dayChange!, 0)
    : null;
  return {
    cash,
    marketValue,
    totalValue,
    costBasis,
    unrealizedPnl: marketValue - costBasis,
    unrealizedRate: ratio(marketValue - costBasis, costBasis),
    dayChange,
    // Against yesterday's value: today's total less today's move (cash did not move with prices).
    dayChangeRate: dayChange === null ? null : ratio(dayChange, totalValue - dayChange),
    source: anyPriced ? source : 'none',
    asOf,
    holdings: priced,
    unpriced: priced.filter((holding) => holding.price === null).map((holding) => holding.symbol),
  };
}
