import type { SimulationInputs } from '../inputs.js';
import { runBacktestEngine, type BacktestResultData } from './backtest.js';
import type { EngineContext } from './context.js';
import { runMonteCarloEngine, type MonteCarloResultData } from './monte-carlo.js';
import { runOptimizationEngine, type OptimizationResultData } from './optimization.js';
import { runStressTestEngine, type StressTestResultData } from './stress.js';

export { RunInputError, type EngineContext } from './context.js';

export type SimulationResultData =
  StressTestResultData | MonteCarloResultData | BacktestResultData | OptimizationResultData;
export type {
  BacktestResultData,
  MonteCarloResultData,
  OptimizationResultData,
  StressTestResultData,
};

/** A run's numbers: a pure function of its inputs, its seed, this engine and the market data. */
export function runEngine(
  inputs: SimulationInputs,
  seed: number,
  context: EngineContext,
): Promise<SimulationResultData> {
  switch (inputs.kind) {
    case 'STRESS_TEST':
      return runStressTestEngine(inputs, context);
    case 'MONTE_CARLO':
      return runMonteCarloEngine(inputs, seed, context);
    case 'BACKTEST':
      return runBacktestEngine(inputs, context);
    case 'OPTIMIZATION':
      return runOptimizationEngine(inputs, context);
  }
}
