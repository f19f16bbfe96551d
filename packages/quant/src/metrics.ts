import { drawdowns, type DrawdownSeries, type MaxDrawdown } from './drawdown.js';
import { covariance, mean, moments, variance } from './stats.js';
import { compound, portfolioReturns, simpleReturns, type PortfolioRebalancing } from './returns.js';
import {
  fail,
  finiteArray,
  finiteColumns,
  finiteNumber,
  increasingDates,
  openUnit,
  positiveInteger,
  weightVector,
} from './validate.js';
import { VAR_METHODS, type VarEstimate, type VarMethod } from './var.js';

/** A value path on dates: prices of one stock, or a portfolio's value. */
export interface EquityCurve {
  dates: readonly string[];
  values: ArrayLike<number>;
}

export interface MetricsOptions {
  /** Annual risk-free rate (0.035 = 3.5%), turned into a per-period rate (1 + rf)^(1/P) − 1. */
  riskFreeRate?: number;
  /** Periods per year for annualising (252 trading days). */
  periodsPerYear?: number;
  /** VaR/CVaR confidence levels, default [0.95, 0.99]. */
  varConfidences?: readonly number[];
  /** A benchmark value path (KOSPI); relative metrics use the dates both curves have. */
  benchmark?: EquityCurve;
}

export interface RelativeMetrics {
  /** Regression slope of the returns on the benchmark's, cov(r, b)/var(b). */
  beta: number;
  /** Jensen's alpha, annualised arithmetically: (mean(r − rf) − β·mean(b − rf))·P. */
  alpha: number;
  correlation: number;
  /** std(r − b)·√P. */
  trackingError: number;
  /** mean(r − b)/std(r − b)·√P (annualised; QuantStats leaves it per period). */
  informationRatio: number;
  benchmarkCagr: number;
  /** Return observations used (on dates both curves have). */
  observations: number;
  /**
   * Dates of either curve missing from the other, inside the common window. They are left out,
   * so the return across such a date spans two sessions in both series.
   */
  excludedDates: { date: string; missingFrom: 'series' | 'benchmark' }[];
}

export interface PerformanceMetrics {
  start: string;
  end: string;
  /** Number of returns (values − 1). */
  observations: number;
  /** Calendar years, (end − start in days)/365, QuantStats' convention for CAGR. */
  years: number;
  totalReturn: number;
  cagr: number;
  /** std(r)·√P, ddof 1. */
  volatility: number;
  /** mean(r − rf)/std(r − rf)·√P. */
  sharpe: number;
  /** mean(r − rf)/√(Σ min(r − rf, 0)²/n)·√P (QuantStats; target 0 on excess returns); null with no losing period. */
  sortino: number | null;
  /** CAGR / |max drawdown|; null when the curve never fell. */
  calmar: number | null;
  skewness: number;
  excessKurtosis: number;
  maxDrawdown: MaxDrawdown;
  drawdown: DrawdownSeries;
  /** One entry per confidence, each method's VaR/CVaR of one-period returns (loss > 0). */
  valueAtRisk: {
    confidence: number;
    historical: VarEstimate;
    gaussian: VarEstimate;
    cornishFisher: VarEstimate;
  }[];
  relative?: RelativeMetrics;
  assumptions: {
    riskFreeRate: number;
    periodsPerYear: number;
    returns: 'simple';
    varSign: 'loss-positive';
  };
}

function curveValues(field: string, curve: EquityCurve): Float64Array {
  if (curve == null || typeof curve !== 'object')
    fail(field, '값 시계열이 필요합니다', 'an equity curve is required');
  const values = finiteArray(`${field}.values`, curve.values, 2);
  increasingDates(`${field}.dates`, curve.dates as string[], values.length);
  values.forEach((v, i) => {
    if (!(v > 0))
      fail(`${field}.values[${i}]`, '값은 0보다 커야 합니다', `value must be > 0 (got ${v})`);
  });
  return values;
}

const returnsOfValues = (v: Float64Array): Float64Array =>
  v.subarray(1).map((x, t) => x / v[t]! - 1);

const DAY_MS = 86_400_000;
const calendarDays = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

function relativeMetrics(
  curve: EquityCurve,
  values: Float64Array,
  benchmark: EquityCurve,
  periods: number,
  rf: number,
): RelativeMetrics {
  const benchValues = curveValues('benchmark', benchmark);
  const benchIndex = new Map(benchmark.dates.map((d, i) => [d, i]));
  const seriesDates = new Set(curve.dates);
  const from = curve.dates[0]! > benchmark.dates[0]! ? curve.dates[0]! : benchmark.dates[0]!;
  const to =
    curve.dates.at(-1)! < benchmark.dates.at(-1)! ? curve.dates.at(-1)! : benchmark.dates.at(-1)!;
  const a: number[] = [];
  const b: number[] = [];
  const common: string[] = [];
  const excludedDates: RelativeMetrics['excludedDates'] = [];
  curve.dates.forEach((date, i) => {
    if (date < from || date > to) return;
    const j = benchIndex.get(date);
    if (j === undefined) excludedDates.push({ date, missingFrom: 'benchmark' });
    else {
      a.push(values[i]!);
      b.push(benchValues[j]!);
      common.push(date);
    }
  });
  for (const date of benchmark.dates) {
    if (date >= from && date <= to && !seriesDates.has(date))
      excludedDates.push({ date, missingFrom: 'series' });
  }
  excludedDates.sort((x, y) => x.date.localeCompare(y.date));
  if (a.length < 3)
    fail(
      'benchmark.dates',
      '겹치는 날짜가 3일 이상 필요합니다',
      'shares fewer than 3 dates with the series',
    );
  const r = returnsOfValues(Float64Array.from(a));
  const m = returnsOfValues(Float64Array.from(b));
  const beta = covariance(r, m) / variance(m);
  const active = r.map((x, t) => x - m[t]!);
  const te = Math.sqrt(variance(active));
  return {
    beta,
    alpha: (mean(r) - rf - beta * (mean(m) - rf)) * periods,
    correlation: covariance(r, m) / Math.sqrt(variance(r) * variance(m)),
    trackingError: te * Math.sqrt(periods),
    informationRatio: (mean(active) / te) * Math.sqrt(periods),
    benchmarkCagr: (b.at(-1)! / b[0]!) ** (365 / calendarDays(common[0]!, common.at(-1)!)) - 1,
    observations: r.length,
    excludedDates,
  };
}

/**
 * Value path of a portfolio of aligned closes (columns), starting at 1: 'daily' keeps the weights
 * every day, 'buy-and-hold' invests them on the first date and lets them drift.
 */
export function portfolioCurve(
  dates: readonly string[],
  closes: ReadonlyArray<ArrayLike<number>>,
  weights: ArrayLike<number>,
  rebalancing: PortfolioRebalancing,
): EquityCurve {
  const columns = finiteColumns('closes', closes, 2);
  increasingDates('dates', dates as string[], columns[0]!.length);
  const w = weightVector('weights', weights, columns.length);
  const returns = columns.map((c, k) => simpleReturns(c, `closes[${k}]`));
  return { dates: [...dates], values: compound(portfolioReturns(returns, w, rebalancing)) };
}

/** The QuantStats set of performance and risk metrics of one value path. */
export function performanceMetrics(
  curve: EquityCurve,
  options: MetricsOptions = {},
): PerformanceMetrics {
  const values = curveValues('curve', curve);
  const periods = positiveInteger('periodsPerYear', options.periodsPerYear ?? 252);
  const riskFreeRate = finiteNumber('riskFreeRate', options.riskFreeRate ?? 0);
  const confidences = options.varConfidences ?? [0.95, 0.99];
  confidences.forEach((c, i) => openUnit(`varConfidences[${i}]`, c));
  const rf = (1 + riskFreeRate) ** (1 / periods) - 1;
  const dates = curve.dates;
  const r = returnsOfValues(values);
  const excess = r.map((x) => x - rf);
  const years = calendarDays(dates[0]!, dates.at(-1)!) / 365;
  const totalReturn = values.at(-1)! / values[0]! - 1;
  const cagr = (1 + totalReturn) ** (1 / years) - 1;
  let downside = 0;
  for (const x of excess) if (x < 0) downside += x * x;
  downside = Math.sqrt(downside / excess.length);
  const { series, max } = drawdowns(dates, values);
  const method = (name: VarMethod, c: number) => VAR_METHODS[name](r, c);
  return {
    start: dates[0]!,
    end: dates.at(-1)!,
    observations: r.length,
    years,
    totalReturn,
    cagr,
    volatility: Math.sqrt(variance(r) * periods),
    sharpe: (mean(excess) / Math.sqrt(variance(excess))) * Math.sqrt(periods),
    sortino: downside > 0 ? (mean(excess) / downside) * Math.sqrt(periods) : null,
    calmar: max.depth < 0 ? cagr / Math.abs(max.depth) : null,
    ...moments(r),
    maxDrawdown: max,
    drawdown: series,
    valueAtRisk: confidences.map((c) => ({
      confidence: c,
      historical: method('historical', c),
      gaussian: method('gaussian', c),
      cornishFisher: method('cornish-fisher', c),
    })),
    relative: options.benchmark
      ? relativeMetrics(curve, values, options.benchmark, periods, rf)
      : undefined,
    assumptions: {
      riskFreeRate,
      periodsPerYear: periods,
      returns: 'simple',
      varSign: 'loss-positive',
    },
  };
}
