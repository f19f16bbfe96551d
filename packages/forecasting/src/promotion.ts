import type { ForecastKind } from './dataset.js';
import { assertKind } from './dataset.js';
import { ForecastingInputError } from './errors.js';
import type { DirectionMetrics, Metrics, VolatilityMetrics } from './metrics.js';

/** A baseline's hold-out scores, with its name for the decision's reason. */
export interface BaselineResult {
  readonly id: string;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly metrics: Metrics;
}

export interface Comparison {
  readonly baseline: string;
  readonly metric: string;
  readonly model: number;
  readonly baselineValue: number;
  /** Strictly better (lower, or higher for AUC), with both numbers finite. */
  readonly better: boolean;
}

export interface PromotionDecision {
  readonly promote: boolean;
  readonly reasonKo: string;
  readonly reasonEn: string;
  readonly comparisons: readonly Comparison[];
}

interface Rule {
  readonly metric: string;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly higherIsBetter: boolean;
}

const RULES: Record<ForecastKind, readonly Rule[]> = {
  volatility: [
    { metric: 'qlike', nameKo: 'QLIKE', nameEn: 'QLIKE', higherIsBetter: false },
    { metric: 'rmse', nameKo: 'RMSE', nameEn: 'RMSE', higherIsBetter: false },
  ],
  direction: [
    { metric: 'logLoss', nameKo: '로그손실', nameEn: 'log loss', higherIsBetter: false },
    { metric: 'brier', nameKo: '브라이어 점수', nameEn: 'Brier score', higherIsBetter: false },
    { metric: 'auc', nameKo: 'AUC', nameEn: 'AUC', higherIsBetter: true },
  ],
};

export const BASELINE_NAMES = {
  trailingVolatility: {
    id: 'trailing-volatility-20d',
    nameKo: '직전 20일 실현변동성',
    nameEn: 'trailing 20-day realised volatility',
  },
  baseRate: {
    id: 'base-rate',
    nameKo: '기저율(훈련 기간 상승 비율)',
    nameEn: 'base rate (training share of rises)',
  },
} as const;

const metricValue = (metrics: Metrics, metric: string) =>
  (metrics as unknown as Record<string, number>)[metric] ?? NaN;

const format = (value: number) => (Number.isFinite(value) ? value.toFixed(4) : String(value));

/**
 * The promotion rule: a model goes live only if, on the hold-out, it beats every baseline on
 * every metric of its kind (volatility: QLIKE and RMSE; direction: log loss, Brier score and
 * AUC). Anything else, including a tie or a NaN, refuses it.
 */
export function decidePromotion(input: {
  readonly kind: ForecastKind;
  readonly model: VolatilityMetrics | DirectionMetrics;
  readonly baselines: readonly BaselineResult[];
}): PromotionDecision {
  assertKind(input?.kind, 'kind');
  if (!Array.isArray(input.baselines) || input.baselines.length === 0) {
    throw new ForecastingInputError(
      'baselines',
      '비교할 기준선이 하나 이상 있어야 합니다',
      'at least one baseline is needed to compare with',
    );
  }
  const rules = RULES[input.kind];
  const comparisons: Comparison[] = [];
  const losses: { ko: string; en: string }[] = [];
  const wins: { ko: string; en: string }[] = [];
  for (const baseline of input.baselines) {
    for (const rule of rules) {
      const model = metricValue(input.model, rule.metric);
      const baselineValue = metricValue(baseline.metrics, rule.metric);
      const better =
        Number.isFinite(model) &&
        Number.isFinite(baselineValue) &&
        (rule.higherIsBetter ? model > baselineValue : model < baselineValue);
      comparisons.push({
        baseline: baseline.id,
        metric: rule.metric,
        model,
        baselineValue,
        better,
      });
      const sign = better ? (rule.higherIsBetter ? '>' : '<') : 'vs';
      const text = {
        ko: `${rule.nameKo} ${format(model)} ${sign} ${format(baselineValue)}(${baseline.nameKo})`,
        en: `${rule.nameEn} ${format(model)} ${sign} ${format(baselineValue)} (${baseline.nameEn})`,
      };
      (better ? wins : losses).push(text);
    }
  }
  const promote = losses.length === 0;
  return promote
    ? {
        promote,
        reasonKo: `승격: 홀드아웃에서 모든 기준선을 앞섬 — ${wins.map((w) => w.ko).join(', ')}`,
        reasonEn: `Promoted: beats every baseline on the hold-out — ${wins.map((w) => w.en).join(', ')}`,
        comparisons,
      }
    : {
        promote,
        reasonKo: `승격 거부: 홀드아웃에서 기준선을 넘지 못함 — ${losses.map((l) => l.ko).join(', ')}`,
        reasonEn: `Not promoted: does not beat its baselines on the hold-out — ${losses.map((l) => l.en).join(', ')}`,
        comparisons,
      };
}
