export { QuantAbortError, QuantInputError } from './errors.js';
export {
  alignedReturns,
  alignOnKrxCalendar,
  DEFAULT_ALIGNMENT_POLICY,
  type AlignedPrices,
  type AlignedReturns,
  type AlignmentIssue,
  type AlignmentPolicy,
  type AlignmentReport,
  type AlignOptions,
  type PriceSeries,
} from './align.js';
export { choleskyWithFallback, type CholeskyResult, type PdRepair } from './cholesky.js';
export {
  correlationFromCovariance,
  ewmaCovariance,
  ledoitWolfCovariance,
  sampleCovariance,
  type EwmaOptions,
  type MatrixRows,
  type ShrinkageTarget,
  type ShrunkCovariance,
} from './covariance.js';
export { drawdowns, type DrawdownSeries, type MaxDrawdown } from './drawdown.js';
export {
  performanceMetrics,
  portfolioCurve,
  type EquityCurve,
  type MetricsOptions,
  type PerformanceMetrics,
  type RelativeMetrics,
} from './metrics.js';
export { normalQuantile } from './normal.js';
export {
  compound,
  logReturns,
  portfolioReturns,
  simpleReturns,
  type PortfolioRebalancing,
  type ReturnKind,
} from './returns.js';
export { histogram, type Histogram } from './stats.js';
export {
  cornishFisherVar,
  gaussianVar,
  historicalVar,
  type VarEstimate,
  type VarMethod,
} from './var.js';
export * from './optimize/index.js';
export {
  BAND_PERCENTILES,
  gbmFromAnnual,
  gbmFromHistory,
  monteCarloVar,
  MonteCarloPool,
  runMonteCarlo,
  type BootstrapModelInput,
  type GbmModelInput,
  type MonteCarloInput,
  type MonteCarloModelInput,
  type MonteCarloOptions,
  type MonteCarloResult,
  type TailEstimate,
} from './montecarlo/index.js';
export {
  NO_COSTS,
  runBacktest,
  type BacktestInput,
  type BacktestResult,
  type BacktestStrategy,
  type CalendarFrequency,
  type CostModel,
  type LedgerEntry,
  type Market,
  type RebalanceRule,
  type Side,
  type Trade,
  type TrailingData,
  type WeightFunction,
} from './backtest/index.js';
export {
  factorStress,
  historicalStress,
  type BetaEstimate,
  type HistoricalReplay,
  type HistoricalScenario,
  type HistoricalStressResult,
  type HoldingImpact,
  type Shock,
  type StressFactor,
  type StressHolding,
  type StressInput,
  type StressResult,
} from './stress.js';
