import { DEFAULT_CANDIDATES, type CandidateSpec, type ForecastKind } from '@capstone/forecasting';

/** The default candidates of every family, made small enough for tests. */
export function fastCandidates(kind: ForecastKind): CandidateSpec[] {
  return DEFAULT_CANDIDATES[kind].map((candidate) =>
    candidate.algorithm === 'gbt'
      ? { ...candidate, trees: 40 }
      : candidate.algorithm === 'mlp'
        ? { ...candidate, epochs: 12 }
        : candidate,
  );
}

export const FAST_VALIDATION = { folds: 3, holdOutDays: 150, embargoDays: 20 };
