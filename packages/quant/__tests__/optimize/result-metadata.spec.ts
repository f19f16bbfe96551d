import { describe, expect, it } from 'vitest';
import {
  CONSTRAINT_TOLERANCE,
  optimizePortfolio,
  OptimizationInputError,
  SUPPORTED_CONSTRAINTS,
  type OptimizationRequest,
  type OptimizationResult,
  type PortfolioProblem,
} from '@capstone/quant';
import { annualisedMoments, dailyReturns, SECTOR_OF, TEN } from './krx-data.js';

const { expectedReturns, covariance } = annualisedMoments(TEN);
const sectors = TEN.map((code) => SECTOR_OF[code]!);
const problem: PortfolioProblem = {
  assetIds: TEN,
  expectedReturns,
  covariance,
  sectors,
  constraints: { defaultAssetBounds: { max: 0.3 }, sectorBounds: { IT: { max: 0.4 } } },
};
const allocationProblem: PortfolioProblem = { assetIds: TEN, expectedReturns, covariance };

const requests: OptimizationRequest[] = [
  { objective: 'min-volatility', problem },
  { objective: 'max-sharpe', problem, riskFreeRate: 0.02 },
  { objective: 'target-return', problem, targetReturn: 0.25 },
  { objective: 'target-risk', problem, targetVolatility: 0.22 },
  { objective: 'risk-parity', problem: allocationProblem },
  { objective: 'hierarchical-risk-parity', problem: allocationProblem },
  {
    objective: 'min-cvar',
    problem: {
      assetIds: TEN,
      scenarios: dailyReturns(TEN).returns,
      sectors,
      constraints: problem.constraints,
    },
    confidence: 0.95,
  },
];

describe('every result reports status, solver, iterations, objective, weights and constraint support', () => {
  it.each(requests.map((request) => [request.objective, request] as const))(
    '%s through optimizePortfolio',
    async (objective, request) => {
      const result = (await optimizePortfolio(request)) as OptimizationResult;
      expect(result.objective).toBe(objective);
      expect(result.status).toBe('OPTIMAL');
      expect(result.reason).toBeNull();
      expect(result.solver.name.length).toBeGreaterThan(0);
      expect(result.solver.method.length).toBeGreaterThan(0);
      expect(result.solver.iterations).toBeGreaterThan(0);
      expect(Number.isFinite(result.objectiveValue)).toBe(true);
      expect(result.weights).toBeInstanceOf(Float64Array);
      expect(result.weights!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(result.assetIds).toEqual(TEN);
      expect(result.constraints.support).toEqual(SUPPORTED_CONSTRAINTS[objective]);
      expect(result.constraints.tolerance).toBe(CONSTRAINT_TOLERANCE);
      expect(result.constraints.maxViolation).toBeLessThanOrEqual(CONSTRAINT_TOLERANCE);
      expect(result.constraints.applied).toContain('fully-invested');
      expect(result.constraints.applied).toContain('long-only');
      if (request.problem.constraints) {
        expect(result.constraints.applied).toEqual(
          expect.arrayContaining(['asset-bounds', 'sector-bounds']),
        );
      }
    },
  );

  it('the frontier through optimizePortfolio', async () => {
    const frontier = await optimizePortfolio({ objective: 'efficient-frontier', problem });
    expect(frontier.objective).toBe('efficient-frontier');
    expect(frontier.status).toBe('OPTIMAL');
    if (!('points' in frontier)) throw new Error('expected a frontier');
    expect(frontier.points).toHaveLength(50);
    expect(frontier.solver.iterations).toBe(
      frontier.points.reduce((sum, p) => sum + p.iterations, 0),
    );
  });

  it('says which optimiser honours which constraint', () => {
    expect(SUPPORTED_CONSTRAINTS['min-cvar']['max-assets']).toBe('exact');
    expect(SUPPORTED_CONSTRAINTS['max-sharpe']['max-assets']).toBe('heuristic');
    expect(SUPPORTED_CONSTRAINTS['hierarchical-risk-parity']['sector-bounds']).toBe('unsupported');
    expect(SUPPORTED_CONSTRAINTS['risk-parity']['risk-budgets']).toBe('exact');
  });

  it('an unknown objective is a typed error', async () => {
    await expect(
      optimizePortfolio({ objective: 'max-return', problem } as unknown as OptimizationRequest),
    ).rejects.toBeInstanceOf(OptimizationInputError);
  });
});
