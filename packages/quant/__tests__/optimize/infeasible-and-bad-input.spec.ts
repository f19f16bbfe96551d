import { describe, expect, it } from 'vitest';
import {
  efficientFrontier,
  efficientReturn,
  efficientRisk,
  hierarchicalRiskParity,
  maximizeSharpe,
  minimizeCvar,
  minimizeVolatility,
  OptimizationInputError,
  riskParity,
  type OptimizationInputIssue,
  type OptimizationResult,
  type PortfolioConstraints,
  type PortfolioProblem,
} from '@capstone/quant';
import { annualisedMoments, dailyReturns, SECTOR_OF, TEN } from './krx-data.js';

const moments = annualisedMoments(TEN);
const scenarios = dailyReturns(TEN).returns;
const sectors = TEN.map((code) => SECTOR_OF[code]!);
const base: PortfolioProblem = {
  assetIds: TEN,
  expectedReturns: moments.expectedReturns,
  covariance: moments.covariance,
  sectors,
};
const withConstraints = (constraints: PortfolioConstraints): PortfolioProblem => ({
  ...base,
  constraints,
});

function expectNoSolution(result: OptimizationResult, status = 'INFEASIBLE') {
  expect(result.status).toBe(status);
  expect(result.weights).toBeNull();
  expect(result.metrics).toBeNull();
  expect(result.objectiveValue).toBeNull();
  expect(result.reason!.ko).toMatch(/[가-힣]/);
  expect(result.reason!.en).toMatch(/[a-z]/);
}

describe('problems without a solution say so and return no weights', () => {
  const infeasibleSectors: readonly { label: string; constraints: PortfolioConstraints }[] = [
    {
      label: 'sector minimums summing past 100%',
      constraints: { sectorBounds: { IT: { min: 0.7 }, 자동차: { min: 0.5 } } },
    },
    {
      label: 'a sector minimum its assets’ caps cannot reach',
      constraints: { defaultAssetBounds: { max: 0.12 }, sectorBounds: { 인터넷: { min: 0.3 } } },
    },
  ];

  it.each(infeasibleSectors)(
    '$label: every optimiser answers INFEASIBLE',
    async ({ constraints }) => {
      const problem = withConstraints(constraints);
      expectNoSolution(minimizeVolatility(problem));
      expectNoSolution(maximizeSharpe(problem));
      expectNoSolution(efficientReturn(problem, { targetReturn: 0.1 }));
      expectNoSolution(efficientRisk(problem, { targetVolatility: 0.3 }));
      const frontier = efficientFrontier(problem);
      expect(frontier.status).toBe('INFEASIBLE');
      expect(frontier.points).toEqual([]);
      expect(frontier.reason!.ko).toMatch(/[가-힣]/);
      expectNoSolution(
        await minimizeCvar(
          { assetIds: TEN, scenarios, sectors, constraints },
          { confidence: 0.95 },
        ),
      );
    },
  );

  it('a target return above the highest attainable return is INFEASIBLE and names that return', () => {
    const top = efficientFrontier(base, { points: 2 }).points[1]!.expectedReturn!;
    const result = efficientReturn(base, { targetReturn: top + 0.01 });
    expectNoSolution(result);
    const named = Number(/allow, (\S+)\.$/.exec(result.reason!.en)![1]);
    expect(named).toBeCloseTo(top, 12);
  });

  it('a target volatility below the minimum volatility is INFEASIBLE and names the minimum', () => {
    const lowest = minimizeVolatility(base).objectiveValue!;
    const result = efficientRisk(base, { targetVolatility: lowest * 0.99 });
    expectNoSolution(result);
    const named = Number(/allow, (\S+)\.$/.exec(result.reason!.en)![1]);
    expect(named).toBeCloseTo(lowest, 12);
  });

  it('a target volatility above the maximum-return portfolio’s returns that portfolio', () => {
    const top = efficientFrontier(base, { points: 2 }).points[1]!;
    const result = efficientRisk(base, { targetVolatility: top.volatility! * 2 });
    expect(result.status).toBe('OPTIMAL');
    expect(result.objectiveValue).toBeCloseTo(top.expectedReturn!, 12);
  });

  it('max-Sharpe with a risk-free rate above every expected return is INFEASIBLE', () => {
    expectNoSolution(maximizeSharpe(base, { riskFreeRate: 5 }));
  });

  it('min-CVaR with an unreachable mean return is INFEASIBLE', async () => {
    expectNoSolution(
      await minimizeCvar({ assetIds: TEN, scenarios }, { confidence: 0.95, targetReturn: 0.05 }),
    );
  });
});

function expectInputError(run: () => unknown, issue: OptimizationInputIssue, field: string) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OptimizationInputError);
  const error = caught as OptimizationInputError;
  expect({ issue: error.issue, field: error.field }).toEqual({ issue, field });
  expect(error.messageKo).toMatch(/[가-힣]/);
  expect(error.messageEn).toMatch(/[a-z]/);
}

describe('bad input gets a typed error naming the input', () => {
  const n = TEN.length;
  const covarianceWith = (i: number, j: number, value: number) => {
    const copy = Float64Array.from(moments.covariance);
    copy[i * n + j] = value;
    return copy;
  };

  it('a non-symmetric covariance', () => {
    const covariance = covarianceWith(0, 1, moments.covariance[1]! + 0.01);
    expectInputError(
      () => minimizeVolatility({ ...base, covariance }),
      'NOT_SYMMETRIC',
      'covariance[0][1]',
    );
  });

  it('a covariance that is not positive semi-definite', () => {
    const covariance = [
      [1, 2],
      [2, 1],
    ];
    expectInputError(
      () => minimizeVolatility({ assetIds: ['A', 'B'], covariance }),
      'NOT_PSD',
      'covariance',
    );
    expectInputError(
      () =>
        hierarchicalRiskParity({
          assetIds: ['A', 'B'],
          covariance: [
            [-1, 0],
            [0, 1],
          ],
        }),
      'NOT_PSD',
      'covariance[0][0]',
    );
  });

  it('NaN in expected returns, covariance or scenarios', async () => {
    const mu = Float64Array.from(moments.expectedReturns);
    mu[3] = Number.NaN;
    expectInputError(
      () => maximizeSharpe({ ...base, expectedReturns: mu }),
      'NOT_FINITE',
      'expectedReturns[3]',
    );
    const covariance = covarianceWith(2, 4, Number.NaN);
    expectInputError(() => riskParity({ ...base, covariance }), 'NOT_FINITE', 'covariance[2][4]');
    const broken = Float64Array.from(scenarios);
    broken[5 * n + 2] = Number.POSITIVE_INFINITY;
    await expect(minimizeCvar({ assetIds: TEN, scenarios: broken })).rejects.toMatchObject({
      issue: 'NOT_FINITE',
      field: 'scenarios[5][2]',
    });
  });

  it('sizes that do not match the assets', () => {
    expectInputError(
      () => maximizeSharpe({ ...base, expectedReturns: moments.expectedReturns.subarray(1) }),
      'SIZE_MISMATCH',
      'expectedReturns',
    );
    expectInputError(
      () => minimizeVolatility({ ...base, covariance: moments.covariance.subarray(n) }),
      'SIZE_MISMATCH',
      'covariance',
    );
    expectInputError(
      () => minimizeVolatility({ ...base, sectors: sectors.slice(1) }),
      'SIZE_MISMATCH',
      'sectors',
    );
    expectInputError(
      () => maximizeSharpe({ ...base, expectedReturns: undefined }),
      'MISSING',
      'expectedReturns',
    );
  });

  it('asset bounds that cannot sum to 1', () => {
    expectInputError(
      () => minimizeVolatility(withConstraints({ defaultAssetBounds: { max: 0.05 } })),
      'BOUNDS_CANNOT_SUM_TO_ONE',
      'constraints.assetBounds',
    );
    expectInputError(
      () => efficientFrontier(withConstraints({ defaultAssetBounds: { min: 0.2 } })),
      'BOUNDS_CANNOT_SUM_TO_ONE',
      'constraints.assetBounds',
    );
  });

  it('an unknown sector, an unknown asset, sector bounds without sectors, reversed or negative bounds', () => {
    expectInputError(
      () => minimizeVolatility(withConstraints({ sectorBounds: { 반도체: { max: 0.3 } } })),
      'UNKNOWN_SECTOR',
      'constraints.sectorBounds.반도체',
    );
    expectInputError(
      () => minimizeVolatility(withConstraints({ assetBounds: { '999999': { max: 0.3 } } })),
      'UNKNOWN_ASSET',
      'constraints.assetBounds.999999',
    );
    expectInputError(
      () =>
        minimizeVolatility({
          ...base,
          sectors: undefined,
          constraints: { sectorBounds: { IT: { max: 0.3 } } },
        }),
      'MISSING',
      'sectors',
    );
    expectInputError(
      () =>
        minimizeVolatility(withConstraints({ assetBounds: { '005930': { min: 0.3, max: 0.2 } } })),
      'INVALID_BOUNDS',
      'constraints.assetBounds.005930',
    );
    expectInputError(
      () => minimizeVolatility(withConstraints({ assetBounds: { '005930': { min: -0.1 } } })),
      'INVALID_BOUNDS',
      'constraints.assetBounds.005930.min',
    );
  });

  it('constraints risk parity and HRP cannot honour', () => {
    expectInputError(
      () => riskParity(withConstraints({ sectorBounds: { IT: { max: 0.3 } } })),
      'UNSUPPORTED_CONSTRAINT',
      'constraints.sectorBounds',
    );
    expectInputError(
      () => hierarchicalRiskParity(withConstraints({ maxAssets: 3 })),
      'UNSUPPORTED_CONSTRAINT',
      'constraints.maxAssets',
    );
  });

  it('bad parameters', async () => {
    expectInputError(() => efficientFrontier(base, { points: 1 }), 'INVALID_PARAMETER', 'points');
    expectInputError(
      () => efficientRisk(base, { targetVolatility: -0.1 }),
      'INVALID_PARAMETER',
      'targetVolatility',
    );
    expectInputError(
      () => minimizeVolatility(withConstraints({ maxAssets: 0 })),
      'INVALID_PARAMETER',
      'constraints.maxAssets',
    );
    expectInputError(
      () => riskParity(base, { riskBudgets: TEN.map((_, i) => (i === 4 ? 0 : 1)) }),
      'INVALID_PARAMETER',
      'riskBudgets[4]',
    );
    await expect(
      minimizeCvar({ assetIds: TEN, scenarios }, { confidence: 1 }),
    ).rejects.toMatchObject({
      issue: 'INVALID_PARAMETER',
      field: 'confidence',
    });
    expectInputError(
      () => minimizeVolatility({ ...base, assetIds: [...TEN.slice(1), TEN[1]!] }),
      'DUPLICATE_ASSET',
      `assetIds[${n - 1}]`,
    );
  });
});
