import { cholesky, dot, invertLower, quadraticForm } from './linear-algebra.js';

/**
 * Dense convex quadratic programming:
 *
 *   minimise ½ xᵀGx − aᵀx   subject to   cᵢᵀx = bᵢ (i < equalities),  cᵢᵀx ≥ bᵢ (the rest)
 *
 * by the dual active-set method of Goldfarb and Idnani (Math. Programming 27, 1983), the method of
 * R's and Python's `quadprog`. It starts from the unconstrained minimum and adds violated
 * constraints one at a time, keeping the dual feasible, so it ends at an exact vertex of the active
 * set (no interior-point fuzz) and proves infeasibility when a violated constraint cannot be added.
 * Written here rather than taken from npm's `quadprog` because the optimisers need typed arrays,
 * sparse constraint rows (bounds are unit vectors, which makes each step O(n) instead of O(n²)),
 * the multipliers, an iteration count and a status instead of a thrown string.
 *
 * G must be positive definite; {@link QuadraticProgram} handles a merely semi-definite G.
 */

/** Constraint rows in compressed sparse row form; equality rows come first. */
export interface ConstraintRows {
  readonly count: number;
  readonly equalities: number;
  readonly starts: Int32Array;
  readonly index: Int32Array;
  readonly value: Float64Array;
  readonly rhs: Float64Array;
}

export type QpStatus = 'OPTIMAL' | 'INFEASIBLE' | 'NOT_CONVERGED';

export interface QpSolution {
  readonly status: QpStatus;
  readonly x: Float64Array;
  readonly iterations: number;
  /** Lagrange multiplier of every row in its own scale (0 for inactive rows). */
  readonly multipliers: Float64Array;
}

/** Builds {@link ConstraintRows}; returns each row's final position. */
export class RowBuilder {
  private readonly equalityRows: { index: number[]; value: number[]; rhs: number }[] = [];
  private readonly inequalityRows: { index: number[]; value: number[]; rhs: number }[] = [];

  /** Adds cᵀx = b; the returned handle resolves through {@link position}. */
  equal(index: number[], value: number[], rhs: number): number {
    this.equalityRows.push({ index, value, rhs });
    return -this.equalityRows.length;
  }

  /** Adds cᵀx ≥ b. */
  atLeast(index: number[], value: number[], rhs: number): number {
    this.inequalityRows.push({ index, value, rhs });
    return this.inequalityRows.length - 1;
  }

  /** Adds lower ≤ cᵀx ≤ upper, skipping infinite sides; an equality when they coincide. */
  between(index: number[], value: number[], lower: number, upper: number): void {
    if (lower === upper) {
      this.equal(index, value, lower);
      return;
    }
    if (lower > Number.NEGATIVE_INFINITY) this.atLeast(index, value, lower);
    if (upper < Number.POSITIVE_INFINITY) {
      this.atLeast(
        index,
        value.map((v) => -v),
        -upper,
      );
    }
  }

  position(handle: number): number {
    return handle < 0 ? -handle - 1 : this.equalityRows.length + handle;
  }

  build(): ConstraintRows {
    const rows = [...this.equalityRows, ...this.inequalityRows];
    const starts = new Int32Array(rows.length + 1);
    let nonZeros = 0;
    rows.forEach((row, k) => {
      nonZeros += row.index.length;
      starts[k + 1] = nonZeros;
    });
    const index = new Int32Array(nonZeros);
    const value = new Float64Array(nonZeros);
    const rhs = new Float64Array(rows.length);
    rows.forEach((row, k) => {
      index.set(row.index, starts[k]!);
      value.set(row.value, starts[k]!);
      rhs[k] = row.rhs;
    });
    return {
      count: rows.length,
      equalities: this.equalityRows.length,
      starts,
      index,
      value,
      rhs,
    };
  }
}

/** A violation of a unit-norm row this small (relative to ‖x‖∞) is rounding. */
const FEASIBILITY_TOLERANCE = 1e-12;
/** A new row whose component outside the active rows' span is this small is dependent on them. */
const DEPENDENCE_TOLERANCE = 1e-12;

/**
 * Solves with G = LLᵀ given as `inverseFactor` = L⁻¹ (row j of L⁻¹ is column j of Goldfarb and
 * Idnani's J = L⁻ᵀ, stored by rows so that the rotations touch contiguous memory).
 */
export function solveDualActiveSet(
  inverseFactor: Float64Array,
  n: number,
  linear: Float64Array | null,
  rows: ConstraintRows,
  maxIterations = 20 * (n + rows.count) + 100,
): QpSolution {
  const m = rows.count;
  const jt = Float64Array.from(inverseFactor);
  const r = new Float64Array(n * n); // upper-triangular R, q × q in use
  const x = new Float64Array(n);
  const d = new Float64Array(n);
  const z = new Float64Array(n);
  const dual = new Float64Array(n); // R⁻¹d over the active rows
  const u = new Float64Array(n); // multipliers of the active rows (unit-norm scale)
  const active = new Int32Array(n);
  const isActive = new Uint8Array(m);
  const scale = new Float64Array(m);
  const multipliers = new Float64Array(m);
  /** −1 for an equality approached from above, which is then enforced as −cᵀx ≥ −b. */
  const orientation = new Float64Array(m).fill(1);
  let q = 0;
  let iterations = 0;

  for (let k = 0; k < m; k++) {
    let norm = 0;
    for (let e = rows.starts[k]!; e < rows.starts[k + 1]!; e++) norm += rows.value[e]! ** 2;
    scale[k] = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  }

  // Unconstrained minimum x = G⁻¹a = J Jᵀ a.
  if (linear !== null) {
    for (let j = 0; j < n; j++) {
      let t = 0;
      for (let k = 0; k < n; k++) t += jt[j * n + k]! * linear[k]!;
      for (let k = 0; k < n; k++) x[k] = x[k]! + t * jt[j * n + k]!;
    }
  }

  /** Unit-norm residual cᵀx − b of row k (times the orientation `sign`). */
  const residual = (k: number, sign: number): number => {
    let sum = 0;
    for (let e = rows.starts[k]!; e < rows.starts[k + 1]!; e++)
      sum += rows.value[e]! * x[rows.index[e]!]!;
    return sign * (sum - rows.rhs[k]!) * scale[k]!;
  };

  const finish = (status: QpStatus): QpSolution => {
    for (let i = 0; i < q; i++) {
      const k = active[i]!;
      multipliers[k] = u[i]! * scale[k]! * orientation[k]!;
    }
    return { status, x, iterations, multipliers };
  };

  const rotate = (a: Float64Array, row1: number, row2: number, c: number, s: number) => {
    const o1 = row1 * n;
    const o2 = row2 * n;
    for (let k = 0; k < n; k++) {
      const t1 = a[o1 + k]!;
      const t2 = a[o2 + k]!;
      a[o1 + k] = c * t1 + s * t2;
      a[o2 + k] = c * t2 - s * t1;
    }
  };

  /** Removes active position l and restores R to upper-triangular form. */
  const drop = (l: number) => {
    isActive[active[l]!] = 0;
    for (let i = l; i < q - 1; i++) {
      active[i] = active[i + 1]!;
      u[i] = u[i + 1]!;
      for (let row = 0; row <= i + 1; row++) r[row * n + i] = r[row * n + i + 1]!;
    }
    q--;
    for (let row = 0; row <= q; row++) r[row * n + q] = 0;
    for (let i = l; i < q; i++) {
      const a = r[i * n + i]!;
      const b = r[(i + 1) * n + i]!;
      if (b === 0) continue;
      const h = Math.sqrt(a * a + b * b);
      const c = a / h;
      const s = b / h;
      r[i * n + i] = h;
      r[(i + 1) * n + i] = 0;
      for (let col = i + 1; col < q; col++) {
        const t1 = r[i * n + col]!;
        const t2 = r[(i + 1) * n + col]!;
        r[i * n + col] = c * t1 + s * t2;
        r[(i + 1) * n + col] = c * t2 - s * t1;
      }
      rotate(jt, i, i + 1, c, s);
    }
  };

  for (;;) {
    // Step 1: the next constraint: an equality not yet active, else the most violated inequality.
    let p = -1;
    let violation = 0;
    let xScale = 1;
    for (let k = 0; k < n; k++) xScale = Math.max(xScale, Math.abs(x[k]!));
    for (let k = 0; k < rows.equalities && p < 0; k++) {
      if (isActive[k]) continue;
      if (scale[k] === 0) {
        if (Math.abs(rows.rhs[k]!) > FEASIBILITY_TOLERANCE) return finish('INFEASIBLE');
        isActive[k] = 1; // 0 = 0: nothing to enforce
        continue;
      }
      p = k;
      violation = residual(k, 1);
      // An equality is approached from whichever side x is on.
      orientation[k] = violation > 0 ? -1 : 1;
      violation = -Math.abs(violation);
    }
    if (p < 0) {
      let worst = -FEASIBILITY_TOLERANCE * xScale;
      for (let k = rows.equalities; k < m; k++) {
        if (isActive[k]) continue;
        if (scale[k] === 0) {
          if (rows.rhs[k]! > FEASIBILITY_TOLERANCE) return finish('INFEASIBLE');
          continue;
        }
        const s = residual(k, 1);
        if (s < worst) {
          worst = s;
          p = k;
        }
      }
      if (p < 0) return finish('OPTIMAL');
      violation = worst;
    }
    const sign = orientation[p]!;
    const rowScale = scale[p]! * sign;
    let added = 0; // multiplier of p while it is being added

    // Step 2: move towards satisfying p, dropping active rows whose multipliers would turn negative.
    for (;;) {
      if (++iterations > maxIterations) return finish('NOT_CONVERGED');
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let e = rows.starts[p]!; e < rows.starts[p + 1]!; e++) {
          sum += jt[j * n + rows.index[e]!]! * rows.value[e]!;
        }
        d[j] = sum * rowScale;
      }
      let outside = 0;
      let total = 0;
      for (let j = 0; j < n; j++) {
        total += d[j]! * d[j]!;
        if (j >= q) outside += d[j]! * d[j]!;
      }
      z.fill(0);
      const independent = outside > DEPENDENCE_TOLERANCE * DEPENDENCE_TOLERANCE * total;
      if (independent) {
        for (let j = q; j < n; j++) {
          const dj = d[j]!;
          if (dj === 0) continue;
          for (let k = 0; k < n; k++) z[k] = z[k]! + dj * jt[j * n + k]!;
        }
      }
      let largestDual = 0;
      for (let i = q - 1; i >= 0; i--) {
        let sum = d[i]!;
        for (let j = i + 1; j < q; j++) sum -= r[i * n + j]! * dual[j]!;
        dual[i] = sum / r[i * n + i]!;
        largestDual = Math.max(largestDual, Math.abs(dual[i]!));
      }
      // Partial step: the largest dual step that keeps the active inequalities' multipliers ≥ 0.
      let partial = Number.POSITIVE_INFINITY;
      let leaving = -1;
      const positive = 1e-14 * largestDual;
      for (let i = 0; i < q; i++) {
        if (active[i]! < rows.equalities || !(dual[i]! > positive)) continue;
        const ratio = u[i]! / dual[i]!;
        if (ratio < partial) {
          partial = ratio;
          leaving = i;
        }
      }
      // Full step: the primal step that makes p hold with equality.
      const full = independent ? Math.max(0, -violation) / outside : Number.POSITIVE_INFINITY;
      if (partial === Number.POSITIVE_INFINITY && full === Number.POSITIVE_INFINITY) {
        return finish('INFEASIBLE');
      }
      const step = Math.min(partial, full);
      if (independent) {
        for (let k = 0; k < n; k++) x[k] = x[k]! + step * z[k]!;
      }
      for (let i = 0; i < q; i++) u[i] = u[i]! - step * dual[i]!;
      added += step;
      if (full <= partial) {
        // Add p: rotate d into its first q + 1 entries, which become R's new column.
        for (let j = n - 1; j > q; j--) {
          const a = d[j - 1]!;
          const b = d[j]!;
          if (b === 0) continue;
          const h = Math.sqrt(a * a + b * b);
          const c = a / h;
          const s = b / h;
          d[j - 1] = h;
          d[j] = 0;
          rotate(jt, j - 1, j, c, s);
        }
        for (let i = 0; i <= q; i++) r[i * n + q] = d[i]!;
        active[q] = p;
        u[q] = added;
        isActive[p] = 1;
        q++;
        break;
      }
      drop(leaving);
      violation = residual(p, sign);
    }
  }
}

export interface QuadraticProgramOptions {
  /** Iteration cap of the proximal loop used when G is only semi-definite. */
  readonly maxProximalRounds?: number;
}

/**
 * A QP family sharing one Hessian G, factored once. When G is positive semi-definite but singular
 * (say, two identical assets), each solve runs the proximal-point method: it repeatedly solves the
 * positive definite problem with G + ρI and a pull ρ·x_k towards the previous answer, which
 * converges to a minimiser of the original problem (Rockafellar 1976) while every inner solve stays
 * exact.
 */
export class QuadraticProgram {
  readonly regularisation: number;
  private readonly inverseFactor: Float64Array;

  constructor(
    readonly hessian: Float64Array,
    readonly n: number,
    private readonly options: QuadraticProgramOptions = {},
  ) {
    let factor = cholesky(hessian, n);
    let rho = 0;
    if (factor === null) {
      let maxDiagonal = 0;
      for (let i = 0; i < n; i++) maxDiagonal = Math.max(maxDiagonal, hessian[i * n + i]!);
      rho = 1e-6 * (maxDiagonal > 0 ? maxDiagonal : 1);
      const shifted = Float64Array.from(hessian);
      for (let i = 0; i < n; i++) shifted[i * n + i] = shifted[i * n + i]! + rho;
      factor = cholesky(shifted, n);
      if (factor === null) throw new Error('QuadraticProgram: the Hessian is not semi-definite');
    }
    this.regularisation = rho;
    this.inverseFactor = invertLower(factor, n);
  }

  /** ½xᵀGx − aᵀx. */
  objective(linear: Float64Array | null, x: Float64Array): number {
    return 0.5 * quadraticForm(this.hessian, this.n, x) - (linear === null ? 0 : dot(linear, x));
  }

  solve(linear: Float64Array | null, rows: ConstraintRows): QpSolution {
    if (this.regularisation === 0) {
      return solveDualActiveSet(this.inverseFactor, this.n, linear, rows);
    }
    const { n } = this;
    const rho = this.regularisation;
    const rounds = this.options.maxProximalRounds ?? 500;
    let previous: Float64Array = new Float64Array(n);
    let previousObjective = Number.POSITIVE_INFINITY;
    let iterations = 0;
    for (let round = 0; round < rounds; round++) {
      const pulled = new Float64Array(n);
      for (let k = 0; k < n; k++) pulled[k] = (linear?.[k] ?? 0) + rho * previous[k]!;
      const solution = solveDualActiveSet(this.inverseFactor, n, pulled, rows);
      iterations += solution.iterations;
      if (solution.status !== 'OPTIMAL') return { ...solution, iterations };
      // Stop on the objective, not on x: along the flat directions of G rounding lets x creep
      // (harmlessly) forever.
      const objective = this.objective(linear, solution.x);
      const scale = Math.max(Math.abs(objective), Number.MIN_VALUE);
      previous = solution.x;
      if (previousObjective - objective <= 1e-15 * scale) return { ...solution, iterations };
      previousObjective = objective;
    }
    return {
      status: 'NOT_CONVERGED',
      x: previous,
      iterations,
      multipliers: new Float64Array(rows.count),
    };
  }
}
