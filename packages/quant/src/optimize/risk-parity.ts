import { OptimizationInputError } from './errors.js';
import {
  readConstraints,
  readCovariance,
  readNumber,
  readUniverse,
  readVector,
  refuseConstraints,
  type NormalizedConstraints,
  type Universe,
} from './input.js';
import { cholesky, choleskySolve, dot, multiply } from './linear-algebra.js';
import { failedResult, portfolioMetrics, solvedResult, type ResultParts } from './result.js';
import type { OptimizationObjective, OptimizationResult, PortfolioProblem } from './types.js';

/** Inputs shared by the allocation-only optimisers (risk parity and HRP). */
export interface AllocationInput {
  readonly universe: Universe;
  readonly constraints: NormalizedConstraints;
  readonly covariance: Float64Array;
  readonly expectedReturns: Float64Array | null;
  readonly riskFreeRate: number;
}

export function readAllocationInput(
  problem: PortfolioProblem,
  objective: OptimizationObjective,
  riskFreeRate: number | undefined,
): AllocationInput {
  refuseConstraints(problem.constraints, objective);
  const universe = readUniverse(problem.assetIds, problem.sectors);
  const covariance = readCovariance(problem.covariance, universe.n);
  for (let i = 0; i < universe.n; i++) {
    if (!(covariance[i * universe.n + i]! > 0)) {
      throw new OptimizationInputError(
        'INVALID_PARAMETER',
        `covariance[${i}][${i}]`,
        `${objective}에는 분산이 0인 종목(${universe.assetIds[i]})을 넣을 수 없습니다`,
        `${objective} cannot take an asset with zero variance (${universe.assetIds[i]})`,
      );
    }
  }
  return {
    universe,
    constraints: readConstraints(universe, undefined, false),
    covariance,
    expectedReturns:
      problem.expectedReturns === undefined
        ? null
        : readVector('expectedReturns', problem.expectedReturns, universe.n),
    riskFreeRate: readNumber('riskFreeRate', riskFreeRate, 0),
  };
}

export function allocationMetrics(input: AllocationInput, weights: Float64Array) {
  return portfolioMetrics(weights, input.expectedReturns, input.covariance, input.riskFreeRate);
}

/** Below this Newton decrement (affine-invariant, dimensionless) one more full step is exact. */
const NEWTON_DECREMENT_DONE = 1e-12;
const MAX_NEWTON_STEPS = 200;

/**
 * Long-only risk budgeting: weights whose risk contributions w_i(Σw)_i / wᵀΣw equal the budgets
 * (equal risk contribution when no budgets are given).
 *
 * Spinu (2013): the minimiser x of the strictly convex F(x) = ½xᵀΣx − Σ b_i ln x_i has
 * x_i(Σx)_i = b_i, so w = x / Σx. With the budgets scaled to min b_i = 1, F is self-concordant,
 * and damped Newton (step 1/(1+λ) while the Newton decrement λ > 0.25, full steps after) stays
 * positive and converges quadratically from any positive start.
 */
export function riskParity(
  problem: PortfolioProblem,
  options: { riskBudgets?: ArrayLike<number>; riskFreeRate?: number } = {},
): OptimizationResult {
  const input = readAllocationInput(problem, 'risk-parity', options.riskFreeRate);
  const { universe, covariance } = input;
  const n = universe.n;
  const budgets = new Float64Array(n).fill(1 / n);
  if (options.riskBudgets !== undefined) {
    const given = readVector('riskBudgets', options.riskBudgets, n);
    let total = 0;
    given.forEach((b, i) => {
      if (!(b > 0)) {
        throw new OptimizationInputError(
          'INVALID_PARAMETER',
          `riskBudgets[${i}]`,
          '위험 예산은 0보다 커야 합니다',
          'a risk budget must be above 0',
        );
      }
      total += b;
    });
    given.forEach((b, i) => {
      budgets[i] = b / total;
    });
  }
  const smallest = Math.min(...budgets);
  const scaled = budgets.map((b) => b / smallest);

  const start = Math.sqrt(dot(scaled, multiply(covariance, n, scaled)));
  const x = scaled.map((b) => b / start);
  let steps = 0;
  let converged = false;
  const hessian = new Float64Array(n * n);
  while (steps < MAX_NEWTON_STEPS) {
    const gradient = multiply(covariance, n, x);
    hessian.set(covariance);
    for (let i = 0; i < n; i++) {
      gradient[i] = gradient[i]! - scaled[i]! / x[i]!;
      hessian[i * n + i] = hessian[i * n + i]! + scaled[i]! / (x[i]! * x[i]!);
    }
    const factor = cholesky(hessian, n);
    if (factor === null) break;
    const direction = choleskySolve(factor, n, gradient);
    const decrement = Math.sqrt(Math.max(0, dot(gradient, direction)));
    const step = decrement > 0.25 ? 1 / (1 + decrement) : 1;
    for (let i = 0; i < n; i++) x[i] = x[i]! - step * direction[i]!;
    steps++;
    if (decrement < NEWTON_DECREMENT_DONE) {
      converged = true;
      break;
    }
  }
  const parts: ResultParts = {
    objective: 'risk-parity',
    universe,
    constraints: input.constraints,
    objectiveName: 'max-risk-budget-deviation',
    solver: {
      name: 'spinu-newton',
      method:
        'Spinu: min ½xᵀΣx − Σ b_i ln x_i by damped Newton, w = x / Σx; objective value = max |risk contribution − budget|',
      iterations: steps,
    },
  };
  if (!converged || x.some((v) => !(v > 0))) return failedResult(parts, 'NOT_CONVERGED');
  let total = 0;
  for (let i = 0; i < n; i++) total += x[i]!;
  return solvedResult({
    ...parts,
    status: 'OPTIMAL',
    weights: x.map((v) => v / total),
    evaluate: (weights) => {
      const metrics = allocationMetrics(input, weights);
      let deviation = 0;
      for (let i = 0; i < n; i++) {
        deviation = Math.max(deviation, Math.abs(metrics.riskContributions![i]! - budgets[i]!));
      }
      return { objectiveValue: deviation, metrics };
    },
  });
}
