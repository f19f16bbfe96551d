import { describe, expect, it } from 'vitest';
import {
  efficientFrontier,
  maximizeSharpe,
  minimizeVolatility,
  type PortfolioProblem,
} from '@capstone/quant';
import { annualisedMoments, TEN, THIRTY } from './krx-data.js';

const held = (weights: Float64Array) => weights.filter((w) => w !== 0).length;

const moments = new Map<readonly string[], ReturnType<typeof annualisedMoments>>();

function problemOf(codes: readonly string[]): PortfolioProblem {
  if (!moments.has(codes)) moments.set(codes, annualisedMoments(codes));
  const { expectedReturns, covariance } = moments.get(codes)!;
  return { assetIds: codes, expectedReturns, covariance };
}

/** Every k-subset of 0..n-1. */
function subsets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (n < k) return [];
  return [...subsets(n - 1, k - 1).map((s) => [...s, n - 1]), ...subsets(n - 1, k)];
}

function restricted(problem: PortfolioProblem, keep: number[]): PortfolioProblem {
  const n = problem.assetIds.length;
  const covariance = problem.covariance as Float64Array;
  return {
    assetIds: keep.map((i) => problem.assetIds[i]!),
    expectedReturns: keep.map((i) => problem.expectedReturns![i]!),
    covariance: keep.map((i) => keep.map((j) => covariance[i * n + j]!)),
  };
}

describe('a maximum number of names on the quadratic objectives (documented heuristic)', () => {
  it('min-vol of 10 stocks with at most 3 names is FEASIBLE, says it is heuristic, and is within 2% of the best of all 120 three-name portfolios', () => {
    const problem = { ...problemOf(TEN), constraints: { maxAssets: 3 } };
    const result = minimizeVolatility(problem);
    expect(result.status).toBe('FEASIBLE');
    expect(held(result.weights!)).toBeLessThanOrEqual(3);
    expect(result.reason!.en).toMatch(/heuristic/);
    expect(result.reason!.ko).toMatch(/휴리스틱/);
    expect(result.constraints.support['max-assets']).toBe('heuristic');
    expect(result.solver.method).toMatch(/heuristic/);
    // The exact answer by enumeration: the heuristic can never beat it, and here it finds it.
    const best = Math.min(
      ...subsets(TEN.length, 3).map(
        (keep) => minimizeVolatility(restricted(problemOf(TEN), keep)).objectiveValue!,
      ),
    );
    expect(result.objectiveValue!).toBeGreaterThanOrEqual(best - 1e-12);
    expect(result.objectiveValue! / best - 1).toBeLessThan(0.02);
  });

  it('a limit the unconstrained answer already meets leaves the result OPTIMAL', () => {
    const free = maximizeSharpe(problemOf(THIRTY));
    const count = held(free.weights!);
    const limited = maximizeSharpe({ ...problemOf(THIRTY), constraints: { maxAssets: count } });
    expect(limited.status).toBe('OPTIMAL');
    expect(limited.reason).toBeNull();
    expect(Array.from(limited.weights!)).toEqual(Array.from(free.weights!));
  });

  it('max-Sharpe and every frontier point of 30 stocks hold at most 4 names', () => {
    const problem = { ...problemOf(THIRTY), constraints: { maxAssets: 4 } };
    const sharpe = maximizeSharpe(problem);
    expect(['OPTIMAL', 'FEASIBLE']).toContain(sharpe.status);
    expect(held(sharpe.weights!)).toBeLessThanOrEqual(4);
    const frontier = efficientFrontier(problem, { points: 10 });
    for (const point of frontier.points) {
      expect(['OPTIMAL', 'FEASIBLE']).toContain(point.status);
      expect(held(point.weights!)).toBeLessThanOrEqual(4);
    }
  });

  it('more names with a positive lower bound than the limit allows is INFEASIBLE', () => {
    const problem: PortfolioProblem = {
      ...problemOf(TEN),
      constraints: {
        maxAssets: 2,
        assetBounds: { [TEN[0]!]: { min: 0.1 }, [TEN[1]!]: { min: 0.1 }, [TEN[2]!]: { min: 0.1 } },
      },
    };
    const result = minimizeVolatility(problem);
    expect(result.status).toBe('INFEASIBLE');
    expect(result.weights).toBeNull();
  });
});
