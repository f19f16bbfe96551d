import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastExp } from '../src/montecarlo/kernel.js';
import { fillNormals, nextUniform, seedStream } from '../src/montecarlo/random.js';
import { numpyReference } from './krx-data.js';

describe('per-path random streams', () => {
  it('depend only on (seed, path): the same pair repeats, a neighbour differs', () => {
    const draw = (seed: number, path: number) => {
      const state = new Int32Array(4);
      seedStream(state, seed, path);
      return Array.from({ length: 8 }, () => nextUniform(state));
    };
    expect(draw(7, 123)).toEqual(draw(7, 123));
    expect(draw(7, 124)).not.toEqual(draw(7, 123));
    expect(draw(8, 123)).not.toEqual(draw(7, 123));
  });

  it('ziggurat normals pass a Kolmogorov–Smirnov test against N(0, 1) (scipy), with the right moments', async () => {
    const count = 200_000;
    const out = new Float64Array(count);
    const state = new Int32Array(4);
    // Many short streams, as the simulation uses them.
    for (let path = 0; path < 200; path++) {
      seedStream(state, 2024, path);
      fillNormals(state, out, path * 1000, 1000);
    }
    const dir = mkdtempSync(join(tmpdir(), 'quant-normals-'));
    try {
      const file = join(dir, 'sample.json');
      writeFileSync(file, JSON.stringify(Array.from(out)));
      const ks = await numpyReference('normal_sample_reference.py', { file });
      expect(ks.pvalue, `KS statistic ${ks.statistic}`).toBeGreaterThan(0.01);
      expect(Math.abs(ks.mean)).toBeLessThan(4 / Math.sqrt(count));
      expect(Math.abs(ks.std - 1)).toBeLessThan(0.01);
      expect(Math.abs(ks.skewness)).toBeLessThan(0.03);
      expect(Math.abs(ks.excessKurtosis)).toBeLessThan(0.06);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the table-driven exp is within 2 ulp (4.5e-16 relative) of Math.exp', () => {
    let worst = 0;
    for (let k = -200_000; k <= 200_000; k++) {
      const x = k * 8.1e-5 + 1e-9 * (k % 7);
      worst = Math.max(worst, Math.abs(fastExp(x) / Math.exp(x) - 1));
    }
    expect(worst).toBeLessThan(4.5e-16);
    expect(fastExp(40)).toBe(Math.exp(40));
    expect(fastExp(-Infinity)).toBe(0);
  });
});
