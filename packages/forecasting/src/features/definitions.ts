import { sha256Hex } from '../sha256.js';

/**
 * Bumped whenever a definition below changes meaning, so that a model trained on the old
 * features can never be fed the new ones (the feature hash changes with it).
 */
export const FEATURE_DEFINITIONS_VERSION = 1;

/** Trading days per year in every annualisation. */
export const TRADING_DAYS_PER_YEAR = 252;

export interface FeatureDefinition {
  readonly name: string;
  /** The exact formula; part of the feature hash. r[k] = ln(close[k] / close[k-1]). */
  readonly definition: string;
  /** Bars of the instrument (or KOSPI closes, for market features) the value at t reads. */
  readonly lookback: number;
  /** Computed from the KOSPI series alone, the same for every instrument on a day. */
  readonly market: boolean;
  /**
   * Positive and right-skewed: linear models and the MLP see ln(max(x, 1e-6)) of it, which the
   * exported graph does too. Trees split on the raw value.
   */
  readonly logScale: boolean;
}

const trailingReturn = (days: number): FeatureDefinition => ({
  name: `return_${days}d`,
  definition: `ln(close[t] / close[t-${days}])`,
  lookback: days + 1,
  market: false,
  logScale: false,
});

const realisedVolatility = (days: number): FeatureDefinition => ({
  name: `volatility_${days}d`,
  definition: `sqrt(252 * mean(r[t-${days - 1}..t]^2)), zero-mean, annualised`,
  lookback: days + 1,
  market: false,
  logScale: true,
});

const movingAverageGap = (days: number): FeatureDefinition => ({
  name: `ma_gap_${days}d`,
  definition: `close[t] / mean(close[t-${days - 1}..t]) - 1`,
  lookback: days,
  market: false,
  logScale: false,
});

/** Beta's window and the pairs it needs (KOSPI misses a few days the stock traded). */
export const BETA_DAYS = 120;
export const BETA_MIN_PAIRS = 100;
/** RSI is Wilder's, started afresh in a fixed window so the value depends on that window only. */
export const RSI_PERIOD = 14;
export const RSI_WINDOW = 100;
/** Floor before the log of a volatility (an instrument whose close did not move at all). */
export const LOG_FLOOR = 1e-6;

/** The feature vector, in the order of the model input's columns. */
export const FEATURES: readonly FeatureDefinition[] = [
  trailingReturn(5),
  trailingReturn(20),
  trailingReturn(60),
  realisedVolatility(5),
  realisedVolatility(20),
  realisedVolatility(60),
  {
    name: 'drawdown_252d',
    definition: 'close[t] / max(close[t-251..t]) - 1',
    lookback: 252,
    market: false,
    logScale: false,
  },
  {
    name: 'volume_z_60d',
    definition:
      '(v[t] - mean(v[t-60..t-1])) / std(v[t-60..t-1]), v = ln(1 + volume), population std, NaN if std = 0',
    lookback: 61,
    market: false,
    logScale: false,
  },
  {
    name: `beta_${BETA_DAYS}d`,
    definition: `cov(r, m) / var(m) over k in t-${BETA_DAYS - 1}..t where KOSPI closed on the dates of bars k-1 and k, m[k] = ln(kospi(date[k]) / kospi(date[k-1])); NaN below ${BETA_MIN_PAIRS} pairs`,
    lookback: BETA_DAYS + 1,
    market: false,
    logScale: false,
  },
  {
    name: `rsi_${RSI_PERIOD}`,
    definition: `Wilder RSI(${RSI_PERIOD}) of the last ${RSI_WINDOW} close changes: averages seeded with the simple mean of the first ${RSI_PERIOD}, then a = (13a + x) / 14; 100 * gain / (gain + loss), 50 if both are 0`,
    lookback: RSI_WINDOW + 1,
    market: false,
    logScale: false,
  },
  movingAverageGap(20),
  movingAverageGap(60),
  {
    name: 'kospi_volatility_20d',
    definition:
      'sqrt(252 * mean(m^2)) over the last 20 KOSPI log returns, as of the latest KOSPI close on or before date[t] and on or after date[t-1]',
    lookback: 21,
    market: true,
    logScale: true,
  },
  {
    name: 'kospi_ma_gap_60d',
    definition:
      'kospi / mean(last 60 KOSPI closes) - 1, as of the latest KOSPI close on or before date[t] and on or after date[t-1]',
    lookback: 60,
    market: true,
    logScale: false,
  },
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map((feature) => feature.name);

/** Bars an instrument needs before its first complete feature row. */
export const MINIMUM_HISTORY = Math.max(
  ...FEATURES.filter((feature) => !feature.market).map((feature) => feature.lookback),
);

/** KOSPI closes needed before the market features exist. */
export const MINIMUM_INDEX_HISTORY = Math.max(
  ...FEATURES.filter((feature) => feature.market).map((feature) => feature.lookback),
);

/**
 * A stable identity of the feature set for the model registry: sha256 of the definitions
 * version, the names in column order and their formulas. A model is only ever served features
 * whose hash equals the one it was trained on.
 */
export const FEATURE_HASH = sha256Hex(
  JSON.stringify({
    version: FEATURE_DEFINITIONS_VERSION,
    features: FEATURES.map(({ name, definition, lookback }) => [name, definition, lookback]),
  }),
);

export function featureIndex(name: string): number {
  const index = FEATURE_NAMES.indexOf(name);
  if (index < 0) throw new Error(`unknown feature ${name}`);
  return index;
}
