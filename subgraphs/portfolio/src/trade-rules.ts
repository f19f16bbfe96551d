import { addDays, isTradingDay, nextTradingDay } from '@capstone/krx-calendar';
import {
  isOnTickGrid,
  krxCostModel,
  priceLimits,
  roundToTick,
  settlementDate,
  tickSize,
  tradeCosts,
  type Market,
  type SecurityType,
} from '@capstone/krx-rules';
import { badInput } from '@capstone/errors';
import { Decimal } from '@capstone/server-kit';
import type { PortfolioContext } from './context.js';

/** What the ledger needs to know of an instrument to apply KRX's rules to a trade on a day. */
export interface TradedInstrument {
  symbol: string;
  market: Market;
  securityType: SecurityType;
  /** The close before the trade day (the limit's base price), when market-data has a recent one. */
  previousClose: Decimal | null;
}

interface Answer {
  instruments: {
    symbol: string;
    market: Market;
    kind: string;
    priceHistory: { date: string; rawClose: string }[];
  }[];
}

/** How far back a previous close still counts: a long holiday, or a short trading halt. */
const BASE_PRICE_LOOKBACK_DAYS = 15;

/**
 * The instrument as market-data has it, through the gateway like every price read, with the
 * close as traded (원주가) of its last day before `day`. Null when market-data does not know it.
 */
export async function tradedInstrument(
  context: PortfolioContext,
  symbol: string,
  day: string,
): Promise<TradedInstrument | null> {
  const data = await context.gateway.query<Answer>(
    context.identity,
    `query TradeRules($symbols: [String!]!, $from: Date!, $to: Date!) {
       instruments(symbols: $symbols) { symbol market kind priceHistory(from: $from, to: $to) { date rawClose } }
     }`,
    { symbols: [symbol], from: addDays(day, -BASE_PRICE_LOOKBACK_DAYS), to: addDays(day, -1) },
  );
  const found = data.instruments.find((instrument) => instrument.symbol === symbol);
  if (!found) return null;
  const last = found.priceHistory.at(-1);
  return {
    symbol,
    market: found.market,
    securityType: found.kind === 'ETF' || found.kind === 'ETN' ? found.kind : 'stock',
    previousClose: last ? new Decimal(last.rawClose).round() : null,
  };
}

/** The trading day a trade on `day` counts as: that day, or the next one when KRX was shut. */
export const tradingDayOf = (day: string) => (isTradingDay(day) ? day : nextTradingDay(day));

/**
 * Refuses a price KRX would not have matched on that day: off the tick grid of the day's table
 * for the instrument's market, or outside the daily limit around the previous close.
 */
export function checkPrice(price: Decimal, instrument: TradedInstrument, day: string): void {
  const context = { market: instrument.market, securityType: instrument.securityType, date: day };
  const value = price.toNumber();
  if (!isOnTickGrid(value, context)) {
    const tick = tickSize(value, context);
    const below = roundToTick(value, context, 'down');
    const above = roundToTick(value, context, 'up');
    throw badInput(
      {
        ko: `가격 ${price.toFixed()}원은 ${day} ${instrument.market} 호가단위(${tick}원)에 맞지 않습니다. 가까운 호가: ${below}원, ${above}원`,
        en: `price ${price.toFixed()} is off the ${instrument.market} tick grid of ${day} (tick ${tick} KRW); the nearest prices are ${below} and ${above}`,
      },
      { argument: 'price', tickSize: tick },
    );
  }
  if (instrument.previousClose === null) return;
  const limits = priceLimits(instrument.previousClose.toNumber(), context);
  if (limits && (value > limits.upper || value < limits.lower)) {
    throw badInput(
      {
        ko: `가격 ${price.toFixed()}원은 ${day}의 가격제한폭(전일 종가 ${instrument.previousClose.toFixed()}원 기준 ${limits.lower}원~${limits.upper}원)을 벗어납니다`,
        en: `price ${price.toFixed()} is outside the daily limit of ${day} (${limits.lower} to ${limits.upper} KRW around the previous close of ${instrument.previousClose.toFixed()})`,
      },
      { argument: 'price', lower: limits.lower, upper: limits.upper },
    );
  }
}

/** Brokerage commission at a portfolio's rate, cut below one won (as the KRX cost rules do). */
export function commission(amount: Decimal, rate: Decimal, day: string): Decimal {
  return new Decimal(
    krxCostModel({ commissionRate: rate.toFixed() }).commission(amount.toNumber(), 'buy', day),
  );
}

/** The sell-side taxes of a sale, at the rates of its settlement day, and the rule they follow. */
export function saleTax(
  amount: Decimal,
  instrument: TradedInstrument,
  day: string,
): { tax: Decimal; rule: string | null } {
  const costs = tradeCosts({
    side: 'sell',
    amountWon: amount.toFixed(),
    market: instrument.market,
    securityType: instrument.securityType,
    tradeDate: tradingDayOf(day),
    commissionRate: '0',
  });
  return { tax: new Decimal(costs.tax), rule: costs.method.tax.ruleId };
}

/** T+2 on the KRX calendar, counted from the trading day the trade counts as. */
export const settlesOn = (day: string) => settlementDate(tradingDayOf(day));
