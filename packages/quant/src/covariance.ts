import { fail, finiteColumns, openUnit } from './validate.js';

/** A symmetric matrix as rows (ml-matrix takes this shape directly). */
export type MatrixRows = Float64Array[];

function squareMatrix(n: number): MatrixRows {
  return Array.from({ length: n }, () => new Float64Array(n));
}

function demeaned(columns: readonly Float64Array[]): Float64Array[] {
  return columns.map((column) => {
    let sum = 0;
    for (const x of column) sum += x;
    const mean = sum / column.length;
    return column.map((x) => x - mean);
  });
}

/** Σ_t a[t]·b[t]·weight[t] over columns, both triangles filled, divided by `divisor`. */
function crossProducts(
  columns: readonly Float64Array[],
  divisor: number,
  weights?: Float64Array,
): MatrixRows {
  const n = columns.length;
  const out = squareMatrix(n);
  const periods = columns[0]!.length;
  for (let i = 0; i < n; i++) {
    const a = columns[i]!;
    for (let j = 0; j <= i; j++) {
      const b = columns[j]!;
      let s = 0;
      if (weights) for (let t = 0; t < periods; t++) s += weights[t]! * a[t]! * b[t]!;
      else for (let t = 0; t < periods; t++) s += a[t]! * b[t]!;
      out[i]![j] = out[j]![i] = s / divisor;
    }
  }
  return out;
}

function returnColumns(
  returns: ReadonlyArray<ArrayLike<number>>,
  minPeriods: number,
): Float64Array[] {
  return finiteColumns('returns', returns, minPeriods);
}

/** Sample covariance of return columns (one per asset), divisor T − ddof (default 1, as numpy.cov). */
export function sampleCovariance(
  returns: ReadonlyArray<ArrayLike<number>>,
  options: { ddof?: number } = {},
): MatrixRows {
  const ddof = options.ddof ?? 1;
  const columns = returnColumns(returns, ddof + 1);
  return crossProducts(demeaned(columns), columns[0]!.length - ddof);
}

export interface EwmaOptions {
  /** RiskMetrics decay factor λ in (0, 1); 0.94 for daily data (J.P. Morgan/Reuters, 1996). */
  lambda?: number;
  /** Subtract the sample mean first. RiskMetrics assumes a zero mean, so the default is false. */
  demean?: boolean;
}

/**
 * Exponentially weighted covariance (RiskMetrics): the newest return has weight 1, the one k
 * periods older λᵏ, and the weights are normalised to sum to 1 over the window, so a short window
 * is not biased towards zero: Σ = Σ_k λᵏ r_{T−k} r_{T−k}ᵀ / Σ_k λᵏ. This equals the recursion
 * Σ_t = λ Σ_{t−1} + (1 − λ) r_t r_tᵀ run over the window with the finite-sample normalisation.
 */
export function ewmaCovariance(
  returns: ReadonlyArray<ArrayLike<number>>,
  options: EwmaOptions = {},
): MatrixRows {
  const lambda = openUnit('lambda', options.lambda ?? 0.94);
  const columns = returnColumns(returns, 1);
  const periods = columns[0]!.length;
  const weights = new Float64Array(periods);
  let total = 0;
  for (let t = periods - 1, w = 1; t >= 0; t--, w *= lambda) {
    weights[t] = w;
    total += w;
  }
  return crossProducts(options.demean ? demeaned(columns) : columns, total, weights);
}

export type ShrinkageTarget = 'constant-correlation' | 'scaled-identity';

export interface ShrunkCovariance {
  covariance: MatrixRows;
  /** δ in [0, 1]: Σ = δ·F + (1 − δ)·S. */
  shrinkage: number;
  target: ShrinkageTarget;
  /** The target F. */
  prior: MatrixRows;
}

/**
 * Ledoit–Wolf shrinkage with the optimal intensity estimated from the data. S is the sample
 * covariance with divisor T (as both papers and scikit-learn define it), after demeaning.
 * - `'constant-correlation'` (default): F keeps the sample variances and sets every correlation
 *   to the average sample correlation r̄ — Ledoit & Wolf (2004), "Honey, I Shrunk the Sample
 *   Covariance Matrix", J. Portfolio Management 30(4); δ = max(0, min(1, (π̂ − ρ̂)/γ̂ / T)) as in
 *   the authors' covCor.m.
 * - `'scaled-identity'`: F = μI with μ = tr(S)/N — Ledoit & Wolf (2004), "A well-conditioned
 *   estimator for large-dimensional covariance matrices", J. Multivariate Analysis 88(2); the
 *   estimator of scikit-learn's `ledoit_wolf`.
 */
export function ledoitWolfCovariance(
  returns: ReadonlyArray<ArrayLike<number>>,
  options: { target?: ShrinkageTarget } = {},
): ShrunkCovariance {
  const target = options.target ?? 'constant-correlation';
  if (target !== 'constant-correlation' && target !== 'scaled-identity') {
    fail(
      'target',
      "'constant-correlation' 또는 'scaled-identity'여야 합니다",
      `unknown shrinkage target ${String(target)}`,
    );
  }
  const x = demeaned(returnColumns(returns, 2));
  const n = x.length;
  const t = x[0]!.length;
  const sample = crossProducts(x, t);
  const squares = x.map((column) => column.map((v) => v * v));
  // Σ_t x_i² x_j² / T, the fourth-moment matrix both estimators need.
  const fourth = crossProducts(squares, t);
  const prior = squareMatrix(n);
  let shrinkage: number;

  if (target === 'scaled-identity') {
    let trace = 0;
    for (let i = 0; i < n; i++) trace += sample[i]![i]!;
    const mu = trace / n;
    let fourthSum = 0;
    let sampleSquares = 0;
    for (let i = 0; i < n; i++) {
      prior[i]![i] = mu;
      for (let j = 0; j < n; j++) {
        fourthSum += fourth[i]![j]!;
        sampleSquares += sample[i]![j]! ** 2;
      }
    }
    // scikit-learn's ledoit_wolf_shrinkage, term for term: b̄² and d² of the JMVA paper.
    const beta = (fourthSum - sampleSquares) / (n * t);
    const delta = (sampleSquares - 2 * mu * trace + n * mu * mu) / n;
    shrinkage = beta === 0 ? 0 : Math.min(beta, delta) / delta;
  } else {
    const sd = sample.map((row, i) => Math.sqrt(row[i]!));
    let correlationSum = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j) correlationSum += sample[i]![j]! / (sd[i]! * sd[j]!);
    const rBar = n > 1 ? correlationSum / (n * (n - 1)) : 0;
    // θ_ij = Σ_t x_i³ x_j / T − s_ii s_ij (covCor.m's thetaMat).
    const cubes = x.map((column) => column.map((v) => v * v * v));
    let pi = 0;
    let rho = 0;
    let gamma = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const s = sample[i]![j]!;
        prior[i]![j] = i === j ? s : rBar * sd[i]! * sd[j]!;
        const phi = fourth[i]![j]! - s * s;
        pi += phi;
        if (i === j) rho += phi;
        else {
          let third = 0;
          const ci = cubes[i]!;
          const xj = x[j]!;
          for (let k = 0; k < t; k++) third += ci[k]! * xj[k]!;
          const theta = third / t - sample[i]![i]! * s;
          rho += rBar * (sd[j]! / sd[i]!) * theta;
        }
        gamma += (s - prior[i]![j]!) ** 2;
      }
    }
    shrinkage = gamma === 0 ? 0 : Math.max(0, Math.min(1, (pi - rho) / gamma / t));
  }

  const covariance = squareMatrix(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      covariance[i]![j] = shrinkage * prior[i]![j]! + (1 - shrinkage) * sample[i]![j]!;
  }
  return { covariance, shrinkage, target, prior };
}

/** Correlation from a covariance matrix; the diagonal is exactly 1. */
export function correlationFromCovariance(covariance: readonly Float64Array[]): MatrixRows {
  const n = covariance.length;
  const sd = covariance.map((row, i) => Math.sqrt(row[i]!));
  const out = squareMatrix(n);
  for (let i = 0; i < n; i++) {
    if (!(sd[i]! > 0))
      fail(
        `covariance[${i}][${i}]`,
        '분산이 0보다 커야 합니다',
        'variance must be > 0 for a correlation',
      );
    for (let j = 0; j < n; j++) out[i]![j] = i === j ? 1 : covariance[i]![j]! / (sd[i]! * sd[j]!);
  }
  return out;
}
