/**
 * A portfolio's track record from its daily values: CAGR, annualised volatility, Sharpe and the
 * maximum drawdown. The quant library has the same definitions but is server code (Node only,
 * see .dependency-cruiser); these few lines follow its conventions: 252 trading days a year,
 * sample standard deviation of daily simple returns, Sharpe against a yearly risk-free rate.
 */
export interface PerformanceMetrics {
  /** Days in the series (trading days with a value). */
  days: number;
  from: string;
  to: string;
  totalReturn: number;
  cagr: number;
  volatility: number;
  /** null when volatility is zero. */
  sharpe: number | null;
  /** A fraction ≤ 0: the deepest fall from a previous peak. */
  maxDrawdown: number;
}

const TRADING_DAYS = 252;
const DAY_MS = 86_400_000;

export function performanceMetrics(
  points: readonly { date: string; value: number }[],
  riskFreeRate = 0.03,
): PerformanceMetrics | null {
  const series = points.filter((point) => Number.isFinite(point.value) && point.value > 0);
  if (series.length < 3) return null;
  const first = series[0]!;
  const last = series[series.length - 1]!;
  const returns = series.slice(1).map((point, index) => point.value / series[index]!.value - 1);
  const mean = returns.reduce((sum, r) => sum + r, 0) / returns.length;
  const variance = returns.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (returns.length - 1);
  const volatility = Math.sqrt(variance) * Math.sqrt(TRADING_DAYS);
  const totalReturn = last.value / first.value - 1;
  const years = (Date.parse(last.date) - Date.parse(first.date)) / DAY_MS / 365.25;
  const cagr = years > 0 ? (last.value / first.value) ** (1 / years) - 1 : totalReturn;
  let peak = first.value;
  let maxDrawdown = 0;
  for (const point of series) {
    peak = Math.max(peak, point.value);
    maxDrawdown = Math.min(maxDrawdown, point.value / peak - 1);
  }
  const annualMean = mean * TRADING_DAYS;
  return {
    days: series.length,
    from: first.date,
    to: last.date,
    totalReturn,
    cagr,
    volatility,
    sharpe: volatility > 0 ? (annualMean - riskFreeRate) / volatility : null,
    maxDrawdown,
  };
}
