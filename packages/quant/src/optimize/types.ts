/** A text shown to people: Korean first, English second. */
export interface LocalizedText {
  readonly ko: string;
  readonly en: string;
}

/**
 * A covariance (or any square) matrix: either row-major in one Float64Array of length n², or one
 * row per asset.
 */
export type MatrixInput = Float64Array | readonly ArrayLike<number>[];

/** Lower and upper limits on a weight or on the sum of a sector's weights (fractions, 1 = 100%). */
export interface WeightBounds {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Constraints on the portfolio. The weights always sum to 1 (fully invested); nothing else is
 * applied unless asked for, except long-only, which is on by default. Which optimisers accept which
 * constraint is in {@link SUPPORTED_CONSTRAINTS}.
 */
export interface PortfolioConstraints {
  /** Default true: no weight below 0. With false, weights are bounded only by the asset bounds. */
  readonly longOnly?: boolean;
  /** Bounds for every asset that has no entry in `assetBounds`. */
  readonly defaultAssetBounds?: WeightBounds;
  /** Bounds per asset id. */
  readonly assetBounds?: Readonly<Record<string, WeightBounds>>;
  /** Bounds on the summed weight of each sector, keyed by the labels in `sectors`. */
  readonly sectorBounds?: Readonly<Record<string, WeightBounds>>;
  /** At most this many assets with a non-zero weight. */
  readonly maxAssets?: number;
}

/** A universe of assets with annualised expected returns and covariance. */
export interface PortfolioProblem {
  readonly assetIds: readonly string[];
  /** Annualised expected returns, one per asset. Needed by the mean-variance optimisers. */
  readonly expectedReturns?: ArrayLike<number>;
  /** Annualised covariance, symmetric positive semi-definite. */
  readonly covariance: MatrixInput;
  /** Sector label per asset, aligned with `assetIds`. Needed for sector bounds. */
  readonly sectors?: readonly string[];
  readonly constraints?: PortfolioConstraints;
}

/** A universe described by return scenarios (rows: scenarios, columns: assets), for min-CVaR. */
export interface ScenarioProblem {
  readonly assetIds: readonly string[];
  /** T × n returns per period: row-major in one Float64Array of length T·n, or one row per scenario. */
  readonly scenarios: Float64Array | readonly ArrayLike<number>[];
  readonly sectors?: readonly string[];
  readonly constraints?: PortfolioConstraints;
}

export type OptimizationObjective =
  | 'min-volatility'
  | 'max-sharpe'
  | 'target-return'
  | 'target-risk'
  | 'efficient-frontier'
  | 'risk-parity'
  | 'hierarchical-risk-parity'
  | 'min-cvar';

export type OptimizationStatus =
  /** Proven optimal within the solver's tolerances; every constraint verified. */
  | 'OPTIMAL'
  /** Every constraint verified, optimality not proven (a heuristic took part). */
  | 'FEASIBLE'
  | 'INFEASIBLE'
  | 'UNBOUNDED'
  /** The solver proved one of the two without telling which (HiGHS presolve can). */
  | 'INFEASIBLE_OR_UNBOUNDED'
  /** The iteration limit was reached, or a heuristic gave up. */
  | 'NOT_CONVERGED'
  /** The solver finished, but its answer failed the constraint check; no weights are returned. */
  | 'NUMERICAL_ERROR';

export type ConstraintKind =
  | 'fully-invested'
  | 'long-only'
  | 'asset-bounds'
  | 'sector-bounds'
  | 'max-assets'
  | 'target-return'
  | 'target-volatility'
  | 'risk-budgets';

/** How a constraint is honoured by an optimiser. */
export type ConstraintSupport = 'exact' | 'heuristic' | 'unsupported';

export interface SolverReport {
  /** e.g. 'goldfarb-idnani', 'highs', 'spinu-newton', 'lopez-de-prado-hrp'. */
  readonly name: string;
  /** What was solved, in words (the formulation). */
  readonly method: string;
  /** Iterations of the underlying solver, summed over every solve this result needed. */
  readonly iterations: number | null;
}

export interface PortfolioMetrics {
  /** Expected return of the portfolio (null when no expected returns were given). */
  readonly expectedReturn: number | null;
  readonly volatility: number;
  /** (expected return − risk-free rate) / volatility, null without expected returns. */
  readonly sharpe: number | null;
  /**
   * Each asset's share of portfolio variance, w_i (Σw)_i / wᵀΣw; they sum to 1. Null for scenario
   * problems.
   */
  readonly riskContributions: Float64Array | null;
}

export interface TailRisk {
  readonly confidence: number;
  /** Value at risk per scenario period, as a positive loss. */
  readonly valueAtRisk: number;
  /** Conditional value at risk (expected shortfall) per scenario period, as a positive loss. */
  readonly conditionalValueAtRisk: number;
}

export interface ConstraintReport {
  /** Constraints that were applied to this problem. */
  readonly applied: readonly ConstraintKind[];
  /** How this optimiser handles each kind of constraint. */
  readonly support: Readonly<Record<ConstraintKind, ConstraintSupport>>;
  /** Absolute tolerance every returned weight vector was checked against. */
  readonly tolerance: number;
  /** Largest violation found when checking the returned weights (0 when none), null without weights. */
  readonly maxViolation: number | null;
}

export interface OptimizationResult {
  readonly objective: OptimizationObjective;
  readonly status: OptimizationStatus;
  /** Why the result is not OPTIMAL, Korean then English; null when OPTIMAL. */
  readonly reason: LocalizedText | null;
  readonly solver: SolverReport;
  /** What `objectiveValue` measures, e.g. 'volatility', 'sharpe-ratio', 'cvar'. */
  readonly objectiveName: string;
  readonly objectiveValue: number | null;
  readonly assetIds: readonly string[];
  /** Aligned with `assetIds`; null unless status is OPTIMAL or FEASIBLE. */
  readonly weights: Float64Array | null;
  readonly metrics: PortfolioMetrics | null;
  /** Min-CVaR only. */
  readonly tailRisk: TailRisk | null;
  readonly constraints: ConstraintReport;
}

export interface FrontierPoint {
  /** The return the point was asked to reach (min variance subject to return ≥ target). */
  readonly targetReturn: number;
  readonly status: OptimizationStatus;
  readonly weights: Float64Array | null;
  readonly expectedReturn: number | null;
  readonly volatility: number | null;
  readonly sharpe: number | null;
  readonly iterations: number;
}

export interface FrontierResult {
  readonly objective: 'efficient-frontier';
  /** OPTIMAL when every point is; otherwise the worst point's status. */
  readonly status: OptimizationStatus;
  readonly reason: LocalizedText | null;
  readonly solver: SolverReport;
  readonly assetIds: readonly string[];
  readonly riskFreeRate: number;
  /** From the minimum-volatility portfolio to the maximum-return one, evenly spaced in return. */
  readonly points: readonly FrontierPoint[];
  readonly constraints: ConstraintReport;
}
