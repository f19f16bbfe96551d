import type { Market } from './types.js';

// KRX unified the KOSPI and KOSDAQ tick tables on 2023-01-25.
const UNIFIED_FROM = '2023-01-25';

/** The KRX price tick (호가단위) for a price level on a date. */
export function tickSize(price: number, market: Market, date: string): number {
  if (date >= UNIFIED_FROM) {
    if (price < 2_000) return 1;
    if (price < 5_000) return 5;
    if (price < 20_000) return 10;
    if (price < 50_000) return 50;
    if (price < 200_000) return 100;
    if (price < 500_000) return 500;
    return 1_000;
  }
  if (price < 1_000) return 1;
  if (price < 5_000) return 5;
  if (price < 10_000) return 10;
  if (price < 50_000) return 50;
  if (market === 'KOSDAQ') return 100;
  if (price < 100_000) return 100;
  if (price < 500_000) return 500;
  return 1_000;
}

export type Rounding = 'nearest' | 'up' | 'down';

export function roundToTick(
  price: number,
  market: Market,
  date: string,
  mode: Rounding = 'nearest',
): number {
  const tick = tickSize(Math.max(price, 1), market, date);
  const steps = price / tick;
  const rounded =
    mode === 'up' ? Math.ceil(steps) : mode === 'down' ? Math.floor(steps) : Math.round(steps);
  return Math.max(tick, rounded * tick);
}

/** The daily price limits (상한가/하한가): ±30% of the base price since 2015-06-15, ±15% before. */
export function priceLimits(
  basePrice: number,
  market: Market,
  date: string,
): { upper: number; lower: number } {
  const width = date >= '2015-06-15' ? 0.3 : 0.15;
  return {
    upper: roundToTick(basePrice * (1 + width), market, date, 'down'),
    lower: roundToTick(basePrice * (1 - width), market, date, 'up'),
  };
}
