import { ForecastingInputError } from './errors.js';
import type { FeaturePanel } from './features/compute.js';
import { TRADING_DAYS_PER_YEAR } from './features/definitions.js';

/** What a model forecasts over the next HORIZON_DAYS trading days. */
export type ForecastKind = 'volatility' | 'direction';

export const FORECAST_KINDS: readonly ForecastKind[] = ['volatility', 'direction'];

/** Trading days ahead that every target looks. */
export const HORIZON_DAYS = 20;

export const TARGET_DEFINITIONS: Record<ForecastKind, string> = {
  volatility: `sqrt(252 / ${HORIZON_DAYS} * sum(r[t+1..t+${HORIZON_DAYS}]^2)): realised volatility of the next ${HORIZON_DAYS} bars, zero-mean, annualised`,
  direction: `1 if close[t+${HORIZON_DAYS}] > close[t], else 0`,
};

/**
 * Complete feature rows with their targets, ordered by date then instrument. Dates are
 * positions in `dates`, the union of all instruments' trading days, which is the clock the
 * walk-forward windows and the embargo count in.
 */
export interface TrainingSet {
  readonly kind: ForecastKind;
  readonly featureNames: readonly string[];
  readonly featureHash: string;
  readonly rows: number;
  /** Row-major [row][feature], every value finite. */
  readonly features: Float64Array;
  /** Volatility: annualised realised volatility ahead (> 0). Direction: 0 or 1. */
  readonly target: Float64Array;
  /** The day the features are as of. */
  readonly dateIndex: Int32Array;
  /** The last day the target reads (the bar HORIZON_DAYS later). */
  readonly labelEndIndex: Int32Array;
  readonly instrumentIndex: Int32Array;
  readonly dates: readonly string[];
  readonly symbols: readonly string[];
}

export function assertKind(kind: unknown, field: string): asserts kind is ForecastKind {
  if (!FORECAST_KINDS.includes(kind as ForecastKind)) {
    throw new ForecastingInputError(
      field,
      `'volatility' 또는 'direction'이어야 합니다: ${JSON.stringify(kind)}`,
      `must be 'volatility' or 'direction': ${JSON.stringify(kind)}`,
    );
  }
}

function forwardTarget(kind: ForecastKind, closes: Float64Array, t: number): number {
  if (kind === 'direction') return closes[t + HORIZON_DAYS]! > closes[t]! ? 1 : 0;
  let sum = 0;
  for (let k = t + 1; k <= t + HORIZON_DAYS; k++) sum += Math.log(closes[k]! / closes[k - 1]!) ** 2;
  return Math.sqrt((TRADING_DAYS_PER_YEAR / HORIZON_DAYS) * sum);
}

/**
 * The rows a model may learn from: every instrument-day whose features are all finite and whose
 * target lies inside the data. A volatility target of 0 (a close that never moved) has no log
 * and is left out.
 */
export function buildTrainingSet(panel: FeaturePanel, kind: ForecastKind): TrainingSet {
  assertKind(kind, 'kind');
  const width = panel.featureNames.length;
  const dates = [...new Set(panel.instruments.flatMap((instrument) => instrument.dates))].sort();
  const position = new Map(dates.map((date, i) => [date, i]));

  const picked: { instrument: number; t: number; date: number; target: number }[] = [];
  panel.instruments.forEach((instrument, i) => {
    const n = instrument.dates.length;
    for (let t = 0; t + HORIZON_DAYS < n; t++) {
      let complete = true;
      for (let f = 0; f < width && complete; f++) {
        complete = Number.isFinite(instrument.values[t * width + f]!);
      }
      if (!complete) continue;
      const target = forwardTarget(kind, instrument.closes, t);
      if (kind === 'volatility' && !(target > 0)) continue;
      picked.push({ instrument: i, t, date: position.get(instrument.dates[t]!)!, target });
    }
  });
  picked.sort((a, b) => a.date - b.date || a.instrument - b.instrument);

  const rows = picked.length;
  const features = new Float64Array(rows * width);
  const target = new Float64Array(rows);
  const dateIndex = new Int32Array(rows);
  const labelEndIndex = new Int32Array(rows);
  const instrumentIndex = new Int32Array(rows);
  picked.forEach((row, r) => {
    const instrument = panel.instruments[row.instrument]!;
    features.set(instrument.values.subarray(row.t * width, (row.t + 1) * width), r * width);
    target[r] = row.target;
    dateIndex[r] = row.date;
    labelEndIndex[r] = position.get(instrument.dates[row.t + HORIZON_DAYS]!)!;
    instrumentIndex[r] = row.instrument;
  });
  return {
    kind,
    featureNames: panel.featureNames,
    featureHash: panel.featureHash,
    rows,
    features,
    target,
    dateIndex,
    labelEndIndex,
    instrumentIndex,
    dates,
    symbols: panel.instruments.map((instrument) => instrument.symbol),
  };
}
