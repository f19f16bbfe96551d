import { describe, expect, it } from 'vitest';
import { hierarchicalRiskParity, type HrpLinkageInput } from '@capstone/quant';
import { allCodes, annualisedMoments, TEN, THIRTY } from './krx-data.js';
import { runReference } from './python.js';

const universes = [
  { label: '10 stocks, 2016–2021', codes: TEN, from: '2016-01-01', to: '2021-12-31' },
  { label: '30 stocks, 2016–2021', codes: THIRTY, from: '2016-01-01', to: '2021-12-31' },
  // The youngest listing (247540) starts in March 2019.
  { label: 'all 54 stocks, 2020–2021', codes: allCodes(), from: '2020-01-01', to: '2021-12-31' },
];
const linkages: HrpLinkageInput[] = ['distance-of-distances', 'correlation-distance'];

describe('hierarchical risk parity against a numpy/scipy implementation of López de Prado (2016)', () => {
  const cases = universes.flatMap((universe) =>
    linkages.map((linkage) => ({ ...universe, linkage })),
  );

  it.each(cases)(
    '$label, linkage on $linkage: weights equal the reference within 1e-10',
    ({ codes, from, to, linkage }) => {
      const { covariance } = annualisedMoments(codes, from, to);
      const result = hierarchicalRiskParity({ assetIds: codes, covariance }, { linkage });
      expect(result.status).toBe('OPTIMAL');
      const [reference] = runReference('hrp', { cases: [{ covariance, linkage }] }).cases;
      const weights = result.weights!;
      reference.weights.forEach((w: number, i: number) => {
        expect(Math.abs(weights[i]! - w), codes[i]).toBeLessThanOrEqual(1e-10);
      });
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      expect(Math.min(...weights)).toBeGreaterThan(0);
    },
  );

  it('gives different orders, and so different weights, for the two linkage inputs on 30 stocks', () => {
    const { covariance } = annualisedMoments(THIRTY);
    const paper = hierarchicalRiskParity({ assetIds: THIRTY, covariance });
    const direct = hierarchicalRiskParity(
      { assetIds: THIRTY, covariance },
      { linkage: 'correlation-distance' },
    );
    const gap = Math.max(...paper.weights!.map((w, i) => Math.abs(w - direct.weights![i]!)));
    expect(gap).toBeGreaterThan(1e-6);
  });
});
