import { describe, expect, it } from 'vitest';
import { selectQuantiles, sortedQuantile } from '../src/stats.js';

describe('percentiles by selection', () => {
  it('equal the percentiles of a sorted copy (numpy linear), with ties and odd sizes', () => {
    const probabilities = [0.05, 0.25, 0.5, 0.75, 0.95];
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const size of [1, 2, 3, 7, 100, 1001, 10_000]) {
      for (const ties of [false, true]) {
        const values = Float64Array.from({ length: size }, () =>
          ties ? Math.floor(next() * 5) : next() - 0.5,
        );
        const sorted = values.slice().sort();
        const out = new Float64Array(probabilities.length);
        selectQuantiles(values.slice(), probabilities, out);
        expect(Array.from(out)).toEqual(probabilities.map((p) => sortedQuantile(sorted, p)));
      }
    }
  });
});
