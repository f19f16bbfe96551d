import { describe, expect, it } from 'vitest';
import { riskParity } from '@capstone/quant';
import { allCodes, annualisedMoments, TEN, THIRTY } from './krx-data.js';
import { runReference } from './python.js';

const universes = [
  { label: '10 stocks, 2016–2021', codes: TEN, from: '2016-01-01', to: '2021-12-31' },
  { label: '30 stocks, 2016–2021', codes: THIRTY, from: '2016-01-01', to: '2021-12-31' },
  { label: 'all 54 stocks, 2020–2021', codes: allCodes(), from: '2020-01-01', to: '2021-12-31' },
];

describe('risk parity (Spinu, damped Newton) on real KRX covariances', () => {
  it.each(universes)(
    '$label: every risk contribution is 1/n within 1e-8 (numpy’s count) and weights match scipy root',
    ({ codes, from, to }) => {
      const { covariance } = annualisedMoments(codes, from, to);
      const n = codes.length;
      const result = riskParity({ assetIds: codes, covariance });
      expect(result.status).toBe('OPTIMAL');
      expect(result.objectiveValue!).toBeLessThanOrEqual(1e-8);
      const budgets = Array.from({ length: n }, () => 1 / n);
      const [reference] = runReference('risk_parity', {
        cases: [{ covariance, budgets, weights: result.weights }],
      }).cases;
      expect(reference.positive).toBe(true);
      expect(reference.residual).toBeLessThanOrEqual(1e-12);
      reference.contributions.forEach((c: number, i: number) => {
        expect(Math.abs(c - 1 / n), codes[i]).toBeLessThanOrEqual(1e-8);
        expect(Math.abs(result.metrics!.riskContributions![i]! - c)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(result.weights![i]! - reference.weights[i]), codes[i]).toBeLessThanOrEqual(
          1e-8,
        );
      });
      expect(result.solver.iterations).toBeLessThan(50);
    },
  );

  it('meets unequal risk budgets (1 : 2 : … : 10, normalised) on 10 stocks', () => {
    const { covariance } = annualisedMoments(TEN);
    const raw = TEN.map((_, i) => i + 1);
    const total = raw.reduce((a, b) => a + b, 0);
    const result = riskParity({ assetIds: TEN, covariance }, { riskBudgets: raw });
    expect(result.status).toBe('OPTIMAL');
    const [reference] = runReference('risk_parity', {
      cases: [{ covariance, budgets: raw.map((b) => b / total), weights: result.weights }],
    }).cases;
    reference.contributions.forEach((c: number, i: number) => {
      expect(Math.abs(c - raw[i]! / total)).toBeLessThanOrEqual(1e-8);
    });
  });
});
