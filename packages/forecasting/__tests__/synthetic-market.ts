import {
  FEATURE_HASH,
  FEATURE_NAMES,
  FEATURES,
  HORIZON_DAYS,
  type ForecastKind,
  type IndexBar,
  type InstrumentBars,
  type TrainingSet,
} from '@capstone/forecasting';
import { createRandom, type Random } from '../src/random.js';

/** Weekdays from 2015-01-05, as YYYY-MM-DD. */
export function weekdays(count: number): string[] {
  const days: string[] = [];
  for (let ms = Date.UTC(2015, 0, 5); days.length < count; ms += 86_400_000) {
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

/** Daily log returns with GARCH(1,1) volatility clustering. */
function garchReturns(random: Random, days: number, scale: number): Float64Array {
  const returns = new Float64Array(days);
  const omega = 2e-6 * scale;
  let variance = omega / (1 - 0.08 - 0.9);
  for (let d = 0; d < days; d++) {
    returns[d] = Math.sqrt(variance) * random.normal();
    variance = omega + 0.08 * returns[d]! ** 2 + 0.9 * variance;
  }
  return returns;
}

/**
 * A small market that behaves like one: KOSPI and stocks with volatility clustering, stock
 * returns loaded on the index by a beta, volumes that rise with the size of the move.
 */
export function syntheticMarket(
  seed: number,
  options: { instruments?: number; days?: number } = {},
): { instruments: InstrumentBars[]; index: IndexBar[] } {
  const random = createRandom(seed);
  const days = options.days ?? 400;
  const dates = weekdays(days);
  const marketReturns = garchReturns(random, days, 1);
  let level = 2000;
  const index = dates.map((date, d) => ({ date, close: (level *= Math.exp(marketReturns[d]!)) }));
  const instruments = Array.from({ length: options.instruments ?? 3 }, (_, i) => {
    const beta = 0.6 + random.next() * 0.8;
    const own = garchReturns(random, days, 1 + 2 * random.next());
    let close = 10_000 + 1_000 * i;
    return {
      symbol: String(100_000 + i),
      bars: dates.map((date, d) => {
        const r = beta * marketReturns[d]! + own[d]!;
        close *= Math.exp(r);
        const volume = Math.round(Math.exp(12 + 0.3 * random.normal() + 20 * Math.abs(r)));
        return { date, close, volume };
      }),
    };
  });
  return { instruments, index };
}

/**
 * A TrainingSet with a planted relation: volatility ahead follows trailing volatility (HAR-like)
 * and a rise follows a positive 20-day return more often than not. Features are otherwise noise.
 * With `baselineIsBest`, the baseline is the best forecast there is: volatility ahead is
 * trailing volatility times noise with E[noise²] = 1, and rises are coin flips.
 */
export function plantedSet(
  kind: ForecastKind,
  seed: number,
  options: { instruments?: number; days?: number; baselineIsBest?: boolean } = {},
): TrainingSet {
  const random = createRandom(seed);
  const instruments = options.instruments ?? 20;
  const days = options.days ?? 600;
  const width = FEATURE_NAMES.length;
  const rows = instruments * days;
  const features = new Float64Array(rows * width);
  const target = new Float64Array(rows);
  const dateIndex = new Int32Array(rows);
  const labelEndIndex = new Int32Array(rows);
  const instrumentIndex = new Int32Array(rows);
  const volatility = FEATURE_NAMES.indexOf('volatility_20d');
  const momentum = FEATURE_NAMES.indexOf('return_20d');
  for (let d = 0, r = 0; d < days; d++) {
    for (let i = 0; i < instruments; i++, r++) {
      FEATURES.forEach((feature, f) => {
        features[r * width + f] = feature.logScale
          ? Math.exp(-1.2 + 0.4 * random.normal())
          : random.normal();
      });
      const trailing = features[r * width + volatility]!;
      const odds = options.baselineIsBest ? 0 : 1.2 * features[r * width + momentum]!;
      target[r] =
        kind === 'direction'
          ? Number(random.next() < 1 / (1 + Math.exp(-odds)))
          : options.baselineIsBest
            ? trailing * Math.exp(0.2 * random.normal() - 0.04)
            : Math.exp(-0.3 + 0.8 * Math.log(trailing) + 0.15 * random.normal());
      dateIndex[r] = d;
      labelEndIndex[r] = d + HORIZON_DAYS;
      instrumentIndex[r] = i;
    }
  }
  return {
    kind,
    featureNames: FEATURE_NAMES,
    featureHash: FEATURE_HASH,
    rows,
    features,
    target,
    dateIndex,
    labelEndIndex,
    instrumentIndex,
    dates: weekdays(days + HORIZON_DAYS),
    symbols: Array.from({ length: instruments }, (_, i) => String(200_000 + i)),
  };
}
