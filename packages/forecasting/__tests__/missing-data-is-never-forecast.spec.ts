import * as ort from 'onnxruntime-node';
import {
  buildFeaturePanel,
  buildServingBatch,
  buildTrainingSet,
  exportOnnx,
  FEATURE_NAMES,
  featuresAsOf,
  ForecastingInputError,
  MINIMUM_HISTORY,
  predict,
  readOnnxModel,
  servingModelOf,
  trainForecaster,
} from '@capstone/forecasting';
import { describe, expect, it } from 'vitest';
import { syntheticMarket } from './synthetic-market.js';

const WIDTH = FEATURE_NAMES.length;
const column = (name: string) => FEATURE_NAMES.indexOf(name);

describe('missing data', () => {
  it('market features are NaN on a day whose latest KOSPI close is older than the previous bar', () => {
    const market = syntheticMarket(11, { instruments: 1, days: 320 });
    const dates = market.instruments[0]!.bars.map((bar) => bar.date);
    const gap = new Set([dates[300], dates[301]]);
    const panel = buildFeaturePanel({
      instruments: market.instruments,
      index: market.index.filter((bar) => !gap.has(bar.date)),
    });
    const values = panel.instruments[0]!.values;
    const kospiVolatility = (t: number) => values[t * WIDTH + column('kospi_volatility_20d')]!;
    // Day 300: KOSPI's close of day 299 is one bar old and still usable; day 301: two bars old.
    expect(Number.isFinite(kospiVolatility(300))).toBe(true);
    expect(Number.isNaN(kospiVolatility(301))).toBe(true);
    expect(Number.isFinite(kospiVolatility(302))).toBe(true);
  });

  it('rows with a NaN feature, or without 20 bars ahead, never enter a training set', () => {
    const market = syntheticMarket(12, { instruments: 2, days: 330 });
    const panel = buildFeaturePanel(market);
    const set = buildTrainingSet(panel, 'volatility');
    expect(set.features.every(Number.isFinite)).toBe(true);
    // Per instrument: bars MINIMUM_HISTORY-1 .. days-21 qualify.
    expect(set.rows).toBe(2 * (330 - 20 - (MINIMUM_HISTORY - 1)));
  });

  it('the serving batch leaves out instruments that are short of history or did not trade on the day, and says why', () => {
    const market = syntheticMarket(13, { instruments: 3, days: 300 });
    const asOf = market.index[299]!.date;
    const instruments = [
      market.instruments[0]!,
      { symbol: 'short', bars: market.instruments[1]!.bars.slice(-100) },
      { symbol: 'halted', bars: market.instruments[2]!.bars.slice(0, -1) },
    ];
    const batch = buildServingBatch({ instruments, index: market.index, asOf });
    expect(batch.symbols).toEqual([market.instruments[0]!.symbol]);
    expect(batch.dims).toEqual([1, WIDTH]);
    expect(batch.skipped.map(({ symbol, reason }) => ({ symbol, reason }))).toEqual([
      { symbol: 'short', reason: 'insufficient-history' },
      { symbol: 'halted', reason: 'no-bar-on-date' },
    ]);
    expect(batch.skipped[0]!.missingFeatures).toContain('drawdown_252d');
    expect(batch.skipped[0]!.reasonKo).toBe('과거 시세가 부족합니다');
    const [row] = featuresAsOf({
      instruments: [market.instruments[0]!],
      index: market.index,
      asOf,
    });
    expect(Array.from(batch.data)).toEqual(Array.from(Float32Array.from(row!.values)));
  });

  it('a model declaring a longer minimum history than an instrument has gets no row for it', () => {
    const market = syntheticMarket(14, { instruments: 2, days: 300 });
    const asOf = market.index[299]!.date;
    const batch = buildServingBatch({
      ...market,
      instruments: [
        market.instruments[0]!,
        { symbol: 'young', bars: market.instruments[1]!.bars.slice(-260) },
      ],
      asOf,
      model: { featureHash: buildFeaturePanel(market).featureHash, minimumHistory: 280 },
    });
    expect(batch.symbols).toEqual([market.instruments[0]!.symbol]);
    expect(batch.skipped[0]).toMatchObject({ symbol: 'young', reason: 'insufficient-history' });
  });

  it('a model trained on other features is refused by name before any batch is built', () => {
    const market = syntheticMarket(15, { instruments: 1, days: 260 });
    const call = () =>
      buildServingBatch({
        ...market,
        asOf: market.index[259]!.date,
        model: { featureHash: '0'.repeat(64), minimumHistory: MINIMUM_HISTORY },
      });
    expect(call).toThrow(ForecastingInputError);
    expect(call).toThrow(/model\.featureHash/);
  });

  it('a served batch through ONNX Runtime gives the forecasts the library computes for the same rows', async () => {
    const market = syntheticMarket(16, { instruments: 6, days: 900 });
    const set = buildTrainingSet(buildFeaturePanel(market), 'volatility');
    const { model } = await trainForecaster({
      set,
      candidates: [{ id: 'har', algorithm: 'linear', lambda: 0 }],
      validation: { folds: 2, holdOutDays: 100 },
    });
    const asOf = market.index[899]!.date;
    const bytes = exportOnnx(model);
    const batch = buildServingBatch({
      ...market,
      asOf,
      model: servingModelOf(readOnnxModel(bytes)),
    });
    const session = await ort.InferenceSession.create(bytes);
    const output = await session.run({
      [batch.inputName]: new ort.Tensor('float32', batch.data, [...batch.dims]),
    });
    const served = output.volatility!.data as Float32Array;
    const expected = predict(model, batch.data, batch.dims[0]);
    expect(served).toHaveLength(6);
    served.forEach((value, i) => expect(Math.abs(value - expected[i]!)).toBeLessThanOrEqual(1e-6));
  });
});
