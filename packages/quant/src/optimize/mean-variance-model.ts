import type { NormalizedConstraints, Universe } from './input.js';
import { dot, quadraticForm, submatrix } from './linear-algebra.js';
import { QuadraticProgram, RowBuilder } from './qp.js';
import type { LocalizedText, OptimizationStatus } from './types.js';

export interface MeanVarianceContext {
  readonly universe: Universe;
  readonly constraints: NormalizedConstraints;
  /** Null when the optimiser does not need expected returns and none were given. */
  readonly expectedReturns: Float64Array | null;
  readonly covariance: Float64Array;
}

/** One solve's answer in the model's own (possibly reduced) coordinates. */
export interface Outcome {
  readonly status: OptimizationStatus;
  readonly x: Float64Array | null;
  readonly iterations: number;
  readonly reason?: LocalizedText;
}

/** lower ≤ Σ value·x[index] ≤ upper, in the model's coordinates. */
interface LinearRow {
  readonly index: number[];
  readonly value: number[];
  readonly lower: number;
  readonly upper: number;
}

/** Closeness, relative to σ², at which a volatility target counts as reached. */
const VARIANCE_MATCH = 1e-13;

/**
 * The mean-variance problems over a subset `keep` of the universe (all assets, or the names a
 * cardinality heuristic kept; the others are held at zero). The covariance is factored once and
 * shared by every solve on the subset, which is what makes a 50-point frontier cheap.
 */
export class MeanVarianceModel {
  readonly size: number;
  readonly expectedReturns: Float64Array;
  readonly covariance: Float64Array;
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;
  private readonly sectorOf: Int32Array;
  private readonly sectorLower: Float64Array;
  private readonly sectorUpper: Float64Array;
  private readonly linearRows: LinearRow[] = [];
  private readonly everyAsset: number[];
  private program: QuadraticProgram | undefined;

  constructor(
    context: MeanVarianceContext,
    readonly keep: Int32Array,
  ) {
    const { constraints, universe } = context;
    const size = keep.length;
    this.size = size;
    this.everyAsset = Array.from({ length: size }, (_, i) => i);
    this.covariance = submatrix(context.covariance, universe.n, keep);
    const pick = (source: Float64Array | Int32Array) => Array.from(keep, (i) => source[i]!);
    this.expectedReturns = context.expectedReturns
      ? Float64Array.from(pick(context.expectedReturns))
      : new Float64Array(size);
    this.lower = Float64Array.from(pick(constraints.lower));
    this.upper = Float64Array.from(pick(constraints.upper));
    this.sectorOf = Int32Array.from(pick(universe.sectorOf));
    this.sectorLower = constraints.sectorLower;
    this.sectorUpper = constraints.sectorUpper;
    for (let i = 0; i < size; i++) {
      const [lower, upper] = [this.lower[i]!, this.upper[i]!];
      if (lower > Number.NEGATIVE_INFINITY || upper < Number.POSITIVE_INFINITY) {
        this.linearRows.push({ index: [i], value: [1], lower, upper });
      }
    }
    for (let s = 0; s < this.sectorLower.length; s++) {
      const [lower, upper] = [this.sectorLower[s]!, this.sectorUpper[s]!];
      if (lower === Number.NEGATIVE_INFINITY && upper === Number.POSITIVE_INFINITY) continue;
      const members = this.everyAsset.filter((i) => this.sectorOf[i] === s);
      this.linearRows.push({ index: members, value: members.map(() => 1), lower, upper });
    }
  }

  get qp(): QuadraticProgram {
    this.program ??= new QuadraticProgram(this.covariance, this.size);
    return this.program;
  }

  variance(x: Float64Array): number {
    return quadraticForm(this.covariance, this.size, x);
  }

  expectedReturn(x: Float64Array): number {
    return dot(this.expectedReturns, x);
  }

  /** min wᵀΣw subject to the constraints and, when given, μᵀw ≥ target. */
  minVariance(target: number | null): Outcome & { returnMultiplier: number } {
    const builder = this.budgetedRows();
    const handle =
      target === null
        ? null
        : builder.atLeast(this.everyAsset, Array.from(this.expectedReturns), target);
    const solution = this.qp.solve(null, builder.build());
    const optimal = solution.status === 'OPTIMAL';
    return {
      status: solution.status,
      x: optimal ? solution.x : null,
      iterations: solution.iterations,
      // d(½ wᵀΣw)/d target, so d variance / d target is twice this.
      returnMultiplier: handle === null ? 0 : solution.multipliers[builder.position(handle)]!,
    };
  }

  /**
   * minVariance at the maximum return `top`. The greedy sum behind `top` can sit a rounding error
   * above what the QP can reach exactly, so a target the QP calls infeasible is retried 1e-12
   * (relative) lower.
   */
  minVarianceAtTop(top: number): Outcome & { returnMultiplier: number } {
    const exact = this.minVariance(top);
    if (exact.status !== 'INFEASIBLE') return exact;
    const retry = this.minVariance(top - 1e-12 * Math.max(1, Math.abs(top)));
    return { ...retry, iterations: exact.iterations + retry.iterations };
  }

  /**
   * max μᵀw subject to the constraints, solved exactly by a greedy fill: the constraints are
   * per-asset bounds, sector sums over disjoint sectors and the budget, a tree-shaped
   * (laminar) system on which the linear programme is a max-cost flow. Sector minimums are met
   * first with each sector's best assets, then the rest of the budget goes to the best assets
   * overall within their bounds and sector caps; no exchange can improve the result. Ties go to the
   * lower index. Needs finite lower bounds.
   */
  maxReturn(): Outcome & { value: number } {
    const { size, expectedReturns, lower, upper, sectorOf } = this;
    const order = this.everyAsset
      .slice()
      .sort((a, b) => expectedReturns[b]! - expectedReturns[a]! || a - b);
    const x = Float64Array.from(lower);
    const sectorSum = new Float64Array(this.sectorLower.length);
    let budget = 1;
    for (let i = 0; i < size; i++) {
      budget -= lower[i]!;
      const s = sectorOf[i]!;
      if (s >= 0) sectorSum[s] = sectorSum[s]! + lower[i]!;
    }
    const slack = 1e-12;
    const infeasible = { status: 'INFEASIBLE' as const, x: null, iterations: 0, value: Number.NaN };
    for (let s = 0; s < sectorSum.length; s++) {
      if (sectorSum[s]! > this.sectorUpper[s]! + slack) return infeasible;
      let need = this.sectorLower[s]! - sectorSum[s]!;
      for (const i of order) {
        if (need <= 0) break;
        if (sectorOf[i] !== s) continue;
        const add = Math.min(upper[i]! - x[i]!, need);
        x[i] = x[i]! + add;
        need -= add;
        sectorSum[s] = sectorSum[s]! + add;
        budget -= add;
      }
      if (need > slack) return infeasible;
    }
    if (budget < -slack) return infeasible;
    for (const i of order) {
      if (budget <= 0) break;
      const s = sectorOf[i]!;
      const room = Math.min(
        upper[i]! - x[i]!,
        s >= 0 ? this.sectorUpper[s]! - sectorSum[s]! : budget,
      );
      const add = Math.min(room, budget);
      if (!(add > 0)) continue;
      x[i] = x[i]! + add;
      budget -= add;
      if (s >= 0) sectorSum[s] = sectorSum[s]! + add;
    }
    if (budget > slack) return infeasible;
    return { status: 'OPTIMAL', x, iterations: 0, value: this.expectedReturn(x) };
  }

  /**
   * max (μᵀw − r_f)/σ(w) by the Cornuejols–Tütüncü transformation: with y = κw, κ > 0, scaled so
   * that (μ − r_f)ᵀy = 1, it is the convex QP min yᵀΣy over the homogenised constraints
   * (cᵀy ≥ b·Σy for each cᵀw ≥ b), and w = y / Σy.
   */
  maxSharpe(riskFreeRate: number): Outcome {
    const builder = new RowBuilder();
    builder.equal(
      this.everyAsset,
      Array.from(this.expectedReturns, (m) => m - riskFreeRate),
      1,
    );
    builder.atLeast(
      this.everyAsset,
      this.everyAsset.map(() => 1),
      0,
    );
    for (const row of this.linearRows) {
      if (row.lower === row.upper) {
        builder.equal(...this.homogenised(row, row.lower), 0);
        continue;
      }
      if (row.lower > Number.NEGATIVE_INFINITY)
        builder.atLeast(...this.homogenised(row, row.lower), 0);
      if (row.upper < Number.POSITIVE_INFINITY) {
        const [index, value] = this.homogenised(row, row.upper);
        builder.atLeast(
          index,
          value.map((v) => -v),
          0,
        );
      }
    }
    const solution = this.qp.solve(null, builder.build());
    if (solution.status !== 'OPTIMAL') {
      return { status: solution.status, x: null, iterations: solution.iterations };
    }
    const y = solution.x;
    let kappa = 0;
    let largest = 0;
    for (let i = 0; i < this.size; i++) {
      kappa += y[i]!;
      largest = Math.max(largest, Math.abs(y[i]!));
    }
    if (!(kappa > 1e-12 * largest)) {
      // The best direction invests nothing: Sharpe ratios approach their supremum only with
      // unlimited leverage.
      return { status: 'UNBOUNDED', x: null, iterations: solution.iterations };
    }
    const w = y.map((v) => v / kappa);
    let largestVariance = 0;
    for (let i = 0; i < this.size; i++) {
      largestVariance = Math.max(largestVariance, this.covariance[i * this.size + i]!);
    }
    if (this.variance(w) <= 1e-14 * largestVariance) {
      return {
        status: 'UNBOUNDED',
        x: null,
        iterations: solution.iterations,
        reason: {
          ko: `위험이 (거의) 없는 포트폴리오가 무위험 수익률 ${riskFreeRate}보다 높은 수익을 내므로 샤프 비율에 최댓값이 없습니다 (공분산 행렬이 특이합니다).`,
          en: `A (nearly) riskless portfolio earns more than the risk-free rate ${riskFreeRate}, so the Sharpe ratio has no maximum (the covariance is singular).`,
        },
      };
    }
    return { status: 'OPTIMAL', x: w, iterations: solution.iterations };
  }

  /**
   * max μᵀw subject to σ(w) ≤ target. The frontier variance v(r) = min{wᵀΣw : μᵀw ≥ r} is convex
   * and increasing between the minimum-volatility and maximum-return portfolios, so the answer is
   * the portfolio at the largest r with v(r) ≤ σ². It is bracketed from both sides: Newton steps
   * from above (v′ = 2 × the return constraint's multiplier) never overshoot the root, chords from
   * below never undershoot it; each step is one exact QP. The lower end, which meets the risk
   * limit, is returned.
   */
  maxReturnForVolatility(targetVolatility: number): Outcome {
    const limit = targetVolatility * targetVolatility;
    let iterations = 0;
    const solveAt = (target: number, atTop = false) => {
      const outcome = atTop ? this.minVarianceAtTop(target) : this.minVariance(target);
      iterations += outcome.iterations;
      if (outcome.x === null) return null;
      return {
        r: target,
        variance: this.variance(outcome.x),
        x: outcome.x,
        slope: 2 * outcome.returnMultiplier,
      };
    };
    const minimum = this.minVariance(null);
    iterations += minimum.iterations;
    if (minimum.x === null) return { ...minimum, iterations };
    let low = {
      r: this.expectedReturn(minimum.x),
      variance: this.variance(minimum.x),
      x: minimum.x,
      slope: 0,
    };
    if (low.variance > limit * (1 + VARIANCE_MATCH)) {
      const lowest = Math.sqrt(low.variance);
      return {
        status: 'INFEASIBLE',
        x: null,
        iterations,
        reason: {
          ko: `목표 변동성 ${targetVolatility}이(가) 제약 조건에서 가능한 최소 변동성 ${lowest}보다 낮습니다.`,
          en: `The target volatility ${targetVolatility} is below the lowest volatility the constraints allow, ${lowest}.`,
        },
      };
    }
    const top = this.maxReturn();
    if (top.x === null) return { status: top.status, x: null, iterations };
    let high = solveAt(top.value, true) ?? {
      r: top.value,
      variance: this.variance(top.x),
      x: top.x,
      slope: Number.NaN,
    };
    if (high.variance <= limit) return { status: 'OPTIMAL', x: high.x, iterations };

    for (let round = 0; round < 100; round++) {
      const width = high.r - low.r;
      if (width <= 1e-15 * Math.max(1, Math.abs(high.r))) break;
      if (low.variance >= limit * (1 - VARIANCE_MATCH)) break;
      const candidates: number[] = [];
      candidates.push(low.r + ((limit - low.variance) * width) / (high.variance - low.variance));
      if (high.slope > 0) candidates.push(high.r - (high.variance - limit) / high.slope);
      for (const r of candidates) {
        if (!(r > low.r && r < high.r)) continue;
        const point = solveAt(r);
        if (point === null) return { status: 'NOT_CONVERGED', x: null, iterations };
        if (point.variance <= limit) low = point;
        else high = point;
      }
      if (high.r - low.r > width / 2) {
        const point = solveAt(low.r + (high.r - low.r) / 2);
        if (point === null) return { status: 'NOT_CONVERGED', x: null, iterations };
        if (point.variance <= limit) low = point;
        else high = point;
      }
    }
    return { status: 'OPTIMAL', x: low.x, iterations };
  }

  /** Whether every asset has a finite lower bound (the greedy maximum return needs it). */
  hasFiniteLowerBounds(): boolean {
    return this.lower.every((v) => v > Number.NEGATIVE_INFINITY);
  }

  private budgetedRows(): RowBuilder {
    const builder = new RowBuilder();
    builder.equal(
      this.everyAsset,
      this.everyAsset.map(() => 1),
      1,
    );
    for (const row of this.linearRows) builder.between(row.index, row.value, row.lower, row.upper);
    return builder;
  }

  /** The coefficients of cᵀy − bound·Σy (sparse when bound is 0). */
  private homogenised(row: LinearRow, bound: number): [number[], number[]] {
    if (bound === 0) return [row.index, row.value];
    const value = this.everyAsset.map(() => -bound);
    row.index.forEach((i, k) => {
      value[i] = value[i]! + row.value[k]!;
    });
    return [this.everyAsset, value];
  }
}
