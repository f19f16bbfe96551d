import type { InstrumentProfile } from './instruments.js';
import { streamFor } from './random.js';

/**
 * Slow-moving company figures KIS decorates quotes with (valuation ratios, foreign ownership,
 * margin-loan balance). Fixed per stock so that they do not flicker between calls.
 */
export interface Fundamentals {
  /** Price/earnings and price/book at the reference price. */
  per: number;
  pbr: number;
  foreignRatio: number;
  loanRatio: number;
}

const cache = new Map<string, Fundamentals>();

export function fundamentals(profile: InstrumentProfile): Fundamentals {
  let found = cache.get(profile.symbol);
  if (!found) {
    const rng = streamFor('fundamentals', profile.symbol);
    found = {
      per: 6 + 30 * rng.next(),
      pbr: 0.4 + 3.5 * rng.next(),
      foreignRatio: 5 + 50 * rng.next(),
      loanRatio: 0.05 + 1.5 * rng.next(),
    };
    cache.set(profile.symbol, found);
  }
  return found;
}

/** EPS and BPS implied by the ratios at a reference price (the previous close). */
export function perShare(
  profile: InstrumentProfile,
  referencePrice: number,
): { eps: number; bps: number } {
  const { per, pbr } = fundamentals(profile);
  return { eps: Math.round(referencePrice / per), bps: Math.round(referencePrice / pbr) };
}

/** Net buying of foreigners and programs on a day: a share of volume, fixed per stock and day. */
export function netFlows(
  symbol: string,
  date: string,
  volume: number,
): { foreign: number; program: number } {
  const rng = streamFor('flows', symbol, date);
  return {
    foreign: Math.round(volume * 0.3 * (rng.next() - 0.5)),
    program: Math.round(volume * 0.2 * (rng.next() - 0.5)),
  };
}
