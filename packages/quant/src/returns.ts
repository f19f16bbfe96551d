import { fail, finiteArray } from './validate.js';

export type ReturnKind = 'simple' | 'log';

function positivePrices(field: string, prices: ArrayLike<number>): Float64Array {
  const p = finiteArray(field, prices, 2);
  for (let i = 0; i < p.length; i++) {
    if (!(p[i]! > 0))
      fail(`${field}[${i}]`, '가격은 0보다 커야 합니다', `price must be > 0 (got ${p[i]})`);
  }
  return p;
}

/** r[t] = p[t+1] / p[t] − 1; one value fewer than prices. */
export function simpleReturns(prices: ArrayLike<number>, field = 'prices'): Float64Array {
  const p = positivePrices(field, prices);
  const r = new Float64Array(p.length - 1);
  for (let t = 0; t < r.length; t++) r[t] = p[t + 1]! / p[t]! - 1;
  return r;
}

/** r[t] = ln(p[t+1] / p[t]); one value fewer than prices. */
export function logReturns(prices: ArrayLike<number>, field = 'prices'): Float64Array {
  const p = positivePrices(field, prices);
  const r = new Float64Array(p.length - 1);
  for (let t = 0; t < r.length; t++) r[t] = Math.log(p[t + 1]! / p[t]!);
  return r;
}

export function returnsOf(
  kind: ReturnKind,
  prices: ArrayLike<number>,
  field = 'prices',
): Float64Array {
  return kind === 'log' ? logReturns(prices, field) : simpleReturns(prices, field);
}

/** Value path from simple returns: v[0] = initial, v[t+1] = v[t]·(1 + r[t]). */
export function compound(returns: ArrayLike<number>, initial = 1): Float64Array {
  const v = new Float64Array(returns.length + 1);
  v[0] = initial;
  for (let t = 0; t < returns.length; t++) v[t + 1] = v[t]! * (1 + returns[t]!);
  return v;
}

export type PortfolioRebalancing = 'daily' | 'buy-and-hold';

/**
 * Portfolio simple returns from asset simple returns (columns, one per asset) and weights.
 * 'daily' holds the weights every day (r = Σ wᵢ rᵢ); 'buy-and-hold' invests the weights once and
 * lets them drift (each asset's value compounds on its own, r = V[t+1]/V[t] − 1).
 */
export function portfolioReturns(
  assetReturns: readonly Float64Array[],
  weights: Float64Array,
  rebalancing: PortfolioRebalancing,
): Float64Array {
  const periods = assetReturns[0]!.length;
  const out = new Float64Array(periods);
  if (rebalancing === 'daily') {
    for (let t = 0; t < periods; t++) {
      let r = 0;
      for (let i = 0; i < assetReturns.length; i++) r += weights[i]! * assetReturns[i]![t]!;
      out[t] = r;
    }
    return out;
  }
  const holdings = Float64Array.from(weights);
  let value = 1;
  for (let t = 0; t < periods; t++) {
    let next = 0;
    for (let i = 0; i < holdings.length; i++) {
      holdings[i] = holdings[i]! * (1 + assetReturns[i]![t]!);
      next += holdings[i]!;
    }
    out[t] = next / value - 1;
    value = next;
  }
  return out;
}
