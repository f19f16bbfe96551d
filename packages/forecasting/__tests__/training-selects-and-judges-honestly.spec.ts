import {
  exportOnnx,
  FORECAST_KINDS,
  trainForecaster,
  type TrainingProgress,
} from '@capstone/forecasting';
import { describe, expect, it } from 'vitest';
import { FAST_VALIDATION, fastCandidates } from './fast-candidates.js';
import { plantedSet } from './synthetic-market.js';

describe.each(FORECAST_KINDS)('training a %s forecaster', (kind) => {
  it('finds a planted relation: every family beats its baseline on the hold-out and the choice is promoted', async () => {
    const set = plantedSet(kind, 21);
    const result = await trainForecaster({
      set,
      candidates: fastCandidates(kind),
      validation: FAST_VALIDATION,
      holdOutForAllCandidates: true,
    });
    const { record } = result;
    const baseline = record.holdOut.baselines[0]!.metrics as unknown as Record<string, number>;
    const metric = kind === 'volatility' ? 'qlike' : 'logLoss';
    for (const candidate of record.candidates) {
      expect((candidate.holdOut as unknown as Record<string, number>)[metric]).toBeLessThan(
        baseline[metric]!,
      );
    }
    expect(record.promotion.promote).toBe(true);
    expect(record.promotion.reasonEn).toMatch(/^Promoted/);
    expect(record.promotion.reasonKo).toMatch(/^승격:/);
    // The selected candidate is the best by the validation metric, not by the hold-out.
    const best = [...record.candidates].sort(
      (a, b) =>
        (a.validation as unknown as Record<string, number>)[metric]! -
        (b.validation as unknown as Record<string, number>)[metric]!,
    )[0]!;
    expect(record.algorithm).toBe(best.id);
    expect(record.candidates.filter((c) => c.selected).map((c) => c.id)).toEqual([best.id]);
    expect(result.model.algorithm).toBe(best.id);
    expect(record.trainingWindow.to < record.holdOutWindow.from).toBe(true);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  }, 120_000);

  it('refuses a model that cannot beat its baseline, with the numbers in Korean and English', async () => {
    const { record } = await trainForecaster({
      set: plantedSet(kind, 22, { baselineIsBest: true }),
      candidates: fastCandidates(kind).filter((c) => c.algorithm === 'gbt'),
      validation: FAST_VALIDATION,
    });
    expect(record.promotion.promote).toBe(false);
    expect(record.promotion.reasonEn).toMatch(/^Not promoted/);
    expect(record.promotion.reasonKo).toMatch(/^승격 거부/);
    const lost = record.promotion.comparisons.find((c) => !c.better)!;
    expect(record.promotion.reasonEn).toContain(lost.model.toFixed(4));
    expect(record.promotion.reasonKo).toContain(lost.baselineValue.toFixed(4));
  }, 120_000);
});

describe('training is reproducible', () => {
  it('the same seed gives the same bytes, another seed another boosted model', async () => {
    const set = plantedSet('direction', 23, { instruments: 10, days: 400 });
    const options = {
      set,
      candidates: fastCandidates('direction').filter((c) => c.algorithm !== 'linear'),
      validation: { folds: 1, holdOutDays: 100 },
      holdOutForAllCandidates: true,
    };
    const first = await trainForecaster({ ...options, seed: 5 });
    const again = await trainForecaster({ ...options, seed: 5 });
    const other = await trainForecaster({ ...options, seed: 6 });
    for (const id of ['gbt', 'mlp']) {
      const bytes = exportOnnx(first.candidateModels.get(id)!);
      expect(exportOnnx(again.candidateModels.get(id)!)).toEqual(bytes);
      expect(exportOnnx(other.candidateModels.get(id)!)).not.toEqual(bytes);
    }
    expect(again.record).toEqual(first.record);
  }, 120_000);
});

describe('training reports progress and can be stopped', () => {
  const options = () => ({
    set: plantedSet('volatility', 24, { instruments: 10, days: 400 }),
    candidates: fastCandidates('volatility'),
    validation: { folds: 2, holdOutDays: 100 },
  });

  it('reports every fit once, in order, up to the total', async () => {
    const events: TrainingProgress[] = [];
    await trainForecaster({ ...options(), onProgress: (event) => events.push(event) });
    // 4 candidates × 2 folds, then the selected one on the hold-out.
    expect(events.map((e) => e.completedFits)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(events.every((e) => e.totalFits === 9)).toBe(true);
    expect(events.slice(0, 8).every((e) => e.stage === 'validation')).toBe(true);
    expect(events[8]).toMatchObject({ stage: 'hold-out', fold: null });
  }, 120_000);

  it('rejects with the abort reason when aborted mid-way, and at once when aborted before', async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    const training = trainForecaster({
      ...options(),
      signal: controller.signal,
      onProgress: (event) => {
        if (event.completedFits === 5) controller.abort(reason);
      },
    });
    await expect(training).rejects.toBe(reason);
    await expect(trainForecaster({ ...options(), signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
  }, 120_000);
});
