import { normalDensity, normalQuantile } from './normal.js';
import { mean, moments, sortedCopy, sortedQuantile, variance } from './stats.js';
import { finiteArray, openUnit } from './validate.js';

/**
 * Sign convention for every VaR and CVaR in this package: a LOSS AS A POSITIVE FRACTION of the
 * starting value over the period (0.031 = a 3.1% loss). A negative figure means even the tail
 * outcome is a gain.
 */
export interface VarEstimate {
  confidence: number;
  /** Value at risk: the loss exceeded with probability 1 − confidence. */
  var: number;
  /** Conditional VaR (expected shortfall): the mean loss in that tail. */
  cvar: number;
}

export type VarMethod = 'historical' | 'gaussian' | 'cornish-fisher';

/**
 * Historical VaR/CVaR of observed returns: VaR = −q, q the (1 − c) quantile with linear
 * interpolation (numpy's default); CVaR = −mean of the returns ≤ q.
 */
export function historicalVar(returns: ArrayLike<number>, confidence: number): VarEstimate {
  openUnit('confidence', confidence);
  const sorted = sortedCopy(finiteArray('returns', returns, 2));
  return sortedTailVar(sorted, confidence);
}

/** Historical VaR/CVaR of already sorted outcomes (shared with the Monte Carlo terminal returns). */
export function sortedTailVar(sorted: ArrayLike<number>, confidence: number): VarEstimate {
  const q = sortedQuantile(sorted, 1 - confidence);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < sorted.length && sorted[i]! <= q; i++) {
    sum += sorted[i]!;
    count++;
  }
  return { confidence, var: -q, cvar: -(sum / count) };
}

/**
 * Gaussian (variance–covariance) VaR: μ and σ (ddof 1) of the returns,
 * VaR = −(μ + σ·z), CVaR = −μ + σ·φ(z)/α, with α = 1 − c and z = Φ⁻¹(α).
 */
export function gaussianVar(returns: ArrayLike<number>, confidence: number): VarEstimate {
  openUnit('confidence', confidence);
  const r = finiteArray('returns', returns, 2);
  const alpha = 1 - confidence;
  const z = normalQuantile(alpha);
  const mu = mean(r);
  const sigma = Math.sqrt(variance(r));
  return { confidence, var: -(mu + sigma * z), cvar: -mu + (sigma * normalDensity(z)) / alpha };
}

/**
 * Cornish–Fisher (modified) VaR: the Gaussian quantile corrected for the sample skewness S and
 * excess kurtosis K (population moments, as scipy.stats.skew/kurtosis):
 *   z_cf = z + (z² − 1)S/6 + (z³ − 3z)K/24 − (2z³ − 5z)S²/36,  VaR = −(μ + σ·z_cf).
 * CVaR is the exact tail mean of that expansion, E[cf(Z) | Z ≤ z], from the truncated normal
 * moments M₀ = α, M₁ = −φ(z), M₂ = α − zφ(z), M₃ = −(z² + 2)φ(z) — valid while cf is increasing
 * over the tail (moderate S and K).
 */
export function cornishFisherVar(returns: ArrayLike<number>, confidence: number): VarEstimate {
  openUnit('confidence', confidence);
  const r = finiteArray('returns', returns, 3);
  const alpha = 1 - confidence;
  const z = normalQuantile(alpha);
  const { skewness: s, excessKurtosis: k } = moments(r);
  const mu = mean(r);
  const sigma = Math.sqrt(variance(r));
  const zcf =
    z + ((z * z - 1) * s) / 6 + ((z ** 3 - 3 * z) * k) / 24 - ((2 * z ** 3 - 5 * z) * s * s) / 36;
  const phi = normalDensity(z);
  const m1 = -phi;
  const m2 = alpha - z * phi;
  const m3 = -(z * z + 2) * phi;
  const tail =
    (m1 + (s / 6) * (m2 - alpha) + (k / 24) * (m3 - 3 * m1) - ((s * s) / 36) * (2 * m3 - 5 * m1)) /
    alpha;
  return { confidence, var: -(mu + sigma * zcf), cvar: -(mu + sigma * tail) };
}

export const VAR_METHODS: Readonly<
  Record<VarMethod, (r: ArrayLike<number>, c: number) => VarEstimate>
> = {
  historical: historicalVar,
  gaussian: gaussianVar,
  'cornish-fisher': cornishFisherVar,
};
