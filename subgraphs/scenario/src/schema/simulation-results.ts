import { builder } from '../builder.js';
import type {
  BacktestResultData,
  MonteCarloResultData,
  OptimizationResultData,
  SimulationResultData,
  StressTestResultData,
} from '../simulation/engine/index.js';
import { Shock } from './scenario-template.js';

type Stress = StressTestResultData;
type MonteCarlo = MonteCarloResultData;
type Backtest = BacktestResultData;
type Optimization = OptimizationResultData;
type Item<T> = T extends readonly (infer U)[] ? U : never;
type NonNull<T> = Exclude<T, null>;

// ── Shared ────────────────────────────────────────────────────────────────────────────────

const LocalizedText = builder.objectRef<{ ko: string; en: string }>('LocalizedText').implement({
  description: 'A text in Korean and English.',
  fields: (t) => ({
    ko: t.exposeString('ko', { description: 'Korean.' }),
    en: t.exposeString('en', { description: 'English.' }),
  }),
});

const AssetWeight = builder.objectRef<{ symbol: string; weight: number }>('AssetWeight').implement({
  description: 'A weight of one stock, as a fraction of the portfolio.',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    weight: t.exposeFloat('weight', { description: 'The fraction, 0.25 = 25 %.' }),
  }),
});

const SymbolValue = builder.objectRef<{ symbol: string; value: number }>('SymbolValue').implement({
  description: 'A number about one stock.',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    value: t.exposeFloat('value', { description: 'The number.' }),
  }),
});

type DataNotes = Stress['data'];
const DataIssue = builder.objectRef<Item<DataNotes['issues']>>('SimulationDataIssue').implement({
  description: 'A gap or halt in the price data and how the run handled it.',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    kind: t.exposeString('kind', { description: 'missing, halt or off-calendar.' }),
    days: t.exposeInt('days', { description: 'How many days.' }),
    messageKo: t.exposeString('messageKo', { description: 'What happened, in Korean.' }),
    messageEn: t.exposeString('messageEn', { description: 'What happened, in English.' }),
  }),
});
const DataWindow = builder.objectRef<DataNotes>('SimulationDataWindow').implement({
  description: 'The daily closes a run actually used, aligned on the KRX calendar.',
  fields: (t) => ({
    from: t.string({ nullable: true, description: 'First day used.', resolve: (d) => d.from }),
    to: t.string({ nullable: true, description: 'Last day used.', resolve: (d) => d.to }),
    observations: t.exposeInt('observations', { description: 'Daily returns used.' }),
    issues: t.field({
      type: [DataIssue],
      description: 'Gaps and halts in the data, and what was done about each.',
      resolve: (d) => d.issues,
    }),
  }),
});

const RateBin = builder
  .objectRef<{ from: number; to: number; count: number }>('RateHistogramBin')
  .implement({
    description: 'One bar of a histogram of fractions (returns, drawdowns).',
    fields: (t) => ({
      from: t.exposeFloat('from', { description: 'Lower edge.' }),
      to: t.exposeFloat('to', { description: 'Upper edge (the last bar includes it).' }),
      count: t.exposeInt('count', { description: 'Paths in the bar.' }),
    }),
  });
const MoneyBin = builder
  .objectRef<{ from: string; to: string; count: number }>('MoneyHistogramBin')
  .implement({
    description: 'One bar of a histogram of values in KRW.',
    fields: (t) => ({
      from: t.field({ type: 'Decimal', description: 'Lower edge, KRW.', resolve: (b) => b.from }),
      to: t.field({ type: 'Decimal', description: 'Upper edge, KRW.', resolve: (b) => b.to }),
      count: t.exposeInt('count', { description: 'Paths in the bar.' }),
    }),
  });

const money = (description: string) => ({ type: 'Decimal' as const, description });

// ── Stress test ───────────────────────────────────────────────────────────────────────────

const StressBeta = builder
  .objectRef<Item<Item<Stress['holdings']>['betas']>>('StressBeta')
  .implement({
    description: "A holding's estimated beta to one factor, with the window it was estimated over.",
    fields: (t) => ({
      factor: t.exposeString('factor', { description: 'MARKET (KOSPI), SECTOR or FX.' }),
      sector: t.exposeString('sector', { nullable: true, description: 'The sector, for SECTOR.' }),
      beta: t.exposeFloat('beta', { description: 'OLS slope of daily returns on the factor’s.' }),
      windowFrom: t.exposeString('windowFrom', {
        nullable: true,
        description: 'First return date used.',
      }),
      windowTo: t.exposeString('windowTo', {
        nullable: true,
        description: 'Last return date used.',
      }),
      observations: t.exposeInt('observations', { description: 'Daily returns used.' }),
      fallbackReasonKo: t.exposeString('fallbackReasonKo', {
        nullable: true,
        description: 'Why a default beta stands in for an estimate (Korean); null when estimated.',
      }),
      fallbackReasonEn: t.exposeString('fallbackReasonEn', {
        nullable: true,
        description: 'The same in English.',
      }),
    }),
  });

const StressContribution = builder
  .objectRef<Item<Item<Stress['holdings']>['contributions']>>('StressContribution')
  .implement({
    description: "One shock's part in a holding's move: the shock times the holding's beta.",
    fields: (t) => ({
      target: t.exposeString('target', { description: 'MARKET, SECTOR, SYMBOL or FX.' }),
      sector: t.exposeString('sector', { nullable: true, description: 'For a SECTOR shock.' }),
      symbol: t.exposeString('symbol', { nullable: true, description: 'For a SYMBOL shock.' }),
      change: t.exposeFloat('change', { description: 'The shock, as a fraction.' }),
      beta: t.exposeFloat('beta', { description: 'The beta it passed through.' }),
      changePct: t.exposeFloat('changePct', { description: 'Its part of the move, a fraction.' }),
    }),
  });

const StressHolding = builder.objectRef<Item<Stress['holdings']>>('StressHoldingImpact').implement({
  description: 'What the scenario does to one holding.',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    sector: t.exposeString('sector', { nullable: true, description: 'Its sector.' }),
    quantity: t.field({ ...money('Shares held.'), resolve: (h) => h.quantity }),
    valueBefore: t.field({
      ...money('Value at the as-of close, KRW.'),
      resolve: (h) => h.valueBefore,
    }),
    valueAfter: t.field({
      ...money('Value after the scenario, KRW.'),
      resolve: (h) => h.valueAfter,
    }),
    change: t.field({ ...money('Change in value, KRW.'), resolve: (h) => h.change }),
    changePct: t.exposeFloat('changePct', { description: 'Change as a fraction (−0.3 = −30 %).' }),
    contributions: t.field({
      type: [StressContribution],
      description: "Each shock's part (factor shocks only; empty for a replay).",
      resolve: (h) => h.contributions,
    }),
    betas: t.field({
      type: [StressBeta],
      description: 'The betas used, with their estimation windows.',
      resolve: (h) => h.betas,
    }),
  }),
});

const StressTotal = builder.objectRef<Stress['total']>('StressTotal').implement({
  description: 'What the scenario does to the whole portfolio (its holdings).',
  fields: (t) => ({
    valueBefore: t.field({ ...money('Value before, KRW.'), resolve: (x) => x.valueBefore }),
    valueAfter: t.field({ ...money('Value after, KRW.'), resolve: (x) => x.valueAfter }),
    change: t.field({ ...money('Change, KRW.'), resolve: (x) => x.change }),
    changePct: t.exposeFloat('changePct', { description: 'Change as a fraction.' }),
  }),
});

const DatedReturn = builder.objectRef<{ date: string; return: number }>('DatedReturn').implement({
  description: 'A return on one day.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The trading day.' }),
    return: t.exposeFloat('return', { description: 'The return, a fraction.' }),
  }),
});

const ValuePoint = builder.objectRef<{ date: string; value: string }>('ValuePoint').implement({
  description: 'A value in KRW on one day.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The trading day.' }),
    value: t.field({ ...money('Value, KRW.'), resolve: (p) => p.value }),
  }),
});

const StressReplay = builder.objectRef<NonNull<Stress['replay']>>('StressReplay').implement({
  description: "Today's holdings carried through the template's historical window, day by day.",
  fields: (t) => ({
    path: t.field({
      type: [ValuePoint],
      description: 'The value each day.',
      resolve: (r) => r.path,
    }),
    worstDay: t.field({
      type: DatedReturn,
      description: 'The worst daily return.',
      resolve: (r) => r.worstDay,
    }),
    maxDrawdown: t.exposeFloat('maxDrawdown', {
      description: 'The deepest fall from a peak, ≤ 0.',
    }),
    recoveryDays: t.exposeInt('recoveryDays', {
      nullable: true,
      description: 'Trading days from the trough back to the peak; null if not within the window.',
    }),
    recovered: t.exposeBoolean('recovered', { description: 'Whether it got back to its peak.' }),
    totalReturn: t.exposeFloat('totalReturn', {
      description: 'End of the window against its start.',
    }),
  }),
});

const ScenarioUsed = builder.objectRef<Stress['scenario']>('StressScenario').implement({
  description: 'The scenario a stress test applied, as it was when the run was queued.',
  fields: (t) => ({
    source: t.exposeString('source', { description: 'TEMPLATE, USER or INLINE.' }),
    id: t.exposeString('id', { nullable: true, description: 'The template or scenario id.' }),
    nameKo: t.exposeString('nameKo', { description: 'Korean name.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    kind: t.exposeString('kind', { description: 'HISTORICAL or HYPOTHETICAL.' }),
    periodStart: t.exposeString('periodStart', {
      nullable: true,
      description: 'Historical window start.',
    }),
    periodEnd: t.exposeString('periodEnd', {
      nullable: true,
      description: 'Historical window end.',
    }),
    shocks: t.field({ type: [Shock], description: 'The shocks.', resolve: (s) => s.shocks }),
  }),
});

export const StressTestResult = builder.objectRef<Stress>('StressTestResult').implement({
  description:
    'A stress test: per holding and in total, with the replay or the beta-driven shocks.',
  isTypeOf: (value) => (value as SimulationResultData).kind === 'STRESS_TEST',
  fields: (t) => ({
    asOf: t.exposeString('asOf', { description: 'The close the holdings are valued at.' }),
    scenario: t.field({
      type: ScenarioUsed,
      description: 'The scenario applied.',
      resolve: (r) => r.scenario,
    }),
    method: t.exposeString('method', {
      description: 'REPLAY (history covers the window) or FACTOR_SHOCK (shocks through betas).',
    }),
    fallbackReason: t.field({
      type: LocalizedText,
      nullable: true,
      description: 'Why the shocks were applied instead of a replay; null for a replay.',
      resolve: (r) => r.fallbackReason,
    }),
    total: t.field({
      type: StressTotal,
      description: 'The whole portfolio.',
      resolve: (r) => r.total,
    }),
    holdings: t.field({
      type: [StressHolding],
      description: 'Each holding.',
      resolve: (r) => r.holdings,
    }),
    replay: t.field({
      type: StressReplay,
      nullable: true,
      description: 'The day-by-day replay; null when the data did not cover the window.',
      resolve: (r) => r.replay,
    }),
    worstDay: t.field({
      type: DatedReturn,
      nullable: true,
      description: 'The worst day of the replay; null for factor shocks (one instant move).',
      resolve: (r) => r.worstDay,
    }),
    recoveryDays: t.exposeInt('recoveryDays', {
      nullable: true,
      description:
        'Trading days the replay took to recover; null if not recovered or not a replay.',
    }),
    data: t.field({ type: DataWindow, description: 'The data used.', resolve: (r) => r.data }),
  }),
});

// ── Monte Carlo ───────────────────────────────────────────────────────────────────────────

const Band = builder.objectRef<Item<MonteCarlo['bands']>>('MonteCarloBandPoint').implement({
  description: 'The percentiles of the simulated value after one step (a fan chart).',
  fields: (t) => ({
    step: t.exposeInt('step', { description: 'Trading days from the start (0 = today).' }),
    p5: t.field({ ...money('5th percentile, KRW.'), resolve: (b) => b.p5 }),
    p25: t.field({ ...money('25th percentile, KRW.'), resolve: (b) => b.p25 }),
    p50: t.field({ ...money('Median, KRW.'), resolve: (b) => b.p50 }),
    p75: t.field({ ...money('75th percentile, KRW.'), resolve: (b) => b.p75 }),
    p95: t.field({ ...money('95th percentile, KRW.'), resolve: (b) => b.p95 }),
  }),
});

const TailRisk = builder
  .objectRef<Item<MonteCarlo['terminalReturn']['valueAtRisk']>>('MonteCarloTailRisk')
  .implement({
    description: 'Value at risk and expected shortfall of the horizon return, as losses.',
    fields: (t) => ({
      confidence: t.exposeFloat('confidence', { description: 'e.g. 0.95.' }),
      valueAtRisk: t.exposeFloat('valueAtRisk', {
        description: 'VaR, a loss as a positive fraction.',
      }),
      conditionalValueAtRisk: t.exposeFloat('conditionalValueAtRisk', {
        description: 'CVaR (mean loss beyond VaR), a positive fraction.',
      }),
      valueAtRiskAmount: t.field({ ...money('VaR in KRW.'), resolve: (x) => x.valueAtRiskAmount }),
      conditionalValueAtRiskAmount: t.field({
        ...money('CVaR in KRW.'),
        resolve: (x) => x.conditionalValueAtRiskAmount,
      }),
      valueAtRiskStandardError: t.exposeFloat('valueAtRiskStandardError', {
        nullable: true,
        description: 'Batch-means standard error of VaR; null under 200 paths.',
      }),
      conditionalValueAtRiskStandardError: t.exposeFloat('conditionalValueAtRiskStandardError', {
        nullable: true,
        description: 'Batch-means standard error of CVaR.',
      }),
    }),
  });

const TerminalValue = builder
  .objectRef<MonteCarlo['terminalValue']>('MonteCarloTerminalValue')
  .implement({
    description: 'The value at the horizon across paths.',
    fields: (t) => ({
      mean: t.field({ ...money('Mean, KRW.'), resolve: (x) => x.mean }),
      median: t.field({ ...money('Median, KRW.'), resolve: (x) => x.median }),
      histogram: t.field({
        type: [MoneyBin],
        description: 'Histogram (40 bars).',
        resolve: (x) => x.histogram,
      }),
    }),
  });

const TerminalReturn = builder
  .objectRef<MonteCarlo['terminalReturn']>('MonteCarloTerminalReturn')
  .implement({
    description: 'The return at the horizon, net of cash flows, across paths.',
    fields: (t) => ({
      mean: t.exposeFloat('mean', { description: 'Mean return.' }),
      median: t.exposeFloat('median', { description: 'Median return.' }),
      probabilityOfLoss: t.exposeFloat('probabilityOfLoss', { description: 'P(return < 0).' }),
      valueAtRisk: t.field({
        type: [TailRisk],
        description: 'VaR and CVaR per confidence.',
        resolve: (x) => x.valueAtRisk,
      }),
      histogram: t.field({
        type: [RateBin],
        description: 'Histogram (40 bars).',
        resolve: (x) => x.histogram,
      }),
    }),
  });

const Goal = builder.objectRef<NonNull<MonteCarlo['goal']>>('MonteCarloGoal').implement({
  description: 'How likely a target value is.',
  fields: (t) => ({
    value: t.field({ ...money('The target, KRW.'), resolve: (g) => g.value }),
    probabilityAtEnd: t.exposeFloat('probabilityAtEnd', {
      description: 'P(value ≥ target at the horizon).',
    }),
    probabilityEverReached: t.exposeFloat('probabilityEverReached', {
      description: 'P(value reaches the target at some step).',
    }),
  }),
});

const PercentileValue = builder
  .objectRef<{ percentile: number; value: number }>('PercentileValue')
  .implement({
    description: 'A percentile of a distribution.',
    fields: (t) => ({
      percentile: t.exposeInt('percentile', { description: 'e.g. 5, 50, 95.' }),
      value: t.exposeFloat('value', { description: 'The value at it.' }),
    }),
  });

const DrawdownDistribution = builder
  .objectRef<MonteCarlo['maxDrawdown']>('MonteCarloDrawdowns')
  .implement({
    description: 'The deepest fall of each path (time-weighted), ≤ 0.',
    fields: (t) => ({
      mean: t.exposeFloat('mean', { description: 'Mean of the paths’ maximum drawdowns.' }),
      percentiles: t.field({
        type: [PercentileValue],
        description: 'Percentiles.',
        resolve: (x) => x.percentiles,
      }),
      histogram: t.field({
        type: [RateBin],
        description: 'Histogram.',
        resolve: (x) => x.histogram,
      }),
    }),
  });

const MonteCarloMethod = builder.objectRef<MonteCarlo['method']>('MonteCarloMethod').implement({
  description: 'How the paths were drawn.',
  fields: (t) => ({
    model: t.exposeString('model', { description: 'GBM or BOOTSTRAP.' }),
    generator: t.exposeString('generator', { description: 'The random number generator.' }),
    normals: t.exposeString('normals', {
      nullable: true,
      description: 'How normals were drawn (GBM).',
    }),
    blockKind: t.exposeString('blockKind', {
      nullable: true,
      description: 'STATIONARY or FIXED (bootstrap).',
    }),
    blockLength: t.exposeInt('blockLength', {
      nullable: true,
      description: 'Mean or fixed block length.',
    }),
    covarianceRepaired: t.exposeBoolean('covarianceRepaired', {
      description: 'Whether the covariance had to be repaired to be positive definite.',
    }),
    covarianceMethod: t.exposeString('covarianceMethod', {
      nullable: true,
      description: 'How it was factored.',
    }),
  }),
});

export const MonteCarloResult = builder.objectRef<MonteCarlo>('MonteCarloResult').implement({
  description:
    'A Monte Carlo projection of the holdings: fan chart, horizon distribution, VaR/CVaR.',
  isTypeOf: (value) => (value as SimulationResultData).kind === 'MONTE_CARLO',
  fields: (t) => ({
    asOf: t.exposeString('asOf', { description: 'The last close the model was fitted to.' }),
    paths: t.exposeInt('paths', { description: 'Paths simulated.' }),
    horizonDays: t.exposeInt('horizonDays', { description: 'Trading days simulated.' }),
    seed: t.exposeInt('seed', { description: 'The seed used.' }),
    initialValue: t.field({ ...money('Starting value, KRW.'), resolve: (r) => r.initialValue }),
    scheduledCashFlow: t.field({
      ...money('Sum of the scheduled cash flows, KRW.'),
      resolve: (r) => r.scheduledCashFlow,
    }),
    weights: t.field({
      type: [AssetWeight],
      description: 'The weights simulated.',
      resolve: (r) => r.weights,
    }),
    bands: t.field({
      type: [Band],
      description: 'Percentile bands per step.',
      resolve: (r) => r.bands,
    }),
    terminalValue: t.field({
      type: TerminalValue,
      description: 'Value at the horizon.',
      resolve: (r) => r.terminalValue,
    }),
    terminalReturn: t.field({
      type: TerminalReturn,
      description: 'Return at the horizon.',
      resolve: (r) => r.terminalReturn,
    }),
    goal: t.field({
      type: Goal,
      nullable: true,
      description: 'The goal, when one was given.',
      resolve: (r) => r.goal,
    }),
    maxDrawdown: t.field({
      type: DrawdownDistribution,
      description: 'Drawdowns of the paths.',
      resolve: (r) => r.maxDrawdown,
    }),
    method: t.field({
      type: MonteCarloMethod,
      description: 'How the paths were drawn.',
      resolve: (r) => r.method,
    }),
    data: t.field({
      type: DataWindow,
      description: 'The history the model was fitted to.',
      resolve: (r) => r.data,
    }),
  }),
});

// ── Backtest ──────────────────────────────────────────────────────────────────────────────

const EquityPoint = builder.objectRef<Item<Backtest['equity']>>('BacktestEquityPoint').implement({
  description: 'The backtest portfolio and the KOSPI on one day.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The trading day.' }),
    value: t.field({ ...money('Portfolio value, KRW.'), resolve: (p) => p.value }),
    benchmark: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The KOSPI scaled to the starting value, KRW; null on a day it lacks.',
      resolve: (p) => p.benchmark,
    }),
    drawdown: t.exposeFloat('drawdown', { description: 'Fall from the running peak, ≤ 0.' }),
  }),
});

const BacktestTrade = builder.objectRef<Item<Backtest['trades']>>('BacktestTrade').implement({
  description: 'One fill of the backtest, at the close, with its costs.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The trading day.' }),
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    side: t.exposeString('side', { description: 'BUY or SELL.' }),
    quantity: t.exposeInt('quantity', { description: 'Whole shares.' }),
    price: t.field({ ...money('Fill price on the tick grid, KRW.'), resolve: (x) => x.price }),
    amount: t.field({ ...money('Price × quantity, KRW.'), resolve: (x) => x.amount }),
    commission: t.field({ ...money('Commission, KRW.'), resolve: (x) => x.commission }),
    tax: t.field({
      ...money('Sell-side taxes, KRW (rate of the settlement date).'),
      resolve: (x) => x.tax,
    }),
  }),
});

const Rebalance = builder.objectRef<Item<Backtest['rebalances']>>('BacktestRebalance').implement({
  description: 'A day the backtest traded back to its weights.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The trading day.' }),
    reason: t.exposeString('reason', { description: 'INITIAL, CALENDAR or THRESHOLD.' }),
  }),
});

const Decision = builder.objectRef<Item<Backtest['decisions']>>('BacktestDecision').implement({
  description: 'A walk-forward decision: the optimiser’s weights from trailing data only.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The day decided (data up to its close).' }),
    observations: t.exposeInt('observations', { description: 'Daily returns it saw.' }),
    weights: t.field({
      type: [AssetWeight],
      description: 'The weights chosen.',
      resolve: (d) => d.weights,
    }),
  }),
});

const BacktestCosts = builder.objectRef<Backtest['costs']>('BacktestCosts').implement({
  description: 'Costs paid over the backtest (krx-rules).',
  fields: (t) => ({
    commission: t.field({ ...money('Commissions, KRW.'), resolve: (c) => c.commission }),
    tax: t.field({ ...money('Sell-side taxes, KRW.'), resolve: (c) => c.tax }),
    total: t.field({ ...money('Both, KRW.'), resolve: (c) => c.total }),
    commissionRate: t.exposeString('commissionRate', {
      description: 'The commission rate, e.g. "0.00015".',
    }),
  }),
});

const Turnover = builder.objectRef<Backtest['turnover']>('BacktestTurnover').implement({
  description: 'How much the backtest traded.',
  fields: (t) => ({
    tradedValue: t.field({
      ...money('Buys and sells, KRW.'),
      resolve: (x) => String(Math.round(x.tradedValue)),
    }),
    oneWay: t.exposeFloat('oneWay', { description: 'Traded/2 over the mean value.' }),
    annualised: t.exposeFloat('annualised', { description: 'One-way turnover per year.' }),
  }),
});

const Position = builder.objectRef<Item<Backtest['holdings']>>('BacktestPosition').implement({
  description: 'Shares held at the end of the backtest.',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    quantity: t.exposeInt('quantity', { description: 'Shares.' }),
  }),
});

const BacktestMetrics = builder.objectRef<Backtest['metrics']>('BacktestMetrics').implement({
  description: 'Performance of the time-weighted index, against the KOSPI where it has data.',
  fields: (t) => ({
    totalReturn: t.exposeFloat('totalReturn', { description: 'End over start, minus 1.' }),
    cagr: t.exposeFloat('cagr', { description: 'Compound annual growth rate.' }),
    volatility: t.exposeFloat('volatility', { description: 'Annualised volatility.' }),
    sharpe: t.exposeFloat('sharpe', { description: 'Annualised Sharpe ratio.' }),
    sortino: t.exposeFloat('sortino', { nullable: true, description: 'Sortino ratio.' }),
    calmar: t.exposeFloat('calmar', { nullable: true, description: 'CAGR over |max drawdown|.' }),
    maxDrawdown: t.exposeFloat('maxDrawdown', { description: 'Deepest fall, ≤ 0.' }),
    maxDrawdownPeak: t.exposeString('maxDrawdownPeak', { description: 'Its peak day.' }),
    maxDrawdownTrough: t.exposeString('maxDrawdownTrough', { description: 'Its trough day.' }),
    recoveryDays: t.exposeInt('recoveryDays', {
      nullable: true,
      description: 'Days to recover; null if not.',
    }),
    beta: t.exposeFloat('beta', { nullable: true, description: 'Beta to the KOSPI.' }),
    alpha: t.exposeFloat('alpha', { nullable: true, description: "Jensen's alpha, annualised." }),
    benchmarkCagr: t.exposeFloat('benchmarkCagr', {
      nullable: true,
      description: 'The KOSPI’s CAGR.',
    }),
    trackingError: t.exposeFloat('trackingError', {
      nullable: true,
      description: 'Annualised tracking error.',
    }),
    informationRatio: t.exposeFloat('informationRatio', {
      nullable: true,
      description: 'Annualised.',
    }),
  }),
});

export const BacktestResult = builder.objectRef<Backtest>('BacktestResult').implement({
  description: 'A daily backtest with KRX costs against the KOSPI: equity curve, trades, metrics.',
  isTypeOf: (value) => (value as SimulationResultData).kind === 'BACKTEST',
  fields: (t) => ({
    from: t.exposeString('from', { description: 'First day.' }),
    to: t.exposeString('to', { description: 'Last day.' }),
    strategy: t.exposeString('strategy', { description: 'TARGET_WEIGHTS or WALK_FORWARD.' }),
    benchmark: t.exposeString('benchmark', { description: 'The benchmark, KOSPI.' }),
    initialCash: t.field({ ...money('Starting cash, KRW.'), resolve: (r) => r.initialCash }),
    equity: t.field({
      type: [EquityPoint],
      description: 'The equity curve.',
      resolve: (r) => r.equity,
    }),
    trades: t.field({
      type: [BacktestTrade],
      description: 'Every fill.',
      resolve: (r) => r.trades,
    }),
    rebalances: t.field({
      type: [Rebalance],
      description: 'Rebalancing days.',
      resolve: (r) => r.rebalances,
    }),
    decisions: t.field({
      type: [Decision],
      description: 'Walk-forward decisions.',
      resolve: (r) => r.decisions,
    }),
    costs: t.field({ type: BacktestCosts, description: 'Costs paid.', resolve: (r) => r.costs }),
    turnover: t.field({ type: Turnover, description: 'Turnover.', resolve: (r) => r.turnover }),
    finalValue: t.field({ ...money('Value on the last day, KRW.'), resolve: (r) => r.finalValue }),
    finalCash: t.field({ ...money('Cash on the last day, KRW.'), resolve: (r) => r.finalCash }),
    holdings: t.field({
      type: [Position],
      description: 'Shares at the end.',
      resolve: (r) => r.holdings,
    }),
    offGridFills: t.exposeInt('offGridFills', {
      description: 'Closes off the tick grid, snapped.',
    }),
    metrics: t.field({
      type: BacktestMetrics,
      description: 'Performance.',
      resolve: (r) => r.metrics,
    }),
    data: t.field({ type: DataWindow, description: 'The data used.', resolve: (r) => r.data }),
  }),
});

// ── Optimisation ──────────────────────────────────────────────────────────────────────────

const OptimizedWeight = builder
  .objectRef<Item<NonNull<Optimization['weights']>>>('OptimizedWeight')
  .implement({
    description: 'The optimiser’s weight of one stock beside its current weight.',
    fields: (t) => ({
      symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
      weight: t.exposeFloat('weight', { description: 'Optimised weight.' }),
      currentWeight: t.exposeFloat('currentWeight', {
        description: 'Weight in the portfolio now.',
      }),
      riskContribution: t.exposeFloat('riskContribution', {
        nullable: true,
        description: 'Its share of the optimised portfolio’s variance.',
      }),
    }),
  });

const PortfolioPoint = builder
  .objectRef<NonNull<Optimization['portfolio']>>('RiskReturnPoint')
  .implement({
    description: 'A portfolio on the risk/return axes (annualised).',
    fields: (t) => ({
      expectedReturn: t.exposeFloat('expectedReturn', { description: 'Expected return.' }),
      volatility: t.exposeFloat('volatility', { description: 'Volatility.' }),
      sharpe: t.exposeFloat('sharpe', { nullable: true, description: 'Sharpe ratio.' }),
    }),
  });

const CurrentPortfolio = builder
  .objectRef<Optimization['current']>('CurrentPortfolioPoint')
  .implement({
    description: 'The portfolio as it is, marked on the same axes as the frontier.',
    fields: (t) => ({
      expectedReturn: t.exposeFloat('expectedReturn', { description: 'Expected return.' }),
      volatility: t.exposeFloat('volatility', { description: 'Volatility.' }),
      sharpe: t.exposeFloat('sharpe', { nullable: true, description: 'Sharpe ratio.' }),
      weights: t.field({
        type: [AssetWeight],
        description: 'Its weights.',
        resolve: (c) => c.weights,
      }),
    }),
  });

const FrontierPoint = builder.objectRef<Item<Optimization['frontier']>>('FrontierPoint').implement({
  description: 'One point of the efficient frontier.',
  fields: (t) => ({
    targetReturn: t.exposeFloat('targetReturn', { description: 'The return asked for.' }),
    expectedReturn: t.exposeFloat('expectedReturn', {
      nullable: true,
      description: 'Expected return.',
    }),
    volatility: t.exposeFloat('volatility', { nullable: true, description: 'Volatility.' }),
    sharpe: t.exposeFloat('sharpe', { nullable: true, description: 'Sharpe ratio.' }),
    status: t.exposeString('status', { description: 'The solver’s status for this point.' }),
  }),
});

const Solver = builder.objectRef<Optimization['solver']>('OptimizationSolver').implement({
  description: 'The solver and how hard it worked.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'e.g. goldfarb-idnani, highs.' }),
    method: t.exposeString('method', { description: 'What was solved.' }),
    iterations: t.exposeInt('iterations', { nullable: true, description: 'Iterations summed.' }),
  }),
});

const ConstraintReport = builder
  .objectRef<Optimization['constraints']>('OptimizationConstraintReport')
  .implement({
    description: 'The constraints applied and how well the weights keep them.',
    fields: (t) => ({
      applied: t.exposeStringList('applied', { description: 'Constraint kinds applied.' }),
      tolerance: t.exposeFloat('tolerance', { description: 'Tolerance checked against.' }),
      maxViolation: t.exposeFloat('maxViolation', {
        nullable: true,
        description: 'Largest violation found.',
      }),
    }),
  });

const OptimizationTail = builder
  .objectRef<NonNull<Optimization['tailRisk']>>('OptimizationTailRisk')
  .implement({
    description: 'Daily tail risk of the min-CVaR portfolio on the historical scenarios.',
    fields: (t) => ({
      confidence: t.exposeFloat('confidence', { description: 'e.g. 0.95.' }),
      valueAtRisk: t.exposeFloat('valueAtRisk', { description: 'VaR, a positive loss.' }),
      conditionalValueAtRisk: t.exposeFloat('conditionalValueAtRisk', { description: 'CVaR.' }),
    }),
  });

export const OptimizationResult = builder.objectRef<Optimization>('OptimizationResult').implement({
  description:
    'An optimisation: status and convergence, the weights (none when infeasible), the frontier with the current portfolio marked.',
  isTypeOf: (value) => (value as SimulationResultData).kind === 'OPTIMIZATION',
  fields: (t) => ({
    asOf: t.exposeString('asOf', { description: 'The last close estimated from.' }),
    objective: t.exposeString('objective', { description: 'The objective.' }),
    status: t.exposeString('status', {
      description:
        'OPTIMAL, FEASIBLE, INFEASIBLE, UNBOUNDED, INFEASIBLE_OR_UNBOUNDED, NOT_CONVERGED or NUMERICAL_ERROR.',
    }),
    converged: t.exposeBoolean('converged', { description: 'Whether usable weights were found.' }),
    reason: t.field({
      type: LocalizedText,
      nullable: true,
      description: 'Why the status is not OPTIMAL; null when it is.',
      resolve: (r) => r.reason,
    }),
    solver: t.field({ type: Solver, description: 'The solver.', resolve: (r) => r.solver }),
    objectiveName: t.exposeString('objectiveName', {
      description: 'What objectiveValue measures.',
    }),
    objectiveValue: t.exposeFloat('objectiveValue', {
      nullable: true,
      description: 'The objective’s value.',
    }),
    weights: t.field({
      type: [OptimizedWeight],
      nullable: true,
      description: 'The weights; null unless status is OPTIMAL or FEASIBLE.',
      resolve: (r) => r.weights,
    }),
    portfolio: t.field({
      type: PortfolioPoint,
      nullable: true,
      description: 'The optimised portfolio on the risk/return axes.',
      resolve: (r) => r.portfolio,
    }),
    current: t.field({
      type: CurrentPortfolio,
      description: 'The portfolio now.',
      resolve: (r) => r.current,
    }),
    frontier: t.field({
      type: [FrontierPoint],
      description: 'The efficient frontier.',
      resolve: (r) => r.frontier,
    }),
    frontierStatus: t.exposeString('frontierStatus', {
      description: 'The frontier’s worst point status.',
    }),
    tailRisk: t.field({
      type: OptimizationTail,
      nullable: true,
      description: 'For MIN_CVAR.',
      resolve: (r) => r.tailRisk,
    }),
    constraints: t.field({
      type: ConstraintReport,
      description: 'Constraints.',
      resolve: (r) => r.constraints,
    }),
    covariance: t.string({
      description: 'SAMPLE, LEDOIT_WOLF or EWMA.',
      resolve: (r) => r.estimation.covariance,
    }),
    expectedReturns: t.field({
      type: [SymbolValue],
      description:
        'The annualised expected returns used (historical means of daily returns × 252).',
      resolve: (r) => r.estimation.expectedReturns,
    }),
    data: t.field({ type: DataWindow, description: 'The data used.', resolve: (r) => r.data }),
  }),
});

export const SimulationResult = builder.unionType('SimulationResult', {
  description: 'What a run produced, by kind.',
  types: [StressTestResult, MonteCarloResult, BacktestResult, OptimizationResult],
  resolveType: (value) =>
    ({
      STRESS_TEST: 'StressTestResult',
      MONTE_CARLO: 'MonteCarloResult',
      BACKTEST: 'BacktestResult',
      OPTIMIZATION: 'OptimizationResult',
    })[(value as SimulationResultData).kind],
});
