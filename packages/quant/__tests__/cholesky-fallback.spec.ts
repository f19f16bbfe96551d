import { describe, expect, it } from 'vitest';
import { choleskyWithFallback, QuantInputError } from '@capstone/quant';

function product(lower: Float64Array[]): number[][] {
  const n = lower.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let s = 0;
      for (let k = 0; k < n; k++) s += lower[i]![k]! * lower[j]![k]!;
      return s;
    }),
  );
}

// Correlations 0.9, 0.9 and −0.9 cannot coexist: the smallest eigenvalue is negative (−0.8).
const NOT_PD = [
  [1, 0.9, 0.9],
  [0.9, 1, -0.9],
  [0.9, -0.9, 1],
];

describe('Cholesky factor with a fallback for matrices that are not positive definite', () => {
  it('factors a positive definite matrix directly and says no repair was needed', () => {
    const m = [
      [4, 2, 0.4],
      [2, 3, 0.3],
      [0.4, 0.3, 1],
    ];
    const result = choleskyWithFallback(m);
    expect(result.method).toBe('cholesky');
    expect(result.repaired).toBe(false);
    product(result.lower).forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(m[i]![j]!, 12)),
    );
    expect(result.lower[0]![1]).toBe(0);
  });

  it('repairs a non-PD matrix by eigenvalue clipping and reports the negative eigenvalue and the change', () => {
    const result = choleskyWithFallback(NOT_PD);
    expect(result.method).toBe('eigenvalue-clip');
    expect(result.repaired).toBe(true);
    expect(result.minEigenvalue).toBeCloseTo(-0.8, 10);
    expect(result.clippedEigenvalues).toBe(1);
    expect(result.adjustment).toBeGreaterThan(0.1);
    // L·Lᵀ reproduces the repaired matrix, which is symmetric and PD.
    product(result.lower).forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(result.matrix[i]![j]!, 12)),
    );
  });

  it('repairs with Higham nearest correlation keeping the variances (unit diagonal stays 1)', () => {
    const scaled = NOT_PD.map((row, i) => row.map((v, j) => v * [2, 3, 4][i]! * [2, 3, 4][j]!));
    const result = choleskyWithFallback(scaled, { repair: 'higham' });
    expect(result.method).toBe('higham');
    expect(result.matrix.map((row, i) => row[i])).toEqual([
      expect.closeTo(4, 8),
      expect.closeTo(9, 8),
      expect.closeTo(16, 8),
    ]);
    // Clipping alone would change the variances; Higham's repair only moves the correlations.
    const clipped = choleskyWithFallback(scaled);
    expect(Math.abs(clipped.matrix[0]![0]! - 4)).toBeGreaterThan(1e-3);
    product(result.lower).forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(result.matrix[i]![j]!, 10)),
    );
  });

  it('refuses a non-symmetric matrix, NaN entries and a zero variance with a typed error naming the entry', () => {
    const cases: [unknown, string][] = [
      [
        [
          [1, 0.5],
          [0.4, 1],
        ],
        'matrix[1][0]',
      ],
      [
        [
          [1, NaN],
          [NaN, 1],
        ],
        'matrix[0][1]',
      ],
      [
        [
          [0, 0],
          [0, 1],
        ],
        'matrix[0][0]',
      ],
    ];
    for (const [input, field] of cases) {
      const error = (() => {
        try {
          choleskyWithFallback(input as number[][]);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(QuantInputError);
      expect((error as QuantInputError).field).toBe(field);
    }
  });
});
