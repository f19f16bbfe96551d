import {
  DEFAULT_CANDIDATES,
  featuresAsOf,
  predict,
  type CandidateSpec,
  type ForecastKind,
} from '@capstone/forecasting';
import { createLogger } from '@capstone/observability';
import { describe, expect, it } from 'vitest';
import { forecastFromRows } from '../src/serving/forecasts.js';
import { ModelServer } from '../src/serving/model-server.js';
import { useAiDatabase } from './ai-database.js';
import { KRX_SYMBOLS, krxMarketData } from './krx-market.js';
import { trainAndPromote } from './train-with-library.js';

const ai = useAiDatabase();
const SYMBOLS = KRX_SYMBOLS.slice(10, 30);
const AS_OF = '2022-09-19';

const family = (kind: ForecastKind, id: string, changes: object): CandidateSpec => ({
  ...DEFAULT_CANDIDATES[kind].find((spec) => spec.id === id)!,
  ...changes,
});

describe('the served ONNX sessions', () => {
  it.each([
    [
      'gradient-boosted trees and an MLP',
      family('volatility', 'gbt', { trees: 20 }),
      family('direction', 'mlp', { epochs: 2 }),
    ],
    ['the linear models', family('volatility', 'har-x', {}), family('direction', 'logistic', {})],
  ])(
    'answer what the library predicts for every instrument, with %s',
    async (_name, volatilityCandidate, directionCandidate) => {
      const market = krxMarketData(SYMBOLS);
      const instruments = await market.history(SYMBOLS, '2019-06-01', AS_OF);
      const index = await market.kospi('2019-06-01', AS_OF);
      const volatility = await trainAndPromote({
        ...ai,
        instruments,
        index,
        kind: 'volatility',
        candidate: volatilityCandidate,
      });
      const direction = await trainAndPromote({
        ...ai,
        instruments,
        index,
        kind: 'direction',
        candidate: directionCandidate,
      });
      const server = new ModelServer(ai.prisma, ai.store, createLogger('ai-test', 'silent'));
      try {
        await server.refresh();
        const rows = featuresAsOf({ instruments, index, asOf: AS_OF });
        const outcomes = await server.withSnapshot((snapshot) =>
          forecastFromRows(
            SYMBOLS,
            new Map(rows.map((row) => [row.symbol, { ...row, asOf: AS_OF }])),
            snapshot,
          ),
        );
        let compared = 0;
        for (const row of rows) {
          const forecast = outcomes.get(row.symbol)?.forecast;
          expect(forecast !== null, `${row.symbol} forecast`).toBe(row.complete);
          if (!forecast) continue;
          // The library on the float32 values ONNX Runtime receives.
          const input = Float64Array.from(Float32Array.from(row.values));
          for (const [part, trained] of [
            [forecast.volatility, volatility],
            [forecast.probabilityUp, direction],
          ] as const) {
            expect(part.source).toBe('MODEL');
            expect(part.version.id).toBe(trained.version.id);
            const expected = predict(trained.model, input, 1)[0]!;
            expect(Math.abs(part.value - expected)).toBeLessThanOrEqual(
              1e-6 * Math.max(1, Math.abs(expected)),
            );
          }
          compared++;
        }
        expect(compared).toBeGreaterThan(15);
      } finally {
        await server.close();
      }
    },
    120_000,
  );
});
