import {
  buildFeaturePanel,
  buildTrainingSet,
  exportOnnx,
  featuresAsOf,
  ForecastingInputError,
  trainForecaster,
} from '@capstone/forecasting';
import { describe, expect, it } from 'vitest';
import { plantedSet, syntheticMarket } from './synthetic-market.js';

const market = syntheticMarket(51, { instruments: 2, days: 30 });

function fieldOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ForecastingInputError);
    const typed = error as ForecastingInputError;
    expect(typed.messageKo).not.toBe('');
    expect(typed.messageEn).not.toBe('');
    return typed.field;
  }
  throw new Error('did not throw');
}

async function fieldOfAsync(call: () => Promise<unknown>): Promise<string> {
  const error = await call().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ForecastingInputError);
  return (error as ForecastingInputError).field;
}

const withBar = (i: number, patch: Record<string, unknown>) => ({
  ...market,
  instruments: market.instruments.map((instrument, k) =>
    k === 1
      ? {
          ...instrument,
          bars: instrument.bars.map((bar, j) => (j === i ? { ...bar, ...patch } : bar)),
        }
      : instrument,
  ),
});

describe('bad input gets a typed error naming the field', () => {
  it('bars', () => {
    expect(fieldOf(() => buildFeaturePanel(withBar(3, { close: 0 })))).toBe(
      'instruments[1].bars[3].close',
    );
    expect(fieldOf(() => buildFeaturePanel(withBar(4, { close: Number.NaN })))).toBe(
      'instruments[1].bars[4].close',
    );
    expect(fieldOf(() => buildFeaturePanel(withBar(5, { volume: -1 })))).toBe(
      'instruments[1].bars[5].volume',
    );
    expect(fieldOf(() => buildFeaturePanel(withBar(6, { date: '2015-02-30' })))).toBe(
      'instruments[1].bars[6].date',
    );
    expect(
      fieldOf(() => buildFeaturePanel(withBar(7, { date: market.instruments[1]!.bars[6]!.date }))),
    ).toBe('instruments[1].bars[7].date');
    expect(
      fieldOf(() => buildFeaturePanel({ ...market, index: [{ date: '2015-01-05', close: -3 }] })),
    ).toBe('index[0].close');
    expect(
      fieldOf(() =>
        buildFeaturePanel({
          ...market,
          instruments: [market.instruments[0]!, market.instruments[0]!],
        }),
      ),
    ).toBe('instruments[1].symbol');
    expect(fieldOf(() => buildFeaturePanel({ index: market.index } as never))).toBe('instruments');
  });

  it('dates and kinds', () => {
    expect(fieldOf(() => featuresAsOf({ ...market, asOf: '20150105' }))).toBe('asOf');
    expect(fieldOf(() => buildTrainingSet(buildFeaturePanel(market), 'price' as never))).toBe(
      'kind',
    );
  });

  it('training options', async () => {
    const set = plantedSet('volatility', 52, { instruments: 3, days: 300 });
    expect(
      await fieldOfAsync(() =>
        trainForecaster({
          set,
          candidates: [
            { id: 'a', algorithm: 'linear', lambda: 0 },
            { id: 'a', algorithm: 'linear', lambda: 1 },
          ],
        }),
      ),
    ).toBe('candidates[1].id');
    expect(
      await fieldOfAsync(() =>
        trainForecaster({
          set,
          candidates: [{ id: 'x', algorithm: 'linear', lambda: 0, features: ['volatility_7d'] }],
          validation: { folds: 1, holdOutDays: 50 },
        }),
      ),
    ).toBe('candidates.x.features[0]');
    expect(await fieldOfAsync(() => trainForecaster({ set, seed: 1.5 }))).toBe('seed');
    expect(await fieldOfAsync(() => trainForecaster({ set, validation: { holdOutDays: 0 } }))).toBe(
      'validation.holdOutDays',
    );
    expect(await fieldOfAsync(() => trainForecaster({ set: {} as never }))).toBe('set');
  });

  it('export options', async () => {
    const set = plantedSet('direction', 53, { instruments: 3, days: 300 });
    const { model } = await trainForecaster({
      set,
      candidates: [{ id: 'logistic', algorithm: 'linear', lambda: 0.01 }],
      validation: { folds: 1, holdOutDays: 50 },
    });
    expect(fieldOf(() => exportOnnx(model, { modelVersion: -1 }))).toBe('modelVersion');
  });
});
