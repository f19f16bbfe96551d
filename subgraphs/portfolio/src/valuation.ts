import { Decimal } from '@capstone/server-kit';
import type { PortfolioContext } from './context.js';
import { cashFlow, type LedgerState } from './ledger/ledger.js';
import { seoulDay } from './ledger/dated.js';
import { toDatedEntry } from './ledger/load.js';
import { closeHistories, latestCloses } from './prices.js';

export interface HoldingValue {
  symbol: string;
  quantity: Decimal;
  costBasis: Decimal;
  price: Decimal | null;
  priceDate: string | null;
  marketValue: Decimal | null;
  unrealizedPnl: Decimal | null;
  weight: Decimal | null;
}

export interface Valuation {
  asOf: string | null;
  cash: Decimal;
  marketValue: Decimal;
  totalValue: Decimal;
  costBasis: Decimal;
  unrealizedPnl: Decimal;
  realizedPnl: Decimal;
  holdings: HoldingValue[];
  /** Holdings with no price yet; their value is left out of the totals. */
  unpricedSymbols: string[];
}

const ZERO = new Decimal(0);
const toMoney = (value: Decimal) => value.toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN);

/** Values the open positions at each instrument's latest close, fetched through the gateway. */
export async function valuePortfolio(
  context: PortfolioContext,
  state: LedgerState,
): Promise<Valuation> {
  const open = [...state.positions.values()].filter((position) => !position.quantity.isZero());
  const closes = await latestCloses(
    context,
    open.map((position) => position.symbol),
  );
  const holdings = open.map((position): HoldingValue => {
    const close = closes.get(position.symbol) ?? null;
    const marketValue = close ? toMoney(position.quantity.times(close.close)) : null;
    return {
      symbol: position.symbol,
      quantity: position.quantity,
      costBasis: position.costBasis,
      price: close?.close ?? null,
      priceDate: close?.date ?? null,
      marketValue,
      unrealizedPnl: marketValue ? marketValue.minus(position.costBasis) : null,
      weight: null,
    };
  });
  const priced = holdings.filter((holding) => holding.marketValue !== null);
  const marketValue = priced.reduce((sum, holding) => sum.plus(holding.marketValue!), ZERO);
  const costBasis = priced.reduce((sum, holding) => sum.plus(holding.costBasis), ZERO);
  const totalValue = state.cash.plus(marketValue);
  for (const holding of priced) {
    holding.weight = totalValue.isZero()
      ? ZERO
      : holding.marketValue!.dividedBy(totalValue).toDecimalPlaces(6);
  }
  const dates = priced.map((holding) => holding.priceDate!).sort();
  return {
    asOf: dates.at(-1) ?? null,
    cash: state.cash,
    marketValue,
    totalValue,
    costBasis,
    unrealizedPnl: marketValue.minus(costBasis),
    realizedPnl: state.realizedPnl,
    holdings: holdings.sort((a, b) => (b.marketValue ?? ZERO).comparedTo(a.marketValue ?? ZERO)),
    unpricedSymbols: holdings
      .filter((holding) => holding.price === null)
      .map((holding) => holding.symbol),
  };
}

const isoDay = (day: Date) => day.toISOString().slice(0, 10);
/** Enough days back to find the close in force on `from` across the longest KRX holiday. */
const CARRY_BACK_DAYS = 15;

/**
 * The portfolio's value at each trading day's close: the cash and shares its ledger held by
 * the end of that day, at that day's closes as traded (the last known close for a halted stock),
 * the shares counted after any split by then, the entries read in date order as the ledger checks them.
 */
export async function valueHistory(
  context: PortfolioContext,
  portfolioId: string,
  from: Date,
  to: Date,
): Promise<{ date: string; value: Decimal }[]> {
  const rows = await context.prisma.transaction.findMany({
    where: { portfolioId },
    orderBy: [{ occurredAt: 'asc' }, { sequence: 'asc' }],
  });
  const symbols = [...new Set(rows.flatMap((row) => (row.symbol ? [row.symbol] : [])))];
  const histories = await closeHistories(
    context,
    symbols,
    isoDay(new Date(from.getTime() - CARRY_BACK_DAYS * 86_400_000)),
    isoDay(to),
  );
  const first = isoDay(from);
  const days = [
    ...new Set([...histories.values()].flatMap((closes) => closes.map((close) => close.date))),
  ]
    .filter((day) => day >= first)
    .sort();

  let cash = ZERO;
  const shares = new Map<string, Decimal>();
  const lastClose = new Map<string, Decimal>();
  const cursors = new Map<string, number>([...histories.keys()].map((symbol) => [symbol, 0]));
  let next = 0;
  return days.map((day) => {
    for (; next < rows.length && seoulDay(rows[next]!.occurredAt) <= day; next++) {
      const entry = toDatedEntry(rows[next]!);
      cash = cash.plus(cashFlow(entry));
      const held = shares.get(entry.symbol ?? '') ?? ZERO;
      if (entry.type === 'BUY') shares.set(entry.symbol!, held.plus(entry.quantity!));
      if (entry.type === 'SELL') shares.set(entry.symbol!, held.minus(entry.quantity!));
      // The share count follows a split, the raw closes do too: the value runs straight through.
      if (entry.type === 'SPLIT') shares.set(entry.symbol!, held.times(entry.shareFactor!).floor());
    }
    for (const [symbol, closes] of histories) {
      let cursor = cursors.get(symbol)!;
      while (cursor < closes.length && closes[cursor]!.date <= day) {
        lastClose.set(symbol, closes[cursor]!.close);
        cursor++;
      }
      cursors.set(symbol, cursor);
    }
    let value = cash;
    for (const [symbol, held] of shares) {
      const close = lastClose.get(symbol);
      if (close && !held.isZero()) value = value.plus(held.times(close));
    }
    return { date: day, value: toMoney(value) };
  });
}
