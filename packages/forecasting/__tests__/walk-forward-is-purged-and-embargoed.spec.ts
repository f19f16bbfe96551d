import { planWalkForward, ForecastingInputError } from '@capstone/forecasting';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plantedSet } from './synthetic-market.js';

const set = plantedSet('direction', 41, { instruments: 5, days: 700 });
// Give some rows longer label windows, as a halted instrument's 20 bars span more days.
const labelEndIndex = Int32Array.from(set.labelEndIndex, (end, r) => end + (r % 7 === 0 ? 15 : 0));
const gappy = { ...set, labelEndIndex };

describe('walk-forward windows', () => {
  it('train only on rows whose target window ends more than the embargo before the test window starts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 20, max: 200 }),
        (folds, embargoDays, holdOutDays) => {
          const plan = planWalkForward(gappy, { folds, embargoDays, holdOutDays });
          for (const split of [...plan.folds, plan.holdOut]) {
            const testStart = Math.min(...Array.from(split.test, (r) => gappy.dateIndex[r]!));
            const leaking = Array.from(split.train).filter(
              (r) => gappy.labelEndIndex[r]! + embargoDays >= testStart,
            );
            expect(leaking).toEqual([]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('test windows follow each other without overlap, and the hold-out is the last holdOutDays days', () => {
    const plan = planWalkForward(gappy, { folds: 4, embargoDays: 20, holdOutDays: 100 });
    const ranges = [...plan.folds, plan.holdOut].map((split) => {
      const days = Array.from(split.test, (r) => gappy.dateIndex[r]!);
      return [Math.min(...days), Math.max(...days)] as const;
    });
    for (let k = 1; k < ranges.length; k++)
      expect(ranges[k]![0]).toBeGreaterThan(ranges[k - 1]![1]);
    expect(new Set(Array.from(plan.holdOut.test, (r) => gappy.dateIndex[r]!)).size).toBe(100);
    expect(ranges.at(-1)![1]).toBe(699);
    // Training windows only grow.
    const sizes = plan.folds.map((fold) => fold.train.length);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });

  it('refuses options that leave a window empty, naming the problem', () => {
    expect(() => planWalkForward(set, { holdOutDays: 700 })).toThrow(ForecastingInputError);
    expect(() => planWalkForward(set, { folds: 0 })).toThrow(/validation\.folds/);
    expect(() => planWalkForward(set, { embargoDays: -1 })).toThrow(/validation\.embargoDays/);
    expect(() => planWalkForward(set, { folds: 3, holdOutDays: 100, embargoDays: 400 })).toThrow(
      /too little data/,
    );
  });
});
