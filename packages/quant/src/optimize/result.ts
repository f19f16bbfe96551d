import type { NormalizedConstraints, Universe } from './input.js';
import { dot, multiply } from './linear-algebra.js';
import type {
  ConstraintKind,
  ConstraintSupport,
  LocalizedText,
  OptimizationObjective,
  OptimizationResult,
  OptimizationStatus,
  PortfolioMetrics,
  SolverReport,
  TailRisk,
} from './types.js';
import {
  CONSTRAINT_TOLERANCE,
  cleanWeights,
  measureViolation,
  type ExtraChecks,
} from './verify.js';

type SupportTable = Readonly<Record<ConstraintKind, ConstraintSupport>>;

const MEAN_VARIANCE: SupportTable = {
  'fully-invested': 'exact',
  'long-only': 'exact',
  'asset-bounds': 'exact',
  'sector-bounds': 'exact',
  // A quadratic objective with a cardinality limit is a mixed-integer QP, which neither our QP
  // solver nor HiGHS solves; these optimisers drop the smallest weight and re-optimise instead.
  'max-assets': 'heuristic',
  'target-return': 'unsupported',
  'target-volatility': 'unsupported',
  'risk-budgets': 'unsupported',
};

const ALLOCATION_ONLY: SupportTable = {
  'fully-invested': 'exact',
  'long-only': 'exact',
  'asset-bounds': 'unsupported',
  'sector-bounds': 'unsupported',
  'max-assets': 'unsupported',
  'target-return': 'unsupported',
  'target-volatility': 'unsupported',
  'risk-budgets': 'unsupported',
};

/** Which optimiser honours which constraint, and how. */
export const SUPPORTED_CONSTRAINTS: Readonly<Record<OptimizationObjective, SupportTable>> = {
  'min-volatility': MEAN_VARIANCE,
  'max-sharpe': MEAN_VARIANCE,
  'target-return': { ...MEAN_VARIANCE, 'target-return': 'exact' },
  'target-risk': { ...MEAN_VARIANCE, 'target-volatility': 'exact' },
  'efficient-frontier': { ...MEAN_VARIANCE, 'target-return': 'exact' },
  'risk-parity': { ...ALLOCATION_ONLY, 'risk-budgets': 'exact' },
  'hierarchical-risk-parity': ALLOCATION_ONLY,
  // Linear objective: HiGHS solves the cardinality limit exactly as a MIP with binary indicators.
  'min-cvar': { ...MEAN_VARIANCE, 'max-assets': 'exact', 'target-return': 'exact' },
};

export const REASONS = {
  infeasible: {
    ko: '모든 제약 조건(종목·섹터 비중 한도, 합계 100% 등)을 동시에 만족하는 포트폴리오가 없습니다.',
    en: 'No portfolio satisfies all the constraints at once (asset and sector weight limits, weights summing to 100%, …).',
  },
  unbounded: {
    ko: '목적 함수가 한없이 좋아질 수 있습니다. 종목별 비중 한도를 지정하세요.',
    en: 'The objective can improve without limit; set weight bounds on the assets.',
  },
  notConverged: {
    ko: '반복 횟수 한도 안에 해를 찾지 못했습니다.',
    en: 'No solution was reached within the iteration limit.',
  },
  numerical: {
    ko: '솔버의 해가 제약 조건 검증을 통과하지 못해 비중을 반환하지 않습니다.',
    en: 'The solver’s answer failed the constraint check, so no weights are returned.',
  },
  heuristicCardinality: {
    ko: '최대 종목 수 제한은 휴리스틱(가장 작은 비중을 빼고 다시 최적화)으로 맞췄으므로 최적임이 보장되지 않습니다.',
    en: 'The maximum number of names was met by a heuristic (drop the smallest weight and re-optimise), so optimality is not guaranteed.',
  },
  heuristicCardinalityFailed: {
    ko: '휴리스틱으로는 최대 종목 수 제한을 지키는 포트폴리오를 찾지 못했습니다.',
    en: 'The heuristic found no portfolio within the maximum number of names.',
  },
  tooManyRequiredNames: {
    ko: '하한이 0보다 큰 종목 수가 최대 종목 수보다 많습니다.',
    en: 'More assets have a positive lower bound than the maximum number of names allows.',
  },
} satisfies Record<string, LocalizedText>;

export function reasonFor(status: OptimizationStatus): LocalizedText | null {
  switch (status) {
    case 'OPTIMAL':
      return null;
    case 'INFEASIBLE':
      return REASONS.infeasible;
    case 'UNBOUNDED':
    case 'INFEASIBLE_OR_UNBOUNDED':
      return REASONS.unbounded;
    case 'NOT_CONVERGED':
      return REASONS.notConverged;
    case 'NUMERICAL_ERROR':
      return REASONS.numerical;
    case 'FEASIBLE':
      return REASONS.heuristicCardinality;
  }
}

export function portfolioMetrics(
  weights: Float64Array,
  expectedReturns: Float64Array | null,
  covariance: Float64Array,
  riskFreeRate: number,
): PortfolioMetrics {
  const n = weights.length;
  const marginal = multiply(covariance, n, weights);
  const variance = dot(weights, marginal);
  const volatility = Math.sqrt(Math.max(0, variance));
  const riskContributions = new Float64Array(n);
  for (let i = 0; i < n; i++) riskContributions[i] = (weights[i]! * marginal[i]!) / variance;
  const expectedReturn = expectedReturns === null ? null : dot(expectedReturns, weights);
  return {
    expectedReturn,
    volatility,
    sharpe: expectedReturn === null ? null : (expectedReturn - riskFreeRate) / volatility,
    riskContributions,
  };
}

export interface ResultParts {
  readonly objective: OptimizationObjective;
  readonly universe: Universe;
  readonly constraints: NormalizedConstraints;
  readonly solver: SolverReport;
  readonly objectiveName: string;
}

/** A result that carries no weights. */
export function failedResult(
  parts: ResultParts,
  status: OptimizationStatus,
  reason: LocalizedText | null = reasonFor(status),
): OptimizationResult {
  return {
    objective: parts.objective,
    status,
    reason,
    solver: parts.solver,
    objectiveName: parts.objectiveName,
    objectiveValue: null,
    assetIds: parts.universe.assetIds,
    weights: null,
    metrics: null,
    tailRisk: null,
    constraints: constraintReport(parts, null),
  };
}

export function constraintReport(parts: ResultParts, maxViolation: number | null) {
  return {
    applied: parts.constraints.applied,
    support: SUPPORTED_CONSTRAINTS[parts.objective],
    tolerance: CONSTRAINT_TOLERANCE,
    maxViolation,
  };
}

export interface SolvedParts extends ResultParts {
  readonly status: 'OPTIMAL' | 'FEASIBLE';
  readonly reason?: LocalizedText | null;
  readonly weights: Float64Array;
  readonly extraChecks?: ExtraChecks;
  /** Computes the objective and metrics from the cleaned weights. */
  readonly evaluate: (weights: Float64Array) => {
    objectiveValue: number;
    metrics: PortfolioMetrics | null;
    tailRisk?: TailRisk;
  };
}

/**
 * Cleans the weights, checks them against every constraint and returns them only if they pass;
 * otherwise the result is NUMERICAL_ERROR with no weights.
 */
export function solvedResult(parts: SolvedParts): OptimizationResult {
  const weights = Float64Array.from(parts.weights);
  cleanWeights(weights, parts.constraints);
  const violation = measureViolation(weights, parts.universe, parts.constraints, parts.extraChecks);
  if (!(violation <= CONSTRAINT_TOLERANCE)) {
    return {
      ...failedResult(parts, 'NUMERICAL_ERROR'),
      constraints: constraintReport(parts, violation),
    };
  }
  const { objectiveValue, metrics, tailRisk } = parts.evaluate(weights);
  return {
    objective: parts.objective,
    status: parts.status,
    reason: parts.reason === undefined ? reasonFor(parts.status) : parts.reason,
    solver: parts.solver,
    objectiveName: parts.objectiveName,
    objectiveValue,
    assetIds: parts.universe.assetIds,
    weights,
    metrics,
    tailRisk: tailRisk ?? null,
    constraints: constraintReport(parts, Math.max(0, violation)),
  };
}
