import { describe, expect, it } from 'vitest';
import { normalQuantile } from '@capstone/quant';
import { numpyReference } from './krx-data.js';

describe('the standard normal quantile (AS 241)', () => {
  it('matches scipy.stats.norm.ppf within 1e-15 relative from 1e-300 to 1 − 1e-16', async () => {
    const p = [
      1e-300,
      1e-100,
      1e-20,
      1e-10,
      1e-6,
      0.001,
      0.01,
      0.025,
      0.05,
      0.1,
      0.2,
      0.3,
      0.4,
      0.425,
      0.5,
      0.6,
      0.75,
      0.9,
      0.95,
      0.99,
      0.999,
      1 - 1e-10,
      1 - 1e-16,
    ];
    const { ppf } = await numpyReference<{ ppf: number[] }>('normal_reference.py', { p });
    p.forEach((x, i) => {
      const expected = ppf[i]!;
      const gap = Math.abs(normalQuantile(x) - expected);
      expect(gap, `p = ${x}: ${normalQuantile(x)} vs ${expected}`).toBeLessThanOrEqual(
        expected === 0 ? 0 : 1e-15 * Math.abs(expected),
      );
    });
  });

  it('gives ±Infinity at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});
