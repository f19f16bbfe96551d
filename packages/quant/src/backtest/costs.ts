export type Market = 'KOSPI' | 'KOSDAQ' | 'KONEX';
export type Side = 'BUY' | 'SELL';

/**
 * Trading costs, injected so the KRX rules live in one place (@capstone/krx-rules implements
 * this interface: dated sell-side transaction tax by market, the default 0.015% commission, the
 * tick grid). Every amount is in KRW; the model decides its own rounding (brokers and the tax
 * office truncate to the won).
 */
export interface CostModel {
  /** Commission on a trade of `amountWon` (price × quantity), charged on both sides. */
  commission(amountWon: number, side: Side, date: string): number;
  /** Securities transaction tax (and any surtax) on a sale of `amountWon`. */
  sellTax(amountWon: number, market: Market, date: string): number;
  /** The tick size at `price` (orders are priced on this grid). */
  tickSize(price: number, market: Market, date: string): number;
}

/** A cost model that charges nothing, on a one-won grid (for gross-of-cost comparisons). */
export const NO_COSTS: CostModel = {
  commission: () => 0,
  sellTax: () => 0,
  tickSize: () => 1,
};
