import {
  validateIndexBars,
  validateInstruments,
  type DailyBar,
  type IndexBar,
  type InstrumentBars,
} from '../bars.js';
import {
  BETA_DAYS,
  BETA_MIN_PAIRS,
  FEATURES,
  RSI_PERIOD,
  RSI_WINDOW,
  TRADING_DAYS_PER_YEAR,
} from './definitions.js';

/**
 * Every feature at day t is computed directly from its own trailing window, never from running
 * sums or recursions that start at the first bar. So a value depends on its window alone: the
 * same bars give the same bits whether the caller passes eight years of history (training) or
 * the last year (serving), and nothing after t can reach it.
 */

/** The KOSPI series with its market features, one row per KOSPI close. */
export interface IndexSeries {
  readonly dates: readonly string[];
  readonly closes: Float64Array;
  /** Row-major [close][market feature], in the order of the market entries of FEATURES. */
  readonly market: Float64Array;
}

/** An instrument's series, aligned with KOSPI on its own dates. */
interface InstrumentSeries {
  readonly dates: readonly string[];
  readonly closes: Float64Array;
  /** r[k] = ln(close[k] / close[k-1]); NaN at 0. */
  readonly returns: Float64Array;
  readonly logVolumes: Float64Array;
  /** KOSPI log return between the dates of bars k-1 and k, NaN if KOSPI lacks either close. */
  readonly indexReturns: Float64Array;
  /** Row of IndexSeries whose market features hold on bar k's date, -1 if none does. */
  readonly marketRow: Int32Array;
}

const MARKET_FEATURES = FEATURES.filter((feature) => feature.market);
const annualised = (sumOfSquares: number, count: number) =>
  Math.sqrt((TRADING_DAYS_PER_YEAR * sumOfSquares) / count);

function logReturns(closes: Float64Array): Float64Array {
  const returns = new Float64Array(closes.length);
  returns[0] = NaN;
  for (let k = 1; k < closes.length; k++) returns[k] = Math.log(closes[k]! / closes[k - 1]!);
  return returns;
}

function realisedVolatility(returns: Float64Array, t: number, days: number): number {
  if (t < days) return NaN;
  let sum = 0;
  for (let k = t - days + 1; k <= t; k++) sum += returns[k]! * returns[k]!;
  return annualised(sum, days);
}

function mean(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k <= to; k++) sum += values[k]!;
  return sum / (to - from + 1);
}

function movingAverageGap(closes: Float64Array, t: number, days: number): number {
  if (t < days - 1) return NaN;
  return closes[t]! / mean(closes, t - days + 1, t) - 1;
}

function trailingReturn(closes: Float64Array, t: number, days: number): number {
  return t < days ? NaN : Math.log(closes[t]! / closes[t - days]!);
}

function drawdown(closes: Float64Array, t: number): number {
  if (t < 251) return NaN;
  let high = 0;
  for (let k = t - 251; k <= t; k++) if (closes[k]! > high) high = closes[k]!;
  return closes[t]! / high - 1;
}

function volumeZScore(logVolumes: Float64Array, t: number): number {
  if (t < 60) return NaN;
  const average = mean(logVolumes, t - 60, t - 1);
  let squares = 0;
  for (let k = t - 60; k < t; k++) squares += (logVolumes[k]! - average) ** 2;
  const std = Math.sqrt(squares / 60);
  return std > 0 ? (logVolumes[t]! - average) / std : NaN;
}

function beta(series: InstrumentSeries, t: number): number {
  if (t < BETA_DAYS) return NaN;
  let pairs = 0;
  let sumStock = 0;
  let sumIndex = 0;
  for (let k = t - BETA_DAYS + 1; k <= t; k++) {
    const m = series.indexReturns[k]!;
    if (Number.isNaN(m)) continue;
    pairs++;
    sumStock += series.returns[k]!;
    sumIndex += m;
  }
  if (pairs < BETA_MIN_PAIRS) return NaN;
  const stockMean = sumStock / pairs;
  const indexMean = sumIndex / pairs;
  let covariance = 0;
  let variance = 0;
  for (let k = t - BETA_DAYS + 1; k <= t; k++) {
    const m = series.indexReturns[k]!;
    if (Number.isNaN(m)) continue;
    covariance += (series.returns[k]! - stockMean) * (m - indexMean);
    variance += (m - indexMean) ** 2;
  }
  return variance > 0 ? covariance / variance : NaN;
}

function rsi(closes: Float64Array, t: number): number {
  if (t < RSI_WINDOW) return NaN;
  let gain = 0;
  let loss = 0;
  const first = t - RSI_WINDOW + 1;
  for (let k = first; k < first + RSI_PERIOD; k++) {
    const change = closes[k]! - closes[k - 1]!;
    if (change > 0) gain += change;
    else loss -= change;
  }
  gain /= RSI_PERIOD;
  loss /= RSI_PERIOD;
  for (let k = first + RSI_PERIOD; k <= t; k++) {
    const change = closes[k]! - closes[k - 1]!;
    gain = (gain * (RSI_PERIOD - 1) + (change > 0 ? change : 0)) / RSI_PERIOD;
    loss = (loss * (RSI_PERIOD - 1) + (change < 0 ? -change : 0)) / RSI_PERIOD;
  }
  return gain + loss > 0 ? (100 * gain) / (gain + loss) : 50;
}

type InstrumentFeature = (series: InstrumentSeries, t: number) => number;

const INSTRUMENT_FEATURES: Record<string, InstrumentFeature> = {
  return_5d: (s, t) => trailingReturn(s.closes, t, 5),
  return_20d: (s, t) => trailingReturn(s.closes, t, 20),
  return_60d: (s, t) => trailingReturn(s.closes, t, 60),
  volatility_5d: (s, t) => realisedVolatility(s.returns, t, 5),
  volatility_20d: (s, t) => realisedVolatility(s.returns, t, 20),
  volatility_60d: (s, t) => realisedVolatility(s.returns, t, 60),
  drawdown_252d: (s, t) => drawdown(s.closes, t),
  volume_z_60d: (s, t) => volumeZScore(s.logVolumes, t),
  [`beta_${BETA_DAYS}d`]: beta,
  [`rsi_${RSI_PERIOD}`]: (s, t) => rsi(s.closes, t),
  ma_gap_20d: (s, t) => movingAverageGap(s.closes, t, 20),
  ma_gap_60d: (s, t) => movingAverageGap(s.closes, t, 60),
};

type MarketFeature = (closes: Float64Array, returns: Float64Array, u: number) => number;

const MARKET_FEATURE_FUNCTIONS: Record<string, MarketFeature> = {
  kospi_volatility_20d: (_closes, returns, u) => realisedVolatility(returns, u, 20),
  kospi_ma_gap_60d: (closes, _returns, u) => movingAverageGap(closes, u, 60),
};

/** One function per column of FEATURES, in order; market columns read the aligned KOSPI row. */
const COLUMNS = FEATURES.map((feature) => {
  const market = MARKET_FEATURES.indexOf(feature);
  if (market >= 0) {
    if (!MARKET_FEATURE_FUNCTIONS[feature.name]) throw new Error(`no formula for ${feature.name}`);
    return { market };
  }
  const compute = INSTRUMENT_FEATURES[feature.name];
  if (!compute) throw new Error(`no formula for ${feature.name}`);
  return { compute };
});

export function prepareIndex(index: readonly IndexBar[]): IndexSeries {
  const closes = Float64Array.from(index, (bar) => bar.close);
  const returns = logReturns(closes);
  const width = MARKET_FEATURES.length;
  const market = new Float64Array(closes.length * width);
  for (let u = 0; u < closes.length; u++) {
    MARKET_FEATURES.forEach((feature, j) => {
      market[u * width + j] = MARKET_FEATURE_FUNCTIONS[feature.name]!(closes, returns, u);
    });
  }
  return { dates: index.map((bar) => bar.date), closes, market };
}

function prepareInstrument(bars: readonly DailyBar[], index: IndexSeries): InstrumentSeries {
  const n = bars.length;
  const dates = bars.map((bar) => bar.date);
  const closes = Float64Array.from(bars, (bar) => bar.close);
  const indexClose = new Float64Array(n).fill(NaN);
  const marketRow = new Int32Array(n).fill(-1);
  let u = -1;
  for (let k = 0; k < n; k++) {
    while (u + 1 < index.dates.length && index.dates[u + 1]! <= dates[k]!) u++;
    if (u < 0) continue;
    if (index.dates[u] === dates[k]) indexClose[k] = index.closes[u]!;
    // KOSPI's own close, or the one before it if KOSPI is missing today: never older than the
    // instrument's previous bar.
    if (index.dates[u] === dates[k] || (k > 0 && index.dates[u]! >= dates[k - 1]!)) {
      marketRow[k] = u;
    }
  }
  const indexReturns = new Float64Array(n).fill(NaN);
  for (let k = 1; k < n; k++) indexReturns[k] = Math.log(indexClose[k]! / indexClose[k - 1]!);
  return {
    dates,
    closes,
    returns: logReturns(closes),
    logVolumes: Float64Array.from(bars, (bar) => Math.log1p(bar.volume)),
    indexReturns,
    marketRow,
  };
}

function writeRow(
  series: InstrumentSeries,
  index: IndexSeries,
  t: number,
  out: Float64Array,
  offset: number,
): void {
  const row = series.marketRow[t]!;
  COLUMNS.forEach((column, f) => {
    out[offset + f] =
      column.compute !== undefined
        ? column.compute(series, t)
        : row < 0
          ? NaN
          : index.market[row * MARKET_FEATURES.length + column.market]!;
  });
}

/** Every day's features of one instrument. */
export interface InstrumentFeatures {
  readonly symbol: string;
  /** The instrument's bar dates. */
  readonly dates: readonly string[];
  readonly closes: Float64Array;
  /** Row-major [bar][feature]; NaN where a window is not yet full or KOSPI is missing. */
  readonly values: Float64Array;
}

/** Feature rows for every instrument on every one of its days. */
export interface FeaturePanel {
  readonly featureNames: readonly string[];
  readonly featureHash: string;
  readonly instruments: readonly InstrumentFeatures[];
}

export interface FeatureInput {
  /** Each instrument's bars, oldest first, trading days only. */
  readonly instruments: readonly InstrumentBars[];
  /** KOSPI closes, oldest first. */
  readonly index: readonly IndexBar[];
}

export function validateFeatureInput(input: FeatureInput): void {
  validateInstruments(input?.instruments, 'instruments');
  validateIndexBars(input.index, 'index');
}

export function computeInstrumentFeatures(
  instrument: InstrumentBars,
  index: IndexSeries,
): InstrumentFeatures {
  const series = prepareInstrument(instrument.bars, index);
  const width = FEATURES.length;
  const values = new Float64Array(series.closes.length * width);
  for (let t = 0; t < series.closes.length; t++) writeRow(series, index, t, values, t * width);
  return { symbol: instrument.symbol, dates: series.dates, closes: series.closes, values };
}

/** The feature row of one instrument on its bar t. */
export function computeFeatureRow(
  instrument: InstrumentBars,
  index: IndexSeries,
  t: number,
): Float64Array {
  const row = new Float64Array(FEATURES.length);
  writeRow(prepareInstrument(instrument.bars.slice(0, t + 1), index), index, t, row, 0);
  return row;
}
