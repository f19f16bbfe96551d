import { describe, expect, it } from 'vitest';
import { efficientFrontier, efficientRisk, type PortfolioProblem } from '@capstone/quant';
import { runReference } from './python.js';

/** mulberry32: a tiny seeded generator, so the case is the same everywhere. */
function generator(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 60 assets from a 4-factor model, long-short within [−30%, 60%]. With this seed the maximum
 * return, summed exactly from the bounds, sits a rounding error above what the QP can reach.
 */
function longShortProblem(seed: number): PortfolioProblem {
  const random = generator(seed);
  const n = 60;
  const factors = 4;
  const loadings = Array.from({ length: n * factors }, () => (random() - 0.5) * 0.5);
  const covariance = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = 0; k < factors; k++)
        sum += loadings[i * factors + k]! * loadings[j * factors + k]!;
      covariance[i * n + j] = sum;
    }
  }
  for (let i = 0; i < n; i++)
    covariance[i * n + i] = covariance[i * n + i]! + 0.005 + 0.05 * random();
  return {
    assetIds: Array.from({ length: n }, (_, i) => `A${i}`),
    expectedReturns: Float64Array.from({ length: n }, () => (random() - 0.3) * 0.3),
    covariance,
    constraints: { longOnly: false, defaultAssetBounds: { min: -0.3, max: 0.6 } },
  };
}

describe('the top of the efficient frontier', () => {
  it.each([2, 4])(
    'long-short, 60 assets (seed %i): the last point is the maximum-return portfolio of linprog and every point matches or beats SLSQP',
    (seed) => {
      const problem = longShortProblem(seed);
      const frontier = efficientFrontier(problem, { points: 4 });
      expect(frontier.status).toBe('OPTIMAL');
      const bounds = {
        lower: problem.assetIds.map(() => -0.3),
        upper: problem.assetIds.map(() => 0.6),
        sectors: null,
      };
      const answer = runReference('mean_variance', {
        expectedReturns: problem.expectedReturns,
        covariance: problem.covariance,
        cases: [
          { ...bounds, kind: 'max-return', weights: frontier.points.at(-1)!.weights },
          ...frontier.points.map((point) => ({
            ...bounds,
            kind: 'target-return',
            target: point.targetReturn,
            weights: point.weights,
          })),
        ],
      });
      const [top, ...points] = answer.cases;
      expect(top.ours).toBeGreaterThanOrEqual(top.scipy - 1e-9);
      for (const point of points) {
        expect(point.violation).toBeLessThanOrEqual(1e-8);
        expect(point.ours).toBeLessThanOrEqual(point.scipy + 1e-6);
      }
      // A risk budget above the top's volatility buys the top itself.
      const risk = efficientRisk(problem, {
        targetVolatility: frontier.points.at(-1)!.volatility! * 1.5,
      });
      expect(risk.status).toBe('OPTIMAL');
      expect(risk.objectiveValue!).toBeGreaterThanOrEqual(top.scipy - 1e-9);
    },
    // SLSQP needs several seconds per long-short point on a busy two-core machine.
    120_000,
  );
});
