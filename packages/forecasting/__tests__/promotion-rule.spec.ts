import { BASELINE_NAMES, decidePromotion, ForecastingInputError } from '@capstone/forecasting';
import { describe, expect, it } from 'vitest';

const trailing = {
  ...BASELINE_NAMES.trailingVolatility,
  metrics: { qlike: 0.5, rmse: 0.28, rows: 100 },
};
const baseRate = {
  ...BASELINE_NAMES.baseRate,
  metrics: { auc: 0.5, brier: 0.25, logLoss: 0.693, rows: 100 },
};

describe('the promotion rule', () => {
  it('promotes a volatility model that beats the baseline on QLIKE and RMSE', () => {
    const decision = decidePromotion({
      kind: 'volatility',
      model: { qlike: 0.33, rmse: 0.22, rows: 100 },
      baselines: [trailing],
    });
    expect(decision.promote).toBe(true);
    expect(decision.reasonKo).toBe(
      '승격: 홀드아웃에서 모든 기준선을 앞섬 — QLIKE 0.3300 < 0.5000(직전 20일 실현변동성), RMSE 0.2200 < 0.2800(직전 20일 실현변동성)',
    );
    expect(decision.reasonEn).toBe(
      'Promoted: beats every baseline on the hold-out — QLIKE 0.3300 < 0.5000 (trailing 20-day realised volatility), RMSE 0.2200 < 0.2800 (trailing 20-day realised volatility)',
    );
  });

  it('refuses a model that loses to any baseline on any metric, naming what it lost', () => {
    const garch = {
      id: 'garch-1-1',
      nameKo: 'GARCH(1,1)',
      nameEn: 'GARCH(1,1)',
      metrics: { qlike: 0.3, rmse: 0.3, rows: 100 },
    };
    const decision = decidePromotion({
      kind: 'volatility',
      model: { qlike: 0.33, rmse: 0.22, rows: 100 },
      baselines: [trailing, garch],
    });
    expect(decision.promote).toBe(false);
    expect(decision.reasonEn).toBe(
      'Not promoted: does not beat its baselines on the hold-out — QLIKE 0.3300 vs 0.3000 (GARCH(1,1))',
    );
    expect(decision.comparisons).toHaveLength(4);
  });

  it('refuses a tie and a NaN', () => {
    const promotes = (auc: number, brier: number, logLoss: number) =>
      decidePromotion({
        kind: 'direction',
        model: { auc, brier, logLoss, rows: 9 },
        baselines: [baseRate],
      }).promote;
    expect(promotes(0.6, 0.25, 0.6)).toBe(false);
    expect(promotes(NaN, 0.2, 0.6)).toBe(false);
    expect(promotes(0.55, 0.24, 0.68)).toBe(true);
  });

  it('needs a baseline to compare with', () => {
    const call = () =>
      decidePromotion({
        kind: 'volatility',
        model: { qlike: 0.1, rmse: 0.1, rows: 1 },
        baselines: [],
      });
    expect(call).toThrow(ForecastingInputError);
    expect(call).toThrow(/^baselines:/);
  });
});
