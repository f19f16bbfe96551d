import { auc, brier, logLoss, qlike, rmse } from '@capstone/forecasting';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** AUC by its definition: the share of (positive, negative) pairs ranked right, ties half. */
function pairwiseAuc(labels: number[], scores: number[]): number {
  let wins = 0;
  let pairs = 0;
  labels.forEach((label, i) => {
    if (label !== 1) return;
    labels.forEach((other, j) => {
      if (other !== 0) return;
      pairs++;
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('AUC', () => {
  it('equals the pairwise definition, with ties counted as half', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 9 })), {
          minLength: 2,
          maxLength: 60,
        }),
        (pairs) => {
          const labels = pairs.map(([label]) => label);
          const scores = pairs.map(([, score]) => score / 10);
          fc.pre(labels.includes(0) && labels.includes(1));
          expect(auc(labels, scores)).toBeCloseTo(pairwiseAuc(labels, scores), 12);
        },
      ),
    );
  });

  it('is 0.5 for a constant forecast and NaN with one class only', () => {
    expect(auc([0, 1, 1, 0], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
    expect(auc([1, 1], [0.2, 0.9])).toBeNaN();
  });
});

describe('QLIKE and RMSE', () => {
  it('QLIKE is 0 for a perfect forecast and punishes forecasts that run low more than high', () => {
    expect(qlike([0.2, 0.3], [0.2, 0.3])).toBe(0);
    const low = qlike([0.3], [0.3 / 1.5]);
    const high = qlike([0.3], [0.3 * 1.5]);
    expect(low).toBeGreaterThan(high);
    // s/h - ln(s/h) - 1 with s/h = (0.3 / 0.45)^2.
    const ratio = (0.3 / 0.45) ** 2;
    expect(high).toBeCloseTo(ratio - Math.log(ratio) - 1, 14);
  });

  it('RMSE is the root of the mean squared error', () => {
    expect(rmse([1, 2, 3], [1, 2, 5])).toBeCloseTo(Math.sqrt(4 / 3), 14);
  });
});

describe('Brier score and log loss', () => {
  it('score a coin-flip forecast at 0.25 and ln 2', () => {
    expect(brier([0, 1, 1, 0], [0.5, 0.5, 0.5, 0.5])).toBe(0.25);
    expect(logLoss([0, 1, 1, 0], [0.5, 0.5, 0.5, 0.5])).toBeCloseTo(Math.LN2, 14);
  });

  it('stay finite for a confident wrong forecast', () => {
    expect(Number.isFinite(logLoss([1], [0]))).toBe(true);
    expect(brier([1], [0])).toBe(1);
  });
});
