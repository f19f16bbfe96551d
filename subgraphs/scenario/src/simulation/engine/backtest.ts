import { krxCostModel } from '@capstone/krx-rules';
import {
  optimizePortfolio,
  runBacktest,
  type CostModel,
  type RebalanceRule,
  type TrailingData,
} from '@capstone/quant';
import type { BacktestInputs } from '../inputs.js';
import {
  alignmentNotes,
  checkAbort,
  loadAligned,
  loadKospi,
  RunInputError,
  valueWeights,
  won,
  type EngineContext,
} from './context.js';
import { estimate, optimizerRequest } from './optimization.js';

/**
 * krx-rules' cost model for the quant engine: krx-rules names sides in lower case, the engine in
 * upper case; everything else (the dated taxes, the tick grid) passes through unchanged.
 */
function krxCosts(commissionRate: string): CostModel {
  const krx = krxCostModel({ commissionRate });
  return {
    commission: (amountWon, side, date) =>
      krx.commission(amountWon, side === 'BUY' ? 'buy' : 'sell', date),
    sellTax: (amountWon, market, date) => krx.sellTax(amountWon, market, date),
    tickSize: (price, market, date) => krx.tickSize(price, market, date),
  };
}

const rebalanceRule = (rebalance: BacktestInputs['rebalance']): RebalanceRule =>
  rebalance.every === 'THRESHOLD'
    ? { every: 'threshold', threshold: rebalance.threshold! }
    : { every: rebalance.every.toLowerCase() as 'none' | 'monthly' | 'quarterly' | 'yearly' };

/**
 * A daily backtest at closing prices with whole shares and KRX costs (krxCostModel: the
 * commission on both sides, the sell tax of the market in force on the settlement date), against
 * the KOSPI. Weights are fixed (the given ones, or the holdings' current value weights) or come
 * walk-forward from the optimiser on trailing data only.
 */
export async function runBacktestEngine(inputs: BacktestInputs, context: EngineContext) {
  context.progress(0.05, 'loading-data');
  const symbols = inputs.weights?.map((w) => w.symbol) ?? inputs.holdings.map((h) => h.symbol);
  const aligned = await loadAligned(context, symbols, inputs.dataFrom, inputs.to, 'input.from');
  if (aligned.dates[0]! > inputs.from) {
    const late = aligned.report.limitedBy.map((l) => `${l.symbol} (${l.firstDate})`).join(', ');
    throw new RunInputError(
      'INSUFFICIENT_DATA',
      'input.from',
      `${inputs.from}부터의 가격 이력이 없습니다: ${late || aligned.dates[0]}`,
      `prices start after ${inputs.from}: ${late || aligned.dates[0]}`,
    );
  }
  const benchmark = await loadKospi(context, inputs.from, inputs.to);
  const markets = symbols.map(
    (symbol) => inputs.holdings.find((h) => h.symbol === symbol)?.market ?? 'KOSPI',
  );
  context.progress(0.15, 'computing');
  const fromIndex = aligned.dates.findIndex((d) => d >= inputs.from);
  const span = aligned.dates.length - fromIndex;
  const walkForward = inputs.walkForward;
  const decide = async (trailing: TrailingData, asOf: string) => {
    checkAbort(context.signal);
    const done = aligned.dates.indexOf(asOf) - fromIndex;
    context.progress(0.15 + (0.8 * Math.max(0, done)) / span, 'computing', asOf);
    const { expectedReturns, covariance } = estimate(trailing.returns, 'LEDOIT_WOLF');
    const result = await optimizePortfolio(
      optimizerRequest(
        walkForward!.objective,
        { assetIds: trailing.symbols, expectedReturns, covariance },
        trailing.returns,
        { riskFreeRate: inputs.riskFreeRate },
      ),
    );
    // A decision the optimiser could not make (infeasible, not converged) holds every stock equally.
    return 'weights' in result && result.weights
      ? result.weights
      : trailing.symbols.map(() => 1 / trailing.symbols.length);
  };
  const fixed =
    inputs.weights?.map((w) => w.weight) ??
    valueWeights(inputs.holdings, aligned).map((p) => p.weight);
  const result = await runBacktest({
    dates: aligned.dates,
    symbols: aligned.symbols,
    closes: aligned.closes,
    markets,
    initialCash: Number(inputs.initialCash),
    strategy: walkForward
      ? {
          kind: 'walk-forward',
          decide,
          rebalance: rebalanceRule(inputs.rebalance),
          lookback: walkForward.lookbackDays,
          minObservations: walkForward.minObservations,
        }
      : { kind: 'target-weights', weights: fixed, rebalance: rebalanceRule(inputs.rebalance) },
    costs: krxCosts(inputs.commissionRate),
    benchmark,
    riskFreeRate: inputs.riskFreeRate,
    from: inputs.from,
    to: inputs.to,
  });
  checkAbort(context.signal);
  const benchmarkByDate = new Map(
    (result.benchmark?.dates ?? []).map((d, k) => [d, result.benchmark!.values[k]!]),
  );
  const metrics = result.metrics;
  const relative = metrics.relative;
  return {
    kind: 'BACKTEST' as const,
    from: result.equity.dates[0]!,
    to: result.equity.dates.at(-1)!,
    strategy: inputs.strategy,
    benchmark: 'KOSPI',
    initialCash: won(Number(inputs.initialCash)),
    equity: result.equity.dates.map((date, k) => ({
      date,
      value: won(result.equity.values[k]!),
      benchmark: benchmarkByDate.has(date) ? won(benchmarkByDate.get(date)!) : null,
      drawdown: result.drawdown.values[k]!,
    })),
    trades: result.trades.map((trade) => ({
      date: trade.date,
      symbol: trade.symbol,
      side: trade.side,
      quantity: trade.quantity,
      price: won(trade.price),
      amount: won(trade.amount),
      commission: won(trade.commission),
      tax: won(trade.tax),
    })),
    rebalances: result.rebalances.map((r) => ({ date: r.date, reason: r.reason.toUpperCase() })),
    decisions: result.decisions.map((d) => ({
      date: d.date,
      observations: d.observations,
      weights: aligned.symbols.map((symbol, i) => ({ symbol, weight: d.weights[i]! })),
    })),
    costs: {
      commission: won(result.costs.commission),
      tax: won(result.costs.tax),
      total: won(result.costs.total),
      commissionRate: inputs.commissionRate,
    },
    turnover: result.turnover,
    finalValue: won(result.finalValue),
    finalCash: won(result.finalCash),
    holdings: result.holdings,
    offGridFills: result.offGridFills,
    metrics: {
      totalReturn: metrics.totalReturn,
      cagr: metrics.cagr,
      volatility: metrics.volatility,
      sharpe: metrics.sharpe,
      sortino: metrics.sortino,
      calmar: metrics.calmar,
      maxDrawdown: metrics.maxDrawdown.depth,
      maxDrawdownPeak: metrics.maxDrawdown.peakDate,
      maxDrawdownTrough: metrics.maxDrawdown.troughDate,
      recoveryDays: metrics.maxDrawdown.recoveryDays,
      beta: relative?.beta ?? null,
      alpha: relative?.alpha ?? null,
      benchmarkCagr: relative?.benchmarkCagr ?? null,
      trackingError: relative?.trackingError ?? null,
      informationRatio: relative?.informationRatio ?? null,
    },
    data: alignmentNotes(aligned),
  };
}

export type BacktestResultData = Awaited<ReturnType<typeof runBacktestEngine>>;
