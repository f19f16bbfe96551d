import {
  DEFAULT_CANDIDATES,
  DEFAULT_WALK_FORWARD,
  type CandidateSpec,
  type ForecastKind,
  type WalkForwardOptions,
} from '@capstone/forecasting';
import type { TrainingPlan } from '../generated/prisma/client.js';

export interface PlanSettings {
  /** Years of daily bars before the newest one. */
  readonly years: number;
  readonly candidates: Record<ForecastKind, readonly CandidateSpec[]>;
  readonly validation: WalkForwardOptions;
}

const candidate = (kind: ForecastKind, id: string): CandidateSpec =>
  DEFAULT_CANDIDATES[kind].find((spec) => spec.id === id)!;

/**
 * QUICK is the first model of a fresh platform, which must forecast within a minute of start-up:
 * the linear candidate of each kind (HAR; logistic) on three years, two folds and a 120-day
 * hold-out, still walk-forward with the 20-day embargo. FULL is the nightly retraining: every
 * candidate (linear, GBT, MLP) on AI_TRAINING_YEARS with four folds and a 250-day hold-out.
 */
export function planSettings(plan: TrainingPlan, trainingYears: number): PlanSettings {
  return plan === 'QUICK'
    ? {
        years: 3,
        candidates: {
          volatility: [candidate('volatility', 'har')],
          direction: [candidate('direction', 'logistic')],
        },
        validation: { folds: 2, holdOutDays: 120, embargoDays: DEFAULT_WALK_FORWARD.embargoDays },
      }
    : { years: trainingYears, candidates: DEFAULT_CANDIDATES, validation: DEFAULT_WALK_FORWARD };
}
