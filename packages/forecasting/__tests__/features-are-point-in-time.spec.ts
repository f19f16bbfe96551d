import {
  buildFeaturePanel,
  featuresAsOf,
  FEATURE_NAMES,
  MINIMUM_HISTORY,
  type DailyBar,
  type IndexBar,
} from '@capstone/forecasting';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticMarket } from './synthetic-market.js';

const WIDTH = FEATURE_NAMES.length;

/** The first value in rows 0..t whose bits differ (NaN equals NaN), or null. */
function firstDifference(before: Float64Array, after: Float64Array, t: number) {
  for (let k = 0; k < (t + 1) * WIDTH; k++) {
    if (!Object.is(before[k], after[k])) {
      const feature = FEATURE_NAMES[k % WIDTH];
      return { row: Math.floor(k / WIDTH), feature, before: before[k], after: after[k] };
    }
  }
  return null;
}

/** Rewrites everything after `cutoff` (date) with `change`, and drops some of it. */
function rewriteAfter<T extends { date: string }>(
  rows: readonly T[],
  cutoff: string,
  change: (row: T, k: number) => T,
  dropEvery: number,
): T[] {
  return rows
    .map((row, k) => (row.date > cutoff ? change(row, k) : row))
    .filter((row, k) => row.date <= cutoff || dropEvery === 0 || k % dropEvery !== 0);
}

describe('features are point-in-time', () => {
  it('changing any bar or KOSPI close after day t leaves every feature up to t bit-identical', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 280, max: 340 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1.5, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (seed, days, where, factor, dropEvery) => {
          const market = syntheticMarket(seed, { instruments: 2, days });
          // Mostly days whose every feature is defined, so a leak has a value to change.
          const first = MINIMUM_HISTORY - 20;
          const t = first + Math.floor(where * (days - 1 - first));
          const cutoff = market.instruments[0]!.bars[t]!.date;
          const before = buildFeaturePanel(market);
          // Both ways: a leak through a maximum shows only when the future rises.
          for (const scale of [factor, 1 / factor]) {
            const changed = {
              instruments: market.instruments.map((instrument) => ({
                symbol: instrument.symbol,
                bars: rewriteAfter<DailyBar>(
                  instrument.bars,
                  cutoff,
                  (bar, k) => ({
                    date: bar.date,
                    close: bar.close * scale * (1 + (k % 3) / 10),
                    volume: bar.volume * scale + k,
                  }),
                  dropEvery,
                ),
              })),
              index: rewriteAfter<IndexBar>(
                market.index,
                cutoff,
                (bar, k) => ({ date: bar.date, close: bar.close * scale * (1 + (k % 3) / 10) }),
                dropEvery,
              ),
            };
            const after = buildFeaturePanel(changed);
            for (let i = 0; i < 2; i++) {
              expect(
                firstDifference(before.instruments[i]!.values, after.instruments[i]!.values, t),
              ).toBeNull();
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a row depends only on its window: the last MINIMUM_HISTORY bars give the same bits as the whole history', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 120 }),
        (seed, back) => {
          const market = syntheticMarket(seed, { instruments: 1, days: 420 });
          const bars = market.instruments[0]!.bars;
          const t = bars.length - 1 - back;
          const asOf = bars[t]!.date;
          const full = buildFeaturePanel(market).instruments[0]!.values.subarray(
            t * WIDTH,
            (t + 1) * WIDTH,
          );
          const recent = bars.slice(t - MINIMUM_HISTORY + 1, t + 1);
          const [served] = featuresAsOf({
            instruments: [{ symbol: 'x', bars: recent }],
            index: market.index.filter((bar) => bar.date >= recent[0]!.date),
            asOf,
          });
          expect(served!.complete).toBe(true);
          expect(firstDifference(Float64Array.from(full), served!.values, 0)).toBeNull();
        },
      ),
      { numRuns: 50 },
    );
  }, 120_000);

  it('a feature whose window is not yet full is NaN, and the first complete row is bar MINIMUM_HISTORY - 1', () => {
    const market = syntheticMarket(7, { instruments: 1, days: 300 });
    const values = buildFeaturePanel(market).instruments[0]!.values;
    const complete = (t: number) =>
      FEATURE_NAMES.every((_, f) => Number.isFinite(values[t * WIDTH + f]!));
    expect(complete(MINIMUM_HISTORY - 2)).toBe(false);
    expect(
      Number.isNaN(values[(MINIMUM_HISTORY - 2) * WIDTH + FEATURE_NAMES.indexOf('drawdown_252d')]!),
    ).toBe(true);
    expect(complete(MINIMUM_HISTORY - 1)).toBe(true);
    expect(Number.isNaN(values[4 * WIDTH + FEATURE_NAMES.indexOf('return_5d')]!)).toBe(true);
    expect(Number.isFinite(values[5 * WIDTH + FEATURE_NAMES.indexOf('return_5d')]!)).toBe(true);
  });
});
