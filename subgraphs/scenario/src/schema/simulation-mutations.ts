import { builder } from '../builder.js';
import { submitRun } from '../simulation/submit.js';
import { SimulationRun } from './simulation-run.js';
import { ShockInput } from './user-scenario.js';

const SEED = {
  description:
    'The random seed (0 to 2147483647). Omitted: derived from the inputs’ hash, so the same inputs give the same numbers.',
};
const AS_OF = {
  type: 'Date',
  description:
    'The last day of market data to use (the data date). Omitted: the latest close every holding has.',
} as const;

const StressTestInput = builder.inputType('StressTestInput', {
  description:
    'A stress test of a portfolio: give exactly one of templateId (a built-in scenario), scenarioId (one of yours) or shocks.',
  fields: (t) => ({
    portfolioId: t.id({ required: true, description: 'Your portfolio.' }),
    templateId: t.id({ description: 'A scenario template, e.g. "gfc-2008".' }),
    scenarioId: t.id({ description: 'One of your scenarios.' }),
    shocks: t.field({ type: [ShockInput], description: 'Shocks given here and now.' }),
    betaWindowDays: t.int({
      description: 'Trading days of returns each beta is estimated over (20 to 1260, default 252).',
    }),
    asOf: t.field(AS_OF),
    seed: t.int(SEED),
  }),
});

const MonteCarloModel = builder.enumType('MonteCarloModel', {
  description: 'How Monte Carlo paths are drawn.',
  values: {
    GBM: { description: 'Correlated geometric Brownian motion fitted to the look-back.' },
    BOOTSTRAP: { description: 'A stationary block bootstrap of the look-back’s days.' },
  },
});

const CashFlowInput = builder.inputType('CashFlowInput', {
  description: 'Money added (or, negative, withdrawn) every few trading days.',
  fields: (t) => ({
    amount: t.field({
      type: 'Decimal',
      required: true,
      description: 'KRW each time; negative withdraws.',
    }),
    everyDays: t.int({ required: true, description: 'Every this many trading days (1 to 2520).' }),
  }),
});

const MonteCarloInput = builder.inputType('MonteCarloInput', {
  description: 'A Monte Carlo projection of a portfolio’s holdings.',
  fields: (t) => ({
    portfolioId: t.id({ required: true, description: 'Your portfolio.' }),
    model: t.field({ type: MonteCarloModel, description: 'GBM (default) or BOOTSTRAP.' }),
    blockLength: t.int({ description: 'Mean block length for BOOTSTRAP (1 to 250, default 10).' }),
    horizonDays: t.int({ description: 'Trading days ahead (1 to 2520, default 252).' }),
    paths: t.int({
      description: 'Paths (100 to 200000, default 10000); paths × days × holdings is limited.',
    }),
    lookbackDays: t.int({
      description: 'Trading days of history fitted (60 to 2520, default 756).',
    }),
    confidences: t.floatList({
      description: 'VaR/CVaR confidences (0.5 to 0.999, default [0.95, 0.99]).',
    }),
    initialValue: t.field({
      type: 'Decimal',
      description: 'Starting value, KRW (default: the holdings’ value).',
    }),
    cashFlow: t.field({
      type: CashFlowInput,
      description: 'Regular contributions or withdrawals.',
    }),
    goal: t.field({ type: 'Decimal', description: 'A target value, KRW.' }),
    rebalanceEveryDays: t.int({
      description: 'Rebalance to the weights every this many days (default: hold).',
    }),
    asOf: t.field(AS_OF),
    seed: t.int(SEED),
  }),
});

const OptimizationObjective = builder.enumType('OptimizationObjective', {
  description: 'What an optimisation seeks.',
  values: {
    MIN_VOLATILITY: { description: 'The least volatile portfolio.' },
    MAX_SHARPE: { description: 'The highest Sharpe ratio (tangency portfolio).' },
    TARGET_RETURN: { description: 'The least volatile portfolio with at least `targetReturn`.' },
    TARGET_RISK: { description: 'The highest return with at most `targetVolatility`.' },
    RISK_PARITY: { description: 'Equal risk contributions.' },
    HIERARCHICAL_RISK_PARITY: { description: 'López de Prado’s hierarchical risk parity.' },
    MIN_CVAR: { description: 'The least expected shortfall on the historical days.' },
  },
});

const Rebalance = builder.enumType('RebalanceFrequency', {
  description: 'When a backtest trades back to its weights.',
  values: {
    NONE: { description: 'Never (buy and hold).' },
    MONTHLY: { description: 'First trading day of each month.' },
    QUARTERLY: { description: 'First trading day of each quarter.' },
    YEARLY: { description: 'First trading day of each year.' },
    THRESHOLD: { description: 'When a weight drifts more than `driftThreshold` from target.' },
  },
});

const BacktestStrategy = builder.enumType('BacktestStrategy', {
  description: 'Where a backtest’s weights come from.',
  values: {
    TARGET_WEIGHTS: {
      description: 'Fixed weights: `weights`, or the holdings’ current value weights.',
    },
    WALK_FORWARD: { description: 'The optimiser, run at each rebalance on trailing data only.' },
  },
});

const WeightInput = builder.inputType('WeightInput', {
  description: 'A weight of one stock.',
  fields: (t) => ({
    symbol: t.string({ required: true, description: 'The KRX code.' }),
    weight: t.float({ required: true, description: 'A fraction; the weights sum to 1.' }),
  }),
});

const WalkForwardInput = builder.inputType('WalkForwardInput', {
  description: 'How walk-forward decisions are made.',
  fields: (t) => ({
    objective: t.field({
      type: OptimizationObjective,
      description: 'MAX_SHARPE (default), MIN_VOLATILITY, RISK_PARITY or HIERARCHICAL_RISK_PARITY.',
    }),
    lookbackDays: t.int({
      description: 'Trailing trading days each decision sees (20 to 1260, default 252).',
    }),
    minObservations: t.int({
      description: 'Stay in cash until this many returns exist (default: lookbackDays).',
    }),
  }),
});

const BacktestInput = builder.inputType('BacktestInput', {
  description:
    'A daily backtest with KRX costs (commission, dated sell tax by market), against the KOSPI.',
  fields: (t) => ({
    portfolioId: t.id({
      required: true,
      description: 'Your portfolio (its holdings are the default universe).',
    }),
    from: t.field({ type: 'Date', description: 'First day (default: three years before `to`).' }),
    to: t.field({
      type: 'Date',
      description: 'Last day (default: the latest close every stock has).',
    }),
    initialCash: t.field({
      type: 'Decimal',
      description: 'Starting cash, KRW (default 100000000).',
    }),
    strategy: t.field({
      type: BacktestStrategy,
      description: 'TARGET_WEIGHTS (default) or WALK_FORWARD.',
    }),
    weights: t.field({
      type: [WeightInput],
      description: 'Fixed weights (default: current value weights).',
    }),
    walkForward: t.field({ type: WalkForwardInput, description: 'For WALK_FORWARD.' }),
    rebalance: t.field({
      type: Rebalance,
      description: 'When to rebalance (default NONE; MONTHLY for WALK_FORWARD).',
    }),
    driftThreshold: t.float({
      description: 'For THRESHOLD: the drift that triggers it (0.05 = 5 %p).',
    }),
    commissionRate: t.string({
      description: 'Commission per side, e.g. "0.00015" (the default, 0.015 %).',
    }),
    riskFreeRate: t.float({
      description: 'Annual risk-free rate for Sharpe and alpha (default 0).',
    }),
    seed: t.int(SEED),
  }),
});

const SectorBoundInput = builder.inputType('SectorBoundInput', {
  description: 'Bounds on the summed weight of one sector.',
  fields: (t) => ({
    sector: t.string({ required: true, description: 'A sector of a stock in the universe.' }),
    min: t.float({ description: 'At least this (0 to 1).' }),
    max: t.float({ description: 'At most this (0 to 1).' }),
  }),
});

const OptimizationConstraintsInput = builder.inputType('OptimizationConstraintsInput', {
  description: 'Constraints; the weights always sum to 1.',
  fields: (t) => ({
    longOnly: t.boolean({ description: 'No negative weights (default true).' }),
    minWeight: t.float({ description: 'Every weight at least this.' }),
    maxWeight: t.float({ description: 'Every weight at most this.' }),
    maxAssets: t.int({ description: 'At most this many stocks held.' }),
    sectorBounds: t.field({ type: [SectorBoundInput], description: 'Bounds per sector.' }),
  }),
});

const CovarianceEstimator = builder.enumType('CovarianceEstimator', {
  description: 'How the covariance of returns is estimated.',
  values: {
    SAMPLE: { description: 'The sample covariance.' },
    LEDOIT_WOLF: { description: 'Ledoit–Wolf shrinkage to constant correlation (default).' },
    EWMA: { description: 'Exponentially weighted (RiskMetrics, λ = 0.94).' },
  },
});

const OptimizationInput = builder.inputType('OptimizationInput', {
  description: 'An optimisation of a portfolio’s holdings (and any extra candidates).',
  fields: (t) => ({
    portfolioId: t.id({ required: true, description: 'Your portfolio.' }),
    objective: t.field({
      type: OptimizationObjective,
      required: true,
      description: 'What to seek.',
    }),
    symbols: t.stringList({ description: 'Extra candidate stocks besides the holdings.' }),
    targetReturn: t.float({ description: 'For TARGET_RETURN: annual return to reach.' }),
    targetVolatility: t.float({ description: 'For TARGET_RISK: annual volatility not to pass.' }),
    riskFreeRate: t.float({ description: 'Annual risk-free rate (default 0).' }),
    lookbackDays: t.int({
      description: 'Trading days of history estimated from (60 to 2520, default 756).',
    }),
    covariance: t.field({
      type: CovarianceEstimator,
      description: 'Estimator (default LEDOIT_WOLF).',
    }),
    constraints: t.field({ type: OptimizationConstraintsInput, description: 'Constraints.' }),
    frontierPoints: t.int({
      description: 'Points on the efficient frontier (2 to 100, default 20).',
    }),
    cvarConfidence: t.float({ description: 'For MIN_CVAR (default 0.95).' }),
    asOf: t.field(AS_OF),
    seed: t.int(SEED),
  }),
});

const IDEMPOTENCY_KEY = {
  description:
    'Makes a retry safe: the same key and input return the first run instead of queuing another.',
};

// Each run reads the portfolio and prices as the caller, so a key needs those scopes too.
const RUN_SCOPES = {
  $all: {
    scope: 'simulation:run',
    $all: { scope: 'portfolio:read', $all: { scope: 'market:read' } },
  },
} as const;

const RUNS = [
  {
    field: 'runStressTest',
    kind: 'STRESS_TEST',
    input: StressTestInput,
    description: 'Queues a stress test of your portfolio; follow it with simulationProgress.',
  },
  {
    field: 'runMonteCarlo',
    kind: 'MONTE_CARLO',
    input: MonteCarloInput,
    description: 'Queues a Monte Carlo projection of your portfolio.',
  },
  {
    field: 'runBacktest',
    kind: 'BACKTEST',
    input: BacktestInput,
    description: 'Queues a backtest with KRX costs against the KOSPI.',
  },
  {
    field: 'optimizePortfolio',
    kind: 'OPTIMIZATION',
    input: OptimizationInput,
    description: 'Queues an optimisation of your portfolio.',
  },
] as const;

for (const run of RUNS) {
  builder.mutationField(run.field, (t) =>
    t.field({
      type: SimulationRun,
      description: run.description,
      authScopes: RUN_SCOPES as never,
      args: {
        input: t.arg({ type: run.input as never, required: true, description: 'What to run.' }),
        idempotencyKey: t.arg.string(IDEMPOTENCY_KEY),
      },
      resolve: (_root, { input, idempotencyKey }, context) =>
        submitRun(context, run.kind, input, idempotencyKey),
    }),
  );
}
