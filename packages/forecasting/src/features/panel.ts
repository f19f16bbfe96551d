import { assertIsoDate } from '../bars.js';
import {
  computeFeatureRow,
  computeInstrumentFeatures,
  prepareIndex,
  validateFeatureInput,
  type FeatureInput,
  type FeaturePanel,
} from './compute.js';
import { FEATURE_HASH, FEATURE_NAMES, FEATURES, MINIMUM_HISTORY } from './definitions.js';

/** Features of every instrument on every one of its days, for training and evaluation. */
export function buildFeaturePanel(input: FeatureInput): FeaturePanel {
  validateFeatureInput(input);
  const index = prepareIndex(input.index);
  return {
    featureNames: FEATURE_NAMES,
    featureHash: FEATURE_HASH,
    instruments: input.instruments.map((instrument) =>
      computeInstrumentFeatures(instrument, index),
    ),
  };
}

export type MissingReason = 'no-bar-on-date' | 'insufficient-history' | 'missing-features';

/** One instrument's features as of a date, or why there are none. */
export interface FeatureRowAsOf {
  readonly symbol: string;
  /** The bar the row was computed on: always the as-of date when `complete`. */
  readonly date: string | null;
  /** In FEATURE_NAMES order; NaN where a feature could not be computed. */
  readonly values: Float64Array;
  /** Every feature is finite, so the row may be used for a forecast. */
  readonly complete: boolean;
  /** Why the row is not complete; null when it is. */
  readonly missingReason: MissingReason | null;
  /** Names of the features that are NaN. */
  readonly missingFeatures: readonly string[];
  /** The instrument's bars on or before the as-of date. */
  readonly history: number;
}

/**
 * Each instrument's feature row on `asOf`, from its bars on or before that day (later bars are
 * ignored). An instrument without a bar on `asOf` (a halt, or stale data) gets no row: a
 * forecast is only made from that day's close.
 */
export function featuresAsOf(input: FeatureInput & { readonly asOf: string }): FeatureRowAsOf[] {
  validateFeatureInput(input);
  assertIsoDate(input.asOf, 'asOf');
  const index = prepareIndex(input.index.filter((bar) => bar.date <= input.asOf));
  return input.instruments.map((instrument) => {
    let history = 0;
    while (history < instrument.bars.length && instrument.bars[history]!.date <= input.asOf) {
      history++;
    }
    const onDate = history > 0 && instrument.bars[history - 1]!.date === input.asOf;
    const values = onDate
      ? computeFeatureRow(instrument, index, history - 1)
      : new Float64Array(FEATURES.length).fill(NaN);
    const missingFeatures = FEATURE_NAMES.filter((_, f) => !Number.isFinite(values[f]!));
    const missingReason: MissingReason | null = !onDate
      ? 'no-bar-on-date'
      : history < MINIMUM_HISTORY
        ? 'insufficient-history'
        : missingFeatures.length > 0
          ? 'missing-features'
          : null;
    return {
      symbol: instrument.symbol,
      date: onDate ? input.asOf : null,
      values,
      complete: missingReason === null,
      missingReason,
      missingFeatures,
      history,
    };
  });
}
