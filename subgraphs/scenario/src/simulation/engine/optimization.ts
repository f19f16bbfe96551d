import {
  alignedReturns,
  efficientFrontier,
  ewmaCovariance,
  ledoitWolfCovariance,
  optimizePortfolio,
  OptimizationInputError,
  sampleCovariance,
  type FrontierResult,
  type OptimizationRequest,
  type OptimizationResult,
  type PortfolioConstraints,
  type PortfolioProblem,
} from '@capstone/quant';
import type {
  OptimizationConstraintsInput,
  OptimizationInputs,
  OptimizationObjectiveName,
} from '../inputs.js';
import {
  alignmentNotes,
  checkAbort,
  lastRows,
  loadAligned,
  RunInputError,
  valueWeights,
  type EngineContext,
} from './context.js';

const PERIODS_PER_YEAR = 252;
const mean = (xs: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  return sum / xs.length;
};

/** Annualised expected returns (historical means) and covariance of daily simple returns. */
export function estimate(
  returns: readonly Float64Array[],
  method: OptimizationInputs['covariance'],
): { expectedReturns: number[]; covariance: number[][] } {
  const daily =
    method === 'SAMPLE'
      ? sampleCovariance(returns)
      : method === 'EWMA'
        ? ewmaCovariance(returns)
        : ledoitWolfCovariance(returns).covariance;
  return {
    expectedReturns: returns.map((column) => mean(column) * PERIODS_PER_YEAR),
    covariance: daily.map((row) => Array.from(row, (v) => v * PERIODS_PER_YEAR)),
  };
}

export function quantConstraints(constraints: OptimizationConstraintsInput): PortfolioConstraints {
  return {
    longOnly: constraints.longOnly,
    ...(constraints.minWeight !== null || constraints.maxWeight !== null
      ? {
          defaultAssetBounds: {
            ...(constraints.minWeight !== null ? { min: constraints.minWeight } : {}),
            ...(constraints.maxWeight !== null ? { max: constraints.maxWeight } : {}),
          },
        }
      : {}),
    ...(constraints.maxAssets !== null ? { maxAssets: constraints.maxAssets } : {}),
    ...(constraints.sectorBounds.length
      ? {
          sectorBounds: Object.fromEntries(
            constraints.sectorBounds.map((b) => [
              b.sector,
              {
                ...(b.min !== null ? { min: b.min } : {}),
                ...(b.max !== null ? { max: b.max } : {}),
              },
            ]),
          ),
        }
      : {}),
  };
}

const QUANT_OBJECTIVE = {
  MIN_VOLATILITY: 'min-volatility',
  MAX_SHARPE: 'max-sharpe',
  TARGET_RETURN: 'target-return',
  TARGET_RISK: 'target-risk',
  RISK_PARITY: 'risk-parity',
  HIERARCHICAL_RISK_PARITY: 'hierarchical-risk-parity',
  MIN_CVAR: 'min-cvar',
} as const;

/** One optimiser request from our objective names (min-CVaR works on the return scenarios). */
export function optimizerRequest(
  objective: OptimizationObjectiveName,
  problem: PortfolioProblem,
  returns: readonly Float64Array[],
  options: {
    riskFreeRate: number;
    targetReturn?: number | null;
    targetVolatility?: number | null;
    cvarConfidence?: number;
  },
): OptimizationRequest {
  const riskFreeRate = options.riskFreeRate;
  switch (objective) {
    case 'TARGET_RETURN':
      return {
        objective: 'target-return',
        problem,
        targetReturn: options.targetReturn!,
        riskFreeRate,
      };
    case 'TARGET_RISK':
      return {
        objective: 'target-risk',
        problem,
        targetVolatility: options.targetVolatility!,
        riskFreeRate,
      };
    case 'MIN_CVAR':
      return {
        objective: 'min-cvar',
        problem: {
          assetIds: problem.assetIds,
          scenarios: Array.from(returns[0]!, (_, t) => returns.map((column) => column[t]!)),
          ...(problem.sectors ? { sectors: problem.sectors } : {}),
          ...(problem.constraints ? { constraints: problem.constraints } : {}),
        },
        confidence: options.cvarConfidence ?? 0.95,
      };
    default:
      return {
        objective: QUANT_OBJECTIVE[objective],
        problem,
        riskFreeRate,
      } as OptimizationRequest;
  }
}

/** The optimiser's refusal of an input, named as the run's input. */
export function asRunInputError(error: unknown): unknown {
  if (!(error instanceof OptimizationInputError)) return error;
  return new RunInputError('BAD_INPUT', `input.${error.field}`, error.messageKo, error.messageEn);
}

function pointOf(
  weights: ArrayLike<number>,
  mu: number[],
  sigma: number[][],
  riskFreeRate: number,
) {
  let expectedReturn = 0;
  let variance = 0;
  for (let i = 0; i < mu.length; i++) {
    expectedReturn += weights[i]! * mu[i]!;
    for (let j = 0; j < mu.length; j++) variance += weights[i]! * sigma[i]![j]! * weights[j]!;
  }
  const volatility = Math.sqrt(Math.max(0, variance));
  return {
    expectedReturn,
    volatility,
    sharpe: volatility > 0 ? (expectedReturn - riskFreeRate) / volatility : null,
  };
}

/**
 * Optimises the portfolio's universe on its look-back: the chosen objective under the
 * constraints, the efficient frontier for the chart, and the current portfolio on the same axes.
 * An infeasible problem reports its status and returns no weights.
 */
export async function runOptimizationEngine(inputs: OptimizationInputs, context: EngineContext) {
  context.progress(0.05, 'loading-data');
  const symbols = inputs.universe.map((u) => u.symbol);
  const aligned = lastRows(
    await loadAligned(context, symbols, inputs.dataFrom, inputs.asOf),
    inputs.lookbackDays,
  );
  context.progress(0.3, 'computing');
  const returns = alignedReturns(aligned, 'simple').returns;
  const { expectedReturns, covariance } = estimate(returns, inputs.covariance);
  const sectors = inputs.universe.map((u) => u.sector ?? '');
  const problem: PortfolioProblem = {
    assetIds: symbols,
    expectedReturns,
    covariance,
    sectors,
    constraints: quantConstraints(inputs.constraints),
  };
  let result: OptimizationResult;
  let frontier: FrontierResult;
  try {
    result = (await optimizePortfolio(
      optimizerRequest(inputs.objective, problem, returns, inputs),
    )) as OptimizationResult;
    checkAbort(context.signal);
    context.progress(0.6, 'frontier');
    frontier = efficientFrontier(
      { ...problem, constraints: { ...problem.constraints, maxAssets: undefined } },
      { points: inputs.frontierPoints, riskFreeRate: inputs.riskFreeRate },
    );
  } catch (error) {
    throw asRunInputError(error);
  }
  const held = new Map(valueWeights(inputs.holdings, aligned).map((p) => [p.symbol, p.weight]));
  const current = symbols.map((symbol) => held.get(symbol) ?? 0);
  const weights = result.weights;
  return {
    kind: 'OPTIMIZATION' as const,
    asOf: aligned.dates.at(-1)!,
    objective: inputs.objective,
    status: result.status,
    converged: result.status === 'OPTIMAL' || result.status === 'FEASIBLE',
    reason: result.reason,
    solver: result.solver,
    objectiveName: result.objectiveName,
    objectiveValue: result.objectiveValue,
    weights: weights
      ? symbols.map((symbol, i) => ({
          symbol,
          weight: weights[i]!,
          currentWeight: current[i]!,
          riskContribution: result.metrics?.riskContributions?.[i] ?? null,
        }))
      : null,
    portfolio: weights ? pointOf(weights, expectedReturns, covariance, inputs.riskFreeRate) : null,
    current: {
      ...pointOf(current, expectedReturns, covariance, inputs.riskFreeRate),
      weights: symbols.map((symbol, i) => ({ symbol, weight: current[i]! })),
    },
    frontier: frontier.points.map((point) => ({
      targetReturn: point.targetReturn,
      expectedReturn: point.expectedReturn,
      volatility: point.volatility,
      sharpe: point.sharpe,
      status: point.status,
    })),
    frontierStatus: frontier.status,
    tailRisk: result.tailRisk && {
      confidence: result.tailRisk.confidence,
      valueAtRisk: result.tailRisk.valueAtRisk,
      conditionalValueAtRisk: result.tailRisk.conditionalValueAtRisk,
    },
    constraints: {
      applied: [...result.constraints.applied],
      tolerance: result.constraints.tolerance,
      maxViolation: result.constraints.maxViolation,
    },
    estimation: {
      covariance: inputs.covariance,
      expectedReturns: symbols.map((symbol, i) => ({ symbol, value: expectedReturns[i]! })),
    },
    data: alignmentNotes(aligned),
  };
}

export type OptimizationResultData = Awaited<ReturnType<typeof runOptimizationEngine>>;
