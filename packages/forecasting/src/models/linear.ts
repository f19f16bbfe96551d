import { Matrix, solve } from 'ml-matrix';
import { fitPreprocessing, preprocess, sigmoid, type LinearParameters } from './model.js';

/**
 * Linear models on standardised features: ridge regression of log-volatility (HAR when given
 * only the three realised volatilities and no penalty), and L2-penalised logistic regression
 * for direction. The intercept is never penalised.
 */
export interface LinearOptions {
  /** Penalty on the squared weights of standardised features, per row (0: ordinary least squares). */
  readonly lambda: number;
  /** 1 for columns the model may use; the others get weight 0. */
  readonly columns: Uint8Array;
}

/**
 * Solves `gram · w = rhs` given the upper triangle of the p × p `gram` plus `ridge` on its
 * diagonal; SVD copes with collinear columns.
 */
function solveNormalEquations(
  gram: Float64Array,
  rhs: Float64Array,
  p: number,
  ridge: (a: number) => number,
): Float64Array {
  const matrix = Matrix.zeros(p, p);
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      matrix.set(a, b, gram[a * p + b]!);
      matrix.set(b, a, gram[a * p + b]!);
    }
    matrix.set(a, a, matrix.get(a, a) + ridge(a));
  }
  return Float64Array.from(solve(matrix, Matrix.columnVector(Array.from(rhs)), true).getColumn(0));
}

/** Standardised rows and the columns the model may use. */
function standardisedColumns(features: Float64Array, rows: number, columns: Uint8Array) {
  const preprocessing = fitPreprocessing(features, rows);
  return {
    preprocessing,
    width: preprocessing.mean.length,
    z: preprocess(preprocessing, features, rows),
    used: [...columns.keys()].filter((f) => columns[f] === 1),
  };
}

export function fitRidge(
  features: Float64Array,
  target: Float64Array,
  rows: number,
  options: LinearOptions,
): LinearParameters {
  const { preprocessing, width, z, used } = standardisedColumns(features, rows, options.columns);
  const p = used.length;
  let targetMean = 0;
  for (let r = 0; r < rows; r++) targetMean += target[r]!;
  targetMean /= rows;
  // Columns of z have mean ~0 over these rows, so the intercept is the target's mean.
  const gram = new Float64Array(p * p);
  const rhs = new Float64Array(p);
  for (let r = 0; r < rows; r++) {
    const y = target[r]! - targetMean;
    for (let a = 0; a < p; a++) {
      const za = z[r * width + used[a]!]!;
      rhs[a]! += za * y;
      for (let b = a; b < p; b++) gram[a * p + b]! += za * z[r * width + used[b]!]!;
    }
  }
  const solution = solveNormalEquations(gram, rhs, p, () => options.lambda * rows);
  const weights = new Float32Array(width);
  used.forEach((f, a) => (weights[f] = solution[a]!));
  // The intercept absorbs what the rounded weights leave of the mean residual.
  let bias = 0;
  for (let r = 0; r < rows; r++) {
    let fitted = 0;
    for (const f of used) fitted += z[r * width + f]! * weights[f]!;
    bias += target[r]! - fitted;
  }
  return { preprocessing, weights, bias: Math.fround(bias / rows) };
}

const NEWTON_ITERATIONS = 50;
const NEWTON_TOLERANCE = 1e-10;

/** Newton–Raphson (IRLS) on the penalised mean log-loss. */
export function fitLogistic(
  features: Float64Array,
  labels: Float64Array,
  rows: number,
  options: LinearOptions,
): LinearParameters {
  const { preprocessing, width, z, used } = standardisedColumns(features, rows, options.columns);
  const p = used.length + 1; // the last coefficient is the intercept
  const beta = new Float64Array(p);
  let positives = 0;
  for (let r = 0; r < rows; r++) positives += labels[r]!;
  const rate = Math.min(Math.max(positives / rows, 1e-6), 1 - 1e-6);
  beta[p - 1] = Math.log(rate / (1 - rate));
  const design = new Float64Array(rows * p);
  for (let r = 0; r < rows; r++) {
    used.forEach((f, a) => (design[r * p + a] = z[r * width + f]!));
    design[r * p + p - 1] = 1;
  }
  const penalty = (a: number) => (a < p - 1 ? options.lambda * rows : 0);

  for (let iteration = 0; iteration < NEWTON_ITERATIONS; iteration++) {
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    for (let r = 0; r < rows; r++) {
      let eta = 0;
      for (let a = 0; a < p; a++) eta += design[r * p + a]! * beta[a]!;
      const probability = sigmoid(eta);
      const residual = probability - labels[r]!;
      const weight = probability * (1 - probability);
      for (let a = 0; a < p; a++) {
        const xa = design[r * p + a]!;
        gradient[a]! += xa * residual;
        for (let b = a; b < p; b++) hessian[a * p + b]! += weight * xa * design[r * p + b]!;
      }
    }
    for (let a = 0; a < p; a++) gradient[a]! += penalty(a) * beta[a]!;
    const step = solveNormalEquations(hessian, gradient, p, penalty);
    let largest = 0;
    for (let a = 0; a < p; a++) {
      beta[a] = beta[a]! - step[a]!;
      largest = Math.max(largest, Math.abs(step[a]!));
    }
    if (largest < NEWTON_TOLERANCE) break;
  }
  const weights = new Float32Array(width);
  used.forEach((f, a) => (weights[f] = beta[a]!));
  return { preprocessing, weights, bias: Math.fround(beta[p - 1]!) };
}
