import { priceLimits } from '@capstone/krx-rules';
import type { Market } from '../types.js';

/** KIS sends every number as a string: integers as digits, rates with fixed decimals. */
export const int = (value: number): string => String(Math.round(value));

export function fixed(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return (0).toFixed(digits);
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

export const percent = (part: number, whole: number): string =>
  fixed(whole ? (part / whole) * 100 : 0);

/** 전일 대비 부호: 1 upper limit, 2 up, 3 unchanged, 4 lower limit, 5 down. */
export function changeSign(price: number, base: number, market: Market, date: string): string {
  if (price === base) return '3';
  const { upper, lower } = priceLimits(base, { market, date })!; // stocks always have daily limits
  if (price > base) return price >= upper ? '1' : '2';
  return price <= lower ? '4' : '5';
}

/** For index levels, which have no price limits. */
export const plainSign = (value: number, base: number): string =>
  value > base ? '2' : value < base ? '5' : '3';
