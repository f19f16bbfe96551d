import { CholeskyDecomposition, EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { fail, symmetricMatrix } from './validate.js';
import type { MatrixRows } from './covariance.js';

export type PdRepair = 'eigenvalue-clip' | 'higham';

export interface CholeskyResult {
  /** L, lower triangular, with L·Lᵀ = `matrix`. */
  lower: MatrixRows;
  /** The matrix actually factored: the input, or its repair when the input was not PD. */
  matrix: MatrixRows;
  /** 'cholesky' when the input itself was positive definite. */
  method: 'cholesky' | PdRepair;
  repaired: boolean;
  /** Smallest eigenvalue of the input (computed only when it was not PD). */
  minEigenvalue?: number;
  /** Eigenvalues raised to the floor. */
  clippedEigenvalues?: number;
  /** Frobenius norm of (matrix − input). */
  adjustment?: number;
}

/** Eigenvalues are floored at this fraction of the largest one, so the repair factors stably. */
const EIGEN_FLOOR = 1e-10;

const rowsOf = (m: Matrix): MatrixRows => m.to2DArray().map((row) => Float64Array.from(row));

function symmetrised(m: Matrix): Matrix {
  return m.add(m.transpose()).div(2);
}

/** V·max(Λ, floor)·Vᵀ, and how many eigenvalues were raised. */
function clipEigenvalues(
  m: Matrix,
  floorFraction: number,
): { matrix: Matrix; clipped: number; min: number } {
  const evd = new EigenvalueDecomposition(m, { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const largest = Math.max(...values.map(Math.abs));
  const floor = Math.max(largest * floorFraction, Number.MIN_VALUE);
  let clipped = 0;
  const raised = values.map((v) => {
    if (v >= floor) return v;
    clipped++;
    return floor;
  });
  const v = evd.eigenvectorMatrix;
  return {
    matrix: symmetrised(v.mmul(Matrix.diag(raised)).mmul(v.transpose())),
    clipped,
    min: Math.min(...values),
  };
}

/**
 * Higham (2002), "Computing the nearest correlation matrix", IMA J. Numer. Anal. 22: alternating
 * projections with Dykstra's correction onto {PSD} and {unit diagonal}, run on the correlation
 * matrix, then scaled back by the original standard deviations (so variances are kept).
 */
function highamNearest(
  m: Matrix,
  floorFraction: number,
): { matrix: Matrix; clipped: number; min: number } {
  const n = m.rows;
  const sd = Array.from({ length: n }, (_, i) => Math.sqrt(m.get(i, i)));
  let y = new Matrix(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) y.set(i, j, m.get(i, j) / (sd[i]! * sd[j]!));
  let correction = Matrix.zeros(n, n);
  let clippedFirst = 0;
  let minFirst = 0;
  for (let iteration = 0; iteration < 200; iteration++) {
    const r = y.clone().sub(correction);
    const projected = clipEigenvalues(r, floorFraction);
    if (iteration === 0) {
      clippedFirst = projected.clipped;
      minFirst = projected.min;
    }
    correction = projected.matrix.clone().sub(r);
    const next = projected.matrix.clone();
    for (let i = 0; i < n; i++) next.set(i, i, 1);
    const change = next.clone().sub(y).norm('frobenius');
    y = next;
    if (change < 1e-12 * n) break;
  }
  // The unit-diagonal step can leave a tiny negative eigenvalue; one last clip makes it PD.
  const final = clipEigenvalues(y, floorFraction).matrix;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) final.set(i, j, final.get(i, j) * sd[i]! * sd[j]!);
  return { matrix: symmetrised(final), clipped: clippedFirst, min: minFirst };
}

/**
 * Cholesky factor of a covariance matrix (ml-matrix). When the matrix is not positive definite
 * (too few observations, a duplicated asset, a hand-written matrix), it is repaired first —
 * eigenvalue clipping by default, or Higham's nearest correlation matrix — and the result says so.
 */
export function choleskyWithFallback(
  matrix: ReadonlyArray<ArrayLike<number>>,
  options: { repair?: PdRepair } = {},
): CholeskyResult {
  const repair = options.repair ?? 'eigenvalue-clip';
  if (repair !== 'eigenvalue-clip' && repair !== 'higham') {
    fail(
      'repair',
      "'eigenvalue-clip' 또는 'higham'이어야 합니다",
      `unknown repair ${String(repair)}`,
    );
  }
  const rows = symmetricMatrix('matrix', matrix);
  rows.forEach((row, i) => {
    if (!(row[i]! > 0))
      fail(
        `matrix[${i}][${i}]`,
        '분산(대각 원소)은 0보다 커야 합니다',
        `diagonal must be > 0 (got ${row[i]})`,
      );
  });
  const input = symmetrised(new Matrix(rows));
  const direct = new CholeskyDecomposition(input);
  if (direct.isPositiveDefinite()) {
    return {
      lower: rowsOf(direct.lowerTriangularMatrix),
      matrix: rowsOf(input),
      method: 'cholesky',
      repaired: false,
    };
  }
  const fixed =
    repair === 'higham' ? highamNearest(input, EIGEN_FLOOR) : clipEigenvalues(input, EIGEN_FLOOR);
  const factor = new CholeskyDecomposition(fixed.matrix);
  if (!factor.isPositiveDefinite()) {
    fail(
      'matrix',
      '양의 정부호로 보정하지 못했습니다',
      'could not be repaired to a positive definite matrix',
    );
  }
  return {
    lower: rowsOf(factor.lowerTriangularMatrix),
    matrix: rowsOf(fixed.matrix),
    method: repair,
    repaired: true,
    minEigenvalue: fixed.min,
    clippedEigenvalues: fixed.clipped,
    adjustment: fixed.matrix.clone().sub(input).norm('frobenius'),
  };
}
