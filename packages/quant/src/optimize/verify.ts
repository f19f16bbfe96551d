import type { NormalizedConstraints, Universe } from './input.js';
import { dot, quadraticForm } from './linear-algebra.js';

/** Every returned weight vector meets every constraint to within this absolute tolerance. */
export const CONSTRAINT_TOLERANCE = 1e-8;
/** Weights this close to zero are solver rounding and are set to exactly zero. */
const ZERO_WEIGHT = 1e-12;

/**
 * Removes solver rounding in place, the same way every time: a weight within {@link ZERO_WEIGHT}
 * of zero becomes zero (when zero is allowed), and a weight a hair outside its bounds (within the
 * tolerance) is put on the bound. Anything further out is left for {@link measureViolation}.
 */
export function cleanWeights(weights: Float64Array, constraints: NormalizedConstraints): void {
  const { lower, upper } = constraints;
  for (let i = 0; i < weights.length; i++) {
    let w = weights[i]!;
    if (Math.abs(w) <= ZERO_WEIGHT && lower[i]! <= 0 && upper[i]! >= 0) w = 0;
    if (w < lower[i]! && w >= lower[i]! - CONSTRAINT_TOLERANCE) w = lower[i]!;
    if (w > upper[i]! && w <= upper[i]! + CONSTRAINT_TOLERANCE) w = upper[i]!;
    weights[i] = w === 0 ? 0 : w; // no −0
  }
}

export function countHeld(weights: Float64Array): number {
  let held = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) held++;
  return held;
}

export interface ExtraChecks {
  /** Expected return must reach this (target return). */
  readonly minReturn?: { readonly expectedReturns: Float64Array; readonly target: number };
  /** Volatility must not exceed this (target risk). */
  readonly maxVolatility?: { readonly covariance: Float64Array; readonly target: number };
}

/**
 * The largest amount by which `weights` break any constraint (0 when none), Infinity for a
 * non-finite weight or too many names held.
 */
export function measureViolation(
  weights: Float64Array,
  universe: Universe,
  constraints: NormalizedConstraints,
  extra: ExtraChecks = {},
): number {
  const { n, sectorOf } = universe;
  let worst = 0;
  let total = 0;
  const sectorSums = new Float64Array(universe.sectorNames.length);
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w)) return Number.POSITIVE_INFINITY;
    total += w;
    worst = Math.max(worst, constraints.lower[i]! - w, w - constraints.upper[i]!);
    const s = sectorOf[i]!;
    if (s >= 0) sectorSums[s] = sectorSums[s]! + w;
  }
  worst = Math.max(worst, Math.abs(total - 1));
  for (let s = 0; s < sectorSums.length; s++) {
    worst = Math.max(
      worst,
      constraints.sectorLower[s]! - sectorSums[s]!,
      sectorSums[s]! - constraints.sectorUpper[s]!,
    );
  }
  if (constraints.maxAssets !== null && countHeld(weights) > constraints.maxAssets) {
    return Number.POSITIVE_INFINITY;
  }
  if (extra.minReturn) {
    worst = Math.max(worst, extra.minReturn.target - dot(extra.minReturn.expectedReturns, weights));
  }
  if (extra.maxVolatility) {
    const volatility = Math.sqrt(
      Math.max(0, quadraticForm(extra.maxVolatility.covariance, n, weights)),
    );
    worst = Math.max(worst, volatility - extra.maxVolatility.target);
  }
  return worst;
}
