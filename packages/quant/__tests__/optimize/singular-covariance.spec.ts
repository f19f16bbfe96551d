import { describe, expect, it } from 'vitest';
import { efficientReturn, maximizeSharpe, minimizeVolatility } from '@capstone/quant';
import { annualisedMoments, TEN } from './krx-data.js';
import { runReference } from './python.js';

describe('a singular (positive semi-definite) covariance', () => {
  // The same stock listed twice: Σ has a zero eigenvalue and the optimum is not unique.
  const { expectedReturns, covariance } = annualisedMoments(TEN);
  const n = TEN.length + 1;
  const source = (i: number) => (i === n - 1 ? 0 : i);
  const singular = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      singular[i * n + j] = covariance[source(i) * TEN.length + source(j)]!;
  }
  const mu = Float64Array.from({ length: n }, (_, i) => expectedReturns[source(i)]!);
  const problem = { assetIds: [...TEN, 'TWIN'], expectedReturns: mu, covariance: singular };

  it('is accepted; min-vol, max-Sharpe and a target return are solved by proximal point and match or beat SLSQP', () => {
    const minVol = minimizeVolatility(problem);
    const sharpe = maximizeSharpe(problem, { riskFreeRate: 0.02 });
    const target = efficientReturn(problem, { targetReturn: 0.3 });
    for (const result of [minVol, sharpe, target]) {
      expect(result.status).toBe('OPTIMAL');
      expect(result.solver.method).toMatch(/proximal point/);
    }
    const bounds = { lower: mu.map(() => 0), upper: Array.from(mu, () => null), sectors: null };
    const answer = runReference('mean_variance', {
      expectedReturns: mu,
      covariance: singular,
      cases: [
        { ...bounds, kind: 'min-volatility', weights: minVol.weights },
        { ...bounds, kind: 'max-sharpe', riskFreeRate: 0.02, weights: sharpe.weights },
        { ...bounds, kind: 'target-return', target: 0.3, weights: target.weights },
      ],
    });
    const [v, s, t] = answer.cases;
    for (const c of answer.cases) expect(c.violation).toBeLessThanOrEqual(1e-8);
    expect(v.ours).toBeLessThanOrEqual(v.scipy + 1e-6);
    expect(s.ours).toBeGreaterThanOrEqual(s.scipy - 1e-6);
    expect(t.ours).toBeLessThanOrEqual(t.scipy + 1e-6);
  });

  it('with a riskless asset earning above the risk-free rate, max-Sharpe is UNBOUNDED and min-vol holds only that asset', () => {
    const m = TEN.length;
    const withCash = new Float64Array((m + 1) * (m + 1));
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) withCash[i * (m + 1) + j] = covariance[i * m + j]!;
    }
    const cash = {
      assetIds: [...TEN, 'CASH'],
      expectedReturns: [...expectedReturns, 0.03],
      covariance: withCash,
    };
    const sharpe = maximizeSharpe(cash, { riskFreeRate: 0.02 });
    expect(sharpe.status).toBe('UNBOUNDED');
    expect(sharpe.weights).toBeNull();
    expect(sharpe.reason!.en).toMatch(/riskless/);
    const minVol = minimizeVolatility(cash);
    expect(minVol.status).toBe('OPTIMAL');
    expect(minVol.weights![m]).toBeCloseTo(1, 9);
    expect(minVol.objectiveValue!).toBeLessThan(1e-6);
  });
});
