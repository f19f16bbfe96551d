import { describe, expect, it } from 'vitest';
import {
  efficientFrontier,
  efficientReturn,
  efficientRisk,
  maximizeSharpe,
  minimizeVolatility,
  type OptimizationResult,
  type PortfolioConstraints,
  type PortfolioProblem,
} from '@capstone/quant';
import { annualisedMoments, FROM, SECTOR_OF, TEN, THIRTY, TO } from './krx-data.js';
import { runReference } from './python.js';

/** Slack allowed against scipy: ours must be at least this close to SLSQP's objective, or better. */
const OBJECTIVE_SLACK = 1e-6;
const RISK_FREE_RATE = 0.02;

interface ConstraintSet {
  readonly name: string;
  readonly longShort?: boolean;
  /** [min, max] per asset; null for no bound. */
  readonly bounds: (code: string, index: number) => [number | null, number | null];
  readonly sectorBounds?: Readonly<Record<string, [number | null, number | null]>>;
}

const CONSTRAINT_SETS: readonly ConstraintSet[] = [
  { name: 'long-only', bounds: () => [0, null] },
  {
    name: 'per-asset bounds',
    bounds: (_code, i) => (i === 0 ? [0.05, 0.2] : i === 1 ? [0.02, 0.1] : [0, 0.2]),
  },
  {
    name: 'per-asset and sector bounds',
    bounds: () => [0, 0.25],
    sectorBounds: { IT: [null, 0.3], 자동차: [0.1, null], 인터넷: [0.05, 0.25] },
  },
  { name: 'long-short within [−30%, 60%]', longShort: true, bounds: () => [-0.3, 0.6] },
];

function problemFor(codes: readonly string[], set: ConstraintSet) {
  const { expectedReturns, covariance } = annualisedMoments(codes);
  const assetBounds: Record<string, { min?: number; max?: number }> = {};
  codes.forEach((code, i) => {
    const [min, max] = set.bounds(code, i);
    assetBounds[code] = { ...(min === null ? {} : { min }), ...(max === null ? {} : { max }) };
  });
  const sectorBounds: Record<string, { min?: number; max?: number }> = {};
  for (const [label, [min, max]] of Object.entries(set.sectorBounds ?? {})) {
    sectorBounds[label] = { ...(min === null ? {} : { min }), ...(max === null ? {} : { max }) };
  }
  const constraints: PortfolioConstraints = {
    ...(set.longShort ? { longOnly: false } : {}),
    assetBounds,
    sectorBounds,
  };
  const problem: PortfolioProblem = {
    assetIds: codes,
    expectedReturns,
    covariance,
    sectors: codes.map((code) => SECTOR_OF[code]!),
    constraints,
  };
  const referenceCase = {
    lower: codes.map((code, i) => set.bounds(code, i)[0]),
    upper: codes.map((code, i) => set.bounds(code, i)[1]),
    sectors: problem.sectors,
    sectorBounds: set.sectorBounds ?? {},
  };
  return { problem, referenceCase, expectedReturns, covariance };
}

function weightsOf(result: OptimizationResult): Float64Array {
  expect(result.status, JSON.stringify(result.reason)).toBe('OPTIMAL');
  expect(result.weights).not.toBeNull();
  return result.weights!;
}

describe.each([
  { label: '10 KRX stocks', codes: TEN, frontierPoints: 50 },
  { label: '30 KRX stocks', codes: THIRTY, frontierPoints: 10 },
])(
  'mean-variance portfolios of $label, daily 2016–2021, against scipy SLSQP',
  ({ codes, frontierPoints }) => {
    it.each(CONSTRAINT_SETS)(
      'with $name: min-vol, max-Sharpe, target return, target risk and every frontier point meet every constraint and match or beat SLSQP',
      (set) => {
        const { problem, referenceCase, expectedReturns } = problemFor(codes, set);
        const minVol = minimizeVolatility(problem);
        const maxSharpe = maximizeSharpe(problem, { riskFreeRate: RISK_FREE_RATE });
        const frontier = efficientFrontier(problem, {
          points: frontierPoints,
          riskFreeRate: RISK_FREE_RATE,
        });
        expect(frontier.status).toBe('OPTIMAL');
        expect(frontier.points).toHaveLength(frontierPoints);
        const top = frontier.points.at(-1)!;
        const bottom = frontier.points[0]!;
        const targetReturn = (bottom.expectedReturn! + top.expectedReturn!) / 2;
        const targetVolatility = (bottom.volatility! + top.volatility!) / 2;
        const targetReturnResult = efficientReturn(problem, { targetReturn });
        const targetRiskResult = efficientRisk(problem, { targetVolatility });

        const cases = [
          { kind: 'min-volatility', weights: weightsOf(minVol), reported: minVol.objectiveValue },
          {
            kind: 'max-sharpe',
            riskFreeRate: RISK_FREE_RATE,
            weights: weightsOf(maxSharpe),
            reported: maxSharpe.objectiveValue,
          },
          {
            kind: 'target-return',
            target: targetReturn,
            weights: weightsOf(targetReturnResult),
            reported: targetReturnResult.objectiveValue,
          },
          {
            kind: 'target-risk',
            target: targetVolatility,
            weights: weightsOf(targetRiskResult),
            reported: targetRiskResult.objectiveValue,
          },
          { kind: 'max-return', weights: top.weights, reported: top.expectedReturn },
          ...frontier.points.map((point) => {
            expect(point.status).toBe('OPTIMAL');
            return {
              kind: 'target-return',
              target: point.targetReturn,
              weights: point.weights,
              reported: point.volatility,
            };
          }),
        ].map((c) => ({ ...referenceCase, ...c }));

        const answer = runReference('mean_variance', { codes, from: FROM, to: TO, cases });
        // Both sides computed μ and Σ from the same CSVs with the same formula.
        answer.expectedReturns.forEach((m: number, i: number) =>
          expect(m).toBeCloseTo(expectedReturns[i]!, 12),
        );

        answer.cases.forEach((reference: any, k: number) => {
          const c = cases[k]!;
          const where = `${c.kind} #${k}`;
          expect(reference.violation, where).toBeLessThanOrEqual(1e-8);
          expect(reference.ours, where).toBeCloseTo(c.reported!, 12);
          // SLSQP's own answer must be feasible for the comparison to mean anything.
          expect(reference.scipyViolation, `${where}: ${reference.message}`).toBeLessThanOrEqual(
            1e-7,
          );
          if (c.kind === 'max-sharpe' || c.kind === 'target-risk' || c.kind === 'max-return') {
            expect(reference.ours, where).toBeGreaterThanOrEqual(reference.scipy - OBJECTIVE_SLACK);
          } else {
            expect(reference.ours, where).toBeLessThanOrEqual(reference.scipy + OBJECTIVE_SLACK);
          }
        });
        // The maximum return is an exact LP optimum: it agrees with HiGHS (through linprog) closely.
        const maxReturn = answer.cases[4];
        expect(maxReturn.ours).toBeGreaterThanOrEqual(maxReturn.scipy - 1e-12);
      },
      // SLSQP takes seconds for the 30-stock frontiers on a busy two-core machine.
      120_000,
    );
  },
);
