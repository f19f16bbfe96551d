import type { SimulationReportQuery } from '@capstone/operations/web/graphql';

export type Report = NonNullable<SimulationReportQuery['simulation']>;
export type RunResult = NonNullable<Report['result']>;
export type ResultOf<Name extends RunResult['__typename']> = Extract<
  RunResult,
  { __typename: Name }
>;
export type MonteCarlo = ResultOf<'MonteCarloResult'>;
export type Backtest = ResultOf<'BacktestResult'>;
export type Optimization = ResultOf<'OptimizationResult'>;
export type StressTest = ResultOf<'StressTestResult'>;
