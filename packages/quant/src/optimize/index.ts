export { OptimizationInputError, type OptimizationInputIssue } from './errors.js';
export { hierarchicalRiskParity, type HrpLinkageInput } from './hrp.js';
export {
  efficientFrontier,
  efficientReturn,
  efficientRisk,
  maximizeSharpe,
  minimizeVolatility,
} from './mean-variance.js';
export { minimizeCvar } from './min-cvar.js';
export { optimizePortfolio, type OptimizationRequest } from './optimize.js';
export { SUPPORTED_CONSTRAINTS } from './result.js';
export { riskParity } from './risk-parity.js';
export type * from './types.js';
export { CONSTRAINT_TOLERANCE } from './verify.js';
