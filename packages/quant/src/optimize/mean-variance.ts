import { OptimizationInputError } from './errors.js';
import { readConstraints, readCovariance, readNumber, readUniverse, readVector } from './input.js';
import { dot } from './linear-algebra.js';
import {
  MeanVarianceModel,
  type MeanVarianceContext,
  type Outcome,
} from './mean-variance-model.js';
import {
  constraintReport,
  failedResult,
  portfolioMetrics,
  reasonFor,
  REASONS,
  solvedResult,
  type ResultParts,
} from './result.js';
import type {
  FrontierPoint,
  FrontierResult,
  LocalizedText,
  OptimizationObjective,
  OptimizationResult,
  OptimizationStatus,
  PortfolioProblem,
} from './types.js';
import { CONSTRAINT_TOLERANCE, cleanWeights, countHeld, measureViolation } from './verify.js';

const SOLVER = 'goldfarb-idnani';

function readContext(problem: PortfolioProblem, needsReturns: boolean): MeanVarianceContext {
  const universe = readUniverse(problem.assetIds, problem.sectors);
  const expectedReturns =
    needsReturns || problem.expectedReturns !== undefined
      ? readVector('expectedReturns', problem.expectedReturns, universe.n)
      : null;
  const covariance = readCovariance(problem.covariance, universe.n);
  const constraints = readConstraints(universe, problem.constraints, problem.sectors !== undefined);
  return { universe, constraints, expectedReturns, covariance };
}

/** A solve over the whole universe, or over the names a cardinality heuristic kept. */
interface Solved {
  readonly status: OptimizationStatus;
  readonly weights: Float64Array | null;
  readonly iterations: number;
  readonly heuristic: boolean;
  readonly regularised: boolean;
  readonly reason?: LocalizedText;
}

class Session {
  private full: MeanVarianceModel | undefined;

  constructor(readonly context: MeanVarianceContext) {}

  get model(): MeanVarianceModel {
    this.full ??= new MeanVarianceModel(
      this.context,
      Int32Array.from({ length: this.context.universe.n }, (_, i) => i),
    );
    return this.full;
  }

  /**
   * Runs `solve` on the whole universe; when more names than `maxAssets` are held, drops the
   * smallest droppable weight, re-solves on the names still held, and repeats (trying the next
   * smallest when a re-solve is infeasible). Each round strictly shrinks the set, so it ends.
   */
  solve(solve: (model: MeanVarianceModel) => Outcome): Solved {
    const { universe, constraints } = this.context;
    const limit = constraints.maxAssets;
    const required: number[] = [];
    for (let i = 0; i < universe.n; i++) {
      if (constraints.lower[i]! > 0 || constraints.upper[i]! < 0) required.push(i);
    }
    if (limit !== null && required.length > limit) {
      return this.failed('INFEASIBLE', 0, false, REASONS.tooManyRequiredNames);
    }
    let model = this.model;
    let outcome = solve(model);
    let iterations = outcome.iterations;
    const regularised = () => model.qp.regularisation > 0;
    if (outcome.x === null)
      return this.failed(outcome.status, iterations, regularised(), outcome.reason);
    for (let round = 0; ; round++) {
      const weights = new Float64Array(universe.n);
      model.keep.forEach((asset, k) => {
        weights[asset] = outcome.x![k]!;
      });
      cleanWeights(weights, constraints);
      if (limit === null || countHeld(weights) <= limit) {
        return {
          status: round === 0 ? 'OPTIMAL' : 'FEASIBLE',
          weights,
          iterations,
          heuristic: round > 0,
          regularised: regularised(),
        };
      }
      const held: number[] = [];
      for (let i = 0; i < universe.n; i++) {
        if (weights[i] !== 0 || required.includes(i)) held.push(i);
      }
      const droppable = held
        .filter((i) => !required.includes(i))
        .sort((a, b) => Math.abs(weights[a]!) - Math.abs(weights[b]!) || a - b);
      let next: { model: MeanVarianceModel; outcome: Outcome } | null = null;
      for (const drop of droppable) {
        const candidate = new MeanVarianceModel(
          this.context,
          Int32Array.from(held.filter((i) => i !== drop)),
        );
        const attempt = solve(candidate);
        iterations += attempt.iterations;
        if (attempt.x !== null) {
          next = { model: candidate, outcome: attempt };
          break;
        }
      }
      if (next === null) {
        return this.failed(
          'NOT_CONVERGED',
          iterations,
          regularised(),
          REASONS.heuristicCardinalityFailed,
        );
      }
      ({ model, outcome } = next);
    }
  }

  private failed(
    status: OptimizationStatus,
    iterations: number,
    regularised: boolean,
    reason?: LocalizedText,
  ): Solved {
    return { status, weights: null, iterations, heuristic: false, regularised, reason };
  }
}

function parts(
  context: MeanVarianceContext,
  objective: OptimizationObjective,
  objectiveName: string,
  method: string,
  solved: Solved | null,
): ResultParts {
  const notes = [
    solved?.heuristic ? 'max-assets by heuristic elimination' : null,
    solved?.regularised ? 'proximal point: the covariance is singular' : null,
  ].filter((note) => note !== null);
  return {
    objective,
    universe: context.universe,
    constraints: context.constraints,
    objectiveName,
    solver: {
      name: SOLVER,
      method: notes.length > 0 ? `${method} (${notes.join('; ')})` : method,
      iterations: solved?.iterations ?? 0,
    },
  };
}

function finish(
  context: MeanVarianceContext,
  resultParts: ResultParts,
  solved: Solved,
  riskFreeRate: number,
  objectiveValue: (metrics: ReturnType<typeof portfolioMetrics>) => number,
  extraChecks: Parameters<typeof measureViolation>[3] = {},
): OptimizationResult {
  if (solved.weights === null || (solved.status !== 'OPTIMAL' && solved.status !== 'FEASIBLE')) {
    return failedResult(resultParts, solved.status, solved.reason ?? reasonFor(solved.status));
  }
  return solvedResult({
    ...resultParts,
    status: solved.status,
    weights: solved.weights,
    extraChecks,
    evaluate: (weights) => {
      const metrics = portfolioMetrics(
        weights,
        context.expectedReturns,
        context.covariance,
        riskFreeRate,
      );
      return { objectiveValue: objectiveValue(metrics), metrics };
    },
  });
}

function readRiskFreeRate(value: number | undefined): number {
  return readNumber('riskFreeRate', value, 0);
}

/** The long-only (or bounded) minimum-variance portfolio. Expected returns are optional. */
export function minimizeVolatility(
  problem: PortfolioProblem,
  options: { riskFreeRate?: number } = {},
): OptimizationResult {
  const context = readContext(problem, false);
  const riskFreeRate = readRiskFreeRate(options.riskFreeRate);
  const solved = new Session(context).solve((model) => model.minVariance(null));
  const resultParts = parts(
    context,
    'min-volatility',
    'volatility',
    'min wᵀΣw (dual active-set QP)',
    solved,
  );
  return finish(context, resultParts, solved, riskFreeRate, (m) => m.volatility);
}

/** The tangency portfolio: maximum (μᵀw − r_f)/σ(w), solved as one convex QP. */
export function maximizeSharpe(
  problem: PortfolioProblem,
  options: { riskFreeRate?: number } = {},
): OptimizationResult {
  const context = readContext(problem, true);
  const riskFreeRate = readRiskFreeRate(options.riskFreeRate);
  const session = new Session(context);
  const solved = session.solve((model) => model.maxSharpe(riskFreeRate));
  const resultParts = parts(
    context,
    'max-sharpe',
    'sharpe-ratio',
    'Cornuejols–Tütüncü: min yᵀΣy s.t. (μ − r_f)ᵀy = 1 and the homogenised constraints, w = y / Σy',
    solved,
  );
  if (solved.status === 'INFEASIBLE' && session.model.minVariance(null).x !== null) {
    return failedResult(resultParts, 'INFEASIBLE', {
      ko: `제약 조건을 지키면서 기대수익률이 무위험 수익률 ${riskFreeRate}을(를) 넘는 포트폴리오가 없어 샤프 비율을 최대화할 수 없습니다.`,
      en: `No portfolio within the constraints has an expected return above the risk-free rate ${riskFreeRate}, so there is no maximum Sharpe ratio.`,
    });
  }
  return finish(context, resultParts, solved, riskFreeRate, (m) => m.sharpe!);
}

/** Minimum volatility subject to expected return ≥ `targetReturn`. */
export function efficientReturn(
  problem: PortfolioProblem,
  options: { targetReturn: number; riskFreeRate?: number },
): OptimizationResult {
  const context = readContext(problem, true);
  const target = readNumber('targetReturn', options.targetReturn, undefined);
  const riskFreeRate = readRiskFreeRate(options.riskFreeRate);
  const session = new Session(context);
  const solved = session.solve((model) => model.minVariance(target));
  const resultParts = parts(
    context,
    'target-return',
    'volatility',
    'min wᵀΣw s.t. μᵀw ≥ target (dual active-set QP)',
    solved,
  );
  if (solved.status === 'INFEASIBLE' && session.model.hasFiniteLowerBounds()) {
    const top = session.model.maxReturn();
    if (top.x !== null && target > top.value) {
      return failedResult(resultParts, 'INFEASIBLE', {
        ko: `목표 수익률 ${target}이(가) 제약 조건에서 가능한 최대 기대수익률 ${top.value}보다 높습니다.`,
        en: `The target return ${target} is above the highest expected return the constraints allow, ${top.value}.`,
      });
    }
  }
  return finish(context, resultParts, solved, riskFreeRate, (m) => m.volatility, {
    minReturn: { expectedReturns: context.expectedReturns!, target },
  });
}

function requireFiniteLowerBounds(session: Session, objective: string): void {
  if (!session.model.hasFiniteLowerBounds()) {
    throw new OptimizationInputError(
      'UNSUPPORTED_CONSTRAINT',
      'constraints.assetBounds',
      `${objective}은(는) 공매도를 허용할 때 모든 종목에 하한(min)이 있어야 합니다`,
      `${objective} needs a lower bound (min) on every asset when short selling is allowed`,
    );
  }
}

/** Maximum expected return subject to volatility ≤ `targetVolatility`. */
export function efficientRisk(
  problem: PortfolioProblem,
  options: { targetVolatility: number; riskFreeRate?: number },
): OptimizationResult {
  const context = readContext(problem, true);
  const target = readNumber('targetVolatility', options.targetVolatility, undefined, (v) => v > 0, [
    '0보다 큰 유한한 수여야 합니다',
    'must be a finite number above 0',
  ]);
  const riskFreeRate = readRiskFreeRate(options.riskFreeRate);
  const session = new Session(context);
  requireFiniteLowerBounds(session, 'target-risk');
  const solved = session.solve((model) => model.maxReturnForVolatility(target));
  const resultParts = parts(
    context,
    'target-risk',
    'expected-return',
    'max μᵀw s.t. σ(w) ≤ target: Newton and chord steps on the convex frontier v(r) = min{wᵀΣw : μᵀw ≥ r}, one QP each',
    solved,
  );
  return finish(context, resultParts, solved, riskFreeRate, (m) => m.expectedReturn!, {
    maxVolatility: { covariance: context.covariance, target },
  });
}

const STATUS_SEVERITY: readonly OptimizationStatus[] = [
  'OPTIMAL',
  'FEASIBLE',
  'NOT_CONVERGED',
  'NUMERICAL_ERROR',
  'UNBOUNDED',
  'INFEASIBLE_OR_UNBOUNDED',
  'INFEASIBLE',
];

/**
 * `points` portfolios (default 50) from the minimum-volatility one to the maximum-return one,
 * evenly spaced in expected return; each is the minimum-variance portfolio reaching its return.
 */
export function efficientFrontier(
  problem: PortfolioProblem,
  options: { points?: number; riskFreeRate?: number } = {},
): FrontierResult {
  const context = readContext(problem, true);
  const count = readNumber(
    'points',
    options.points,
    50,
    (k) => Number.isInteger(k) && k >= 2 && k <= 1000,
    ['2 이상 1000 이하의 정수여야 합니다', 'must be an integer from 2 to 1000'],
  );
  const riskFreeRate = readRiskFreeRate(options.riskFreeRate);
  const session = new Session(context);
  requireFiniteLowerBounds(session, 'efficient-frontier');
  const minimum = session.solve((model) => model.minVariance(null));
  let iterations = minimum.iterations;
  const resultParts = parts(
    context,
    'efficient-frontier',
    'volatility',
    'min wᵀΣw s.t. μᵀw ≥ target for evenly spaced targets (dual active-set QP)',
    minimum,
  );
  const empty = (status: OptimizationStatus, reason: LocalizedText | null): FrontierResult => ({
    objective: 'efficient-frontier',
    status,
    reason,
    solver: { ...resultParts.solver, iterations },
    assetIds: context.universe.assetIds,
    riskFreeRate,
    points: [],
    constraints: constraintReport(resultParts, null),
  });
  if (minimum.weights === null) {
    return empty(minimum.status, minimum.reason ?? reasonFor(minimum.status));
  }
  const top = session.model.maxReturn();
  if (top.x === null) return empty(top.status, reasonFor(top.status));

  const mu = context.expectedReturns!;
  const lowest = dot(mu, minimum.weights);
  const highest = Math.max(top.value, lowest);
  const points: FrontierPoint[] = [];
  let worst: OptimizationStatus = 'OPTIMAL';
  let heuristic = minimum.heuristic;
  let maxViolation = 0;
  for (let k = 0; k < count; k++) {
    const target = k === count - 1 ? highest : lowest + ((highest - lowest) * k) / (count - 1);
    const solved =
      k === 0
        ? minimum
        : session.solve((model) =>
            k === count - 1 ? model.minVarianceAtTop(target) : model.minVariance(target),
          );
    if (k > 0) iterations += solved.iterations;
    heuristic ||= solved.heuristic;
    let status = solved.status;
    let weights = solved.weights;
    if (weights !== null) {
      const violation = measureViolation(weights, context.universe, context.constraints, {
        minReturn: { expectedReturns: mu, target },
      });
      if (!(violation <= CONSTRAINT_TOLERANCE)) {
        status = 'NUMERICAL_ERROR';
        weights = null;
      } else {
        maxViolation = Math.max(maxViolation, violation);
      }
    }
    if (STATUS_SEVERITY.indexOf(status) > STATUS_SEVERITY.indexOf(worst)) worst = status;
    const metrics =
      weights === null ? null : portfolioMetrics(weights, mu, context.covariance, riskFreeRate);
    points.push({
      targetReturn: target,
      status,
      weights,
      expectedReturn: metrics?.expectedReturn ?? null,
      volatility: metrics?.volatility ?? null,
      sharpe: metrics?.sharpe ?? null,
      iterations: solved.iterations,
    });
  }
  const method = heuristic
    ? `${resultParts.solver.method} (max-assets by heuristic elimination)`
    : resultParts.solver.method;
  return {
    objective: 'efficient-frontier',
    status: worst,
    reason: worst === 'FEASIBLE' ? REASONS.heuristicCardinality : reasonFor(worst),
    solver: { name: SOLVER, method, iterations },
    assetIds: context.universe.assetIds,
    riskFreeRate,
    points,
    constraints: constraintReport(resultParts, maxViolation),
  };
}
