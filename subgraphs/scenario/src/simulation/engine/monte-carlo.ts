import { alignedReturns, gbmFromHistory, runMonteCarlo, type Histogram } from '@capstone/quant';
import type { MonteCarloInputs } from '../inputs.js';
import {
  alignmentNotes,
  lastRows,
  loadAligned,
  valueWeights,
  won,
  type EngineContext,
} from './context.js';

const moneyBins = (h: Histogram) =>
  h.counts.map((count, k) => ({ from: won(h.edges[k]!), to: won(h.edges[k + 1]!), count }));
const rateBins = (h: Histogram) =>
  h.counts.map((count, k) => ({ from: h.edges[k]!, to: h.edges[k + 1]!, count }));

/**
 * A Monte Carlo projection of the holdings' value: correlated GBM fitted to the look-back's daily
 * log returns, or a block bootstrap of its days; `seed` fixes every draw (bit-identical on any
 * number of threads).
 */
export async function runMonteCarloEngine(
  inputs: MonteCarloInputs,
  seed: number,
  context: EngineContext,
) {
  context.progress(0.02, 'loading-data');
  const symbols = inputs.holdings.map((h) => h.symbol);
  const aligned = lastRows(
    await loadAligned(context, symbols, inputs.dataFrom, inputs.asOf),
    inputs.lookbackDays,
  );
  const positions = valueWeights(inputs.holdings, aligned);
  const holdingsValue = positions.reduce((sum, p) => sum + p.value, 0);
  const initialValue = inputs.initialValue === null ? holdingsValue : Number(inputs.initialValue);
  const simple = alignedReturns(aligned, 'simple').returns;
  const model =
    inputs.model === 'GBM'
      ? gbmFromHistory(alignedReturns(aligned, 'log').returns)
      : {
          kind: 'bootstrap' as const,
          returns: simple,
          block: 'stationary' as const,
          blockLength: inputs.blockLength ?? 10,
        };
  context.progress(0.1, 'computing');
  const result = await runMonteCarlo(
    {
      model,
      weights: positions.map((p) => p.weight),
      initialValue,
      steps: inputs.horizonDays,
      paths: inputs.paths,
      seed,
      confidences: inputs.confidences,
      bins: 40,
      ...(inputs.cashFlow
        ? { cashFlow: { amount: Number(inputs.cashFlow.amount), every: inputs.cashFlow.everyDays } }
        : {}),
      ...(inputs.goal ? { goal: Number(inputs.goal) } : {}),
      ...(inputs.rebalanceEveryDays ? { rebalanceEvery: inputs.rebalanceEveryDays } : {}),
    },
    {
      pool: context.monteCarloPool,
      signal: context.signal,
      onProgress: (fraction) => context.progress(0.1 + 0.85 * fraction, 'computing'),
    },
  );
  const [p5, p25, p50, p75, p95] = result.bands.values;
  return {
    kind: 'MONTE_CARLO' as const,
    asOf: aligned.dates.at(-1)!,
    paths: result.paths,
    horizonDays: result.steps,
    seed: result.seed,
    initialValue: won(result.initialValue),
    scheduledCashFlow: won(result.scheduledCashFlow),
    weights: positions.map((p) => ({ symbol: p.symbol, weight: p.weight })),
    bands: p50!.map((_, step) => ({
      step,
      p5: won(p5![step]!),
      p25: won(p25![step]!),
      p50: won(p50![step]!),
      p75: won(p75![step]!),
      p95: won(p95![step]!),
    })),
    terminalValue: {
      mean: won(result.terminalValue.mean),
      median: won(result.terminalValue.median),
      histogram: moneyBins(result.terminalValue.histogram),
    },
    terminalReturn: {
      mean: result.terminalReturn.mean,
      median: result.terminalReturn.median,
      probabilityOfLoss: result.terminalReturn.probabilityOfLoss,
      valueAtRisk: result.terminalReturn.valueAtRisk.map((tail) => ({
        confidence: tail.confidence,
        valueAtRisk: tail.var,
        conditionalValueAtRisk: tail.cvar,
        valueAtRiskAmount: won(tail.var * result.initialValue),
        conditionalValueAtRiskAmount: won(tail.cvar * result.initialValue),
        valueAtRiskStandardError: tail.varStandardError,
        conditionalValueAtRiskStandardError: tail.cvarStandardError,
      })),
      histogram: rateBins(result.terminalReturn.histogram),
    },
    goal: result.goal && {
      value: won(result.goal.value),
      probabilityAtEnd: result.goal.probabilityAtEnd,
      probabilityEverReached: result.goal.probabilityEverReached,
    },
    maxDrawdown: {
      mean: result.maxDrawdown.mean,
      percentiles: result.maxDrawdown.percentiles,
      histogram: rateBins(result.maxDrawdown.histogram),
    },
    method: {
      model: inputs.model,
      generator: result.method.generator,
      normals: result.method.normals,
      blockKind: result.method.block?.kind.toUpperCase() ?? null,
      blockLength: result.method.block?.length ?? null,
      covarianceRepaired: result.method.covariance?.repaired ?? false,
      covarianceMethod: result.method.covariance?.method ?? null,
    },
    data: alignmentNotes(aligned),
  };
}

export type MonteCarloResultData = Awaited<ReturnType<typeof runMonteCarloEngine>>;
