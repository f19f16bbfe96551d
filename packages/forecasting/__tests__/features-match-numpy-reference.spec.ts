import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  buildFeaturePanel,
  FEATURE_NAMES,
  type IndexBar,
  type InstrumentBars,
} from '@capstone/forecasting';
import { describe, expect, it } from 'vitest';

const KRX = fileURLToPath(new URL('../../../../shared/data/krx', import.meta.url));
const SCRIPT = fileURLToPath(new URL('reference/features_reference.py', import.meta.url));
/** Samsung (split adjusted in the file), Kakao (its 2021 split is not), Samsung Biologics (listed late 2016). */
const SYMBOLS = ['005930', '035720', '207940'];

interface Reference {
  index: IndexBar[];
  instruments: InstrumentBars[];
  features: Record<string, Record<string, (number | null)[]>>;
}

describe('features on real KRX bars', () => {
  it('match an independent numpy implementation of every definition, NaN where numpy has none', () => {
    const run = spawnSync('python3', [SCRIPT, KRX, ...SYMBOLS], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    const reference = JSON.parse(run.stdout) as Reference;
    const panel = buildFeaturePanel(reference);
    const width = FEATURE_NAMES.length;
    const mismatches: string[] = [];
    let compared = 0;
    for (const instrument of panel.instruments) {
      const expected = reference.features[instrument.symbol]!;
      FEATURE_NAMES.forEach((name, f) => {
        const column = expected[name]!;
        expect(column).toHaveLength(instrument.dates.length);
        column.forEach((want, t) => {
          const got = instrument.values[t * width + f]!;
          const same =
            want === null
              ? Number.isNaN(got)
              : Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
          if (!same)
            mismatches.push(
              `${instrument.symbol} ${instrument.dates[t]} ${name}: ${got} vs ${want}`,
            );
          if (want !== null) compared++;
        });
      });
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    // Most of ~1,900 days × 14 features × 3 stocks exist: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(60_000);
  }, 120_000);
});
