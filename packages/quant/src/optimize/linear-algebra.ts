import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** Dense row-major square matrices in Float64Array; every loop runs in a fixed order. */

/** A pivot this small relative to the largest diagonal entry counts as singular. */
const SINGULAR_PIVOT = 1e-13;

/**
 * Lower Cholesky factor L (A = LLᵀ) of a symmetric n×n matrix, or null when A is not numerically
 * positive definite.
 */
export function cholesky(a: Float64Array, n: number): Float64Array | null {
  let maxDiagonal = 0;
  for (let i = 0; i < n; i++) maxDiagonal = Math.max(maxDiagonal, Math.abs(a[i * n + i]!));
  const threshold = SINGULAR_PIVOT * maxDiagonal;
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let pivot = a[j * n + j]!;
    for (let k = 0; k < j; k++) pivot -= l[j * n + k]! * l[j * n + k]!;
    if (!(pivot > threshold)) return null;
    const root = Math.sqrt(pivot);
    l[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = sum / root;
    }
  }
  return l;
}

/** Inverse of a lower-triangular matrix (itself lower triangular). */
export function invertLower(l: Float64Array, n: number): Float64Array {
  const inverse = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    inverse[j * n + j] = 1 / l[j * n + j]!;
    for (let i = j + 1; i < n; i++) {
      let sum = 0;
      for (let k = j; k < i; k++) sum -= l[i * n + k]! * inverse[k * n + j]!;
      inverse[i * n + j] = sum / l[i * n + i]!;
    }
  }
  return inverse;
}

/** Solves LLᵀx = b in place of a copy of b. */
export function choleskySolve(l: Float64Array, n: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let sum = x[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}

export function multiply(a: Float64Array, n: number, x: ArrayLike<number>): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a[i * n + j]! * x[j]!;
    y[i] = sum;
  }
  return y;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** xᵀAx. */
export function quadraticForm(a: Float64Array, n: number, x: ArrayLike<number>): number {
  return dot(x, multiply(a, n, x));
}

/** Smallest and largest eigenvalue of a symmetric matrix. */
export function eigenvalueRange(a: Float64Array, n: number): { min: number; max: number } {
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(Array.from(a.subarray(i * n, i * n + n)));
  const values = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true })
    .realEigenvalues;
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The principal submatrix of rows and columns `keep`. */
export function submatrix(a: Float64Array, n: number, keep: ArrayLike<number>): Float64Array {
  const k = keep.length;
  const sub = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) sub[i * k + j] = a[keep[i]! * n + keep[j]!]!;
  }
  return sub;
}
