import { OptimizationInputError } from './errors.js';
import { hierarchicalRiskParity, type HrpLinkageInput } from './hrp.js';
import {
  efficientFrontier,
  efficientReturn,
  efficientRisk,
  maximizeSharpe,
  minimizeVolatility,
} from './mean-variance.js';
import { minimizeCvar } from './min-cvar.js';
import { riskParity } from './risk-parity.js';
import type {
  FrontierResult,
  OptimizationResult,
  PortfolioProblem,
  ScenarioProblem,
} from './types.js';

/** One request shape for every optimiser, for job runners and tool calls. */
export type OptimizationRequest =
  | {
      readonly objective: 'min-volatility';
      readonly problem: PortfolioProblem;
      readonly riskFreeRate?: number;
    }
  | {
      readonly objective: 'max-sharpe';
      readonly problem: PortfolioProblem;
      readonly riskFreeRate?: number;
    }
  | {
      readonly objective: 'target-return';
      readonly problem: PortfolioProblem;
      readonly targetReturn: number;
      readonly riskFreeRate?: number;
    }
  | {
      readonly objective: 'target-risk';
      readonly problem: PortfolioProblem;
      readonly targetVolatility: number;
      readonly riskFreeRate?: number;
    }
  | {
      readonly objective: 'efficient-frontier';
      readonly problem: PortfolioProblem;
      readonly points?: number;
      readonly riskFreeRate?: number;
    }
  | {
      readonly objective: 'risk-parity';
      readonly problem: PortfolioProblem;
      readonly riskBudgets?: ArrayLike<number>;
      readonly riskFreeRate?: number;
    }
  | {
      readonly objective: 'hierarchical-risk-parity';
      readonly problem: PortfolioProblem;
      readonly linkage?: HrpLinkageInput;
      readonly riskFreeRate?: number;
    }
  | {
      readonly objective: 'min-cvar';
      readonly problem: ScenarioProblem;
      readonly confidence?: number;
      readonly targetReturn?: number;
    };

export async function optimizePortfolio(
  request: OptimizationRequest,
): Promise<OptimizationResult | FrontierResult> {
  switch (request.objective) {
    case 'min-volatility':
      return minimizeVolatility(request.problem, request);
    case 'max-sharpe':
      return maximizeSharpe(request.problem, request);
    case 'target-return':
      return efficientReturn(request.problem, request);
    case 'target-risk':
      return efficientRisk(request.problem, request);
    case 'efficient-frontier':
      return efficientFrontier(request.problem, request);
    case 'risk-parity':
      return riskParity(request.problem, request);
    case 'hierarchical-risk-parity':
      return hierarchicalRiskParity(request.problem, request);
    case 'min-cvar':
      return minimizeCvar(request.problem, request);
    default: {
      const objective = (request as { objective?: unknown }).objective;
      throw new OptimizationInputError(
        'INVALID_PARAMETER',
        'objective',
        `알 수 없는 최적화 목표입니다: ${String(objective)}`,
        `unknown optimisation objective: ${String(objective)}`,
      );
    }
  }
}
