import { choleskyWithFallback, type PdRepair } from '../cholesky.js';
import { sampleCovariance } from '../covariance.js';
import { histogram, mean, sortedQuantile, type Histogram } from '../stats.js';
import {
  fail,
  finiteArray,
  finiteColumns,
  finiteNumber,
  openUnit,
  positiveInteger,
  symmetricMatrix,
  weightVector,
} from '../validate.js';
import { sortedTailVar, type VarEstimate } from '../var.js';
import type { BootstrapKernelModel, GbmKernelModel, KernelOutput, KernelSpec } from './kernel.js';
import { MonteCarloPool, type PoolRunOptions } from './pool.js';

export { MonteCarloPool } from './pool.js';

/**
 * Correlated geometric Brownian motion: each step, log returns are N(drift, covariance) — both per
 * step (a trading day when fitted to daily data). Simulated exactly in log space:
 * ln S_{t+1} = ln S_t + drift + L·z, L·Lᵀ = covariance, z standard normal.
 */
export interface GbmModelInput {
  kind: 'gbm';
  drift: ArrayLike<number>;
  covariance: ReadonlyArray<ArrayLike<number>>;
}

/**
 * Block bootstrap of historical simple returns (columns, one per asset): whole rows (days) are
 * resampled, so the cross-asset correlation of each day is kept, in blocks that keep short-run
 * dependence. 'stationary' (Politis & Romano 1994): each step starts a new block with probability
 * 1/blockLength, so lengths are geometric with that mean; 'fixed' (Künsch 1989, moving blocks):
 * blocks of exactly blockLength. Blocks wrap around the end of the history (circular).
 */
export interface BootstrapModelInput {
  kind: 'bootstrap';
  returns: ReadonlyArray<ArrayLike<number>>;
  block?: 'stationary' | 'fixed';
  /** Mean (stationary) or exact (fixed) block length in steps; default 10. */
  blockLength?: number;
}

export type MonteCarloModelInput = GbmModelInput | BootstrapModelInput;

/** GBM parameters fitted to daily log returns (columns): their mean and sample covariance (ddof 1). */
export function gbmFromHistory(logReturns: ReadonlyArray<ArrayLike<number>>): GbmModelInput {
  const columns = finiteColumns('logReturns', logReturns, 2);
  return { kind: 'gbm', drift: columns.map((c) => mean(c)), covariance: sampleCovariance(columns) };
}

/**
 * GBM parameters from annual figures: expected arithmetic returns μ and covariance Σ per year.
 * Per step: drift = (μ − diag(Σ)/2)/P (the Itô correction, so E[S_T] grows at μ), covariance = Σ/P.
 */
export function gbmFromAnnual(
  annual: { expectedReturn: ArrayLike<number>; covariance: ReadonlyArray<ArrayLike<number>> },
  stepsPerYear = 252,
): GbmModelInput {
  const mu = finiteArray('expectedReturn', annual.expectedReturn, 1);
  const cov = symmetricMatrix('covariance', annual.covariance, mu.length);
  positiveInteger('stepsPerYear', stepsPerYear);
  return {
    kind: 'gbm',
    drift: mu.map((m, i) => (m - cov[i]![i]! / 2) / stepsPerYear),
    covariance: cov.map((row) => row.map((v) => v / stepsPerYear)),
  };
}

export interface MonteCarloInput {
  model: MonteCarloModelInput;
  /** Target weights, summing to 1. */
  weights: ArrayLike<number>;
  /** Starting value in KRW. */
  initialValue: number;
  /** Horizon in steps (trading days for daily parameters). */
  steps: number;
  paths: number;
  /** Non-negative safe integer; the same seed gives bit-identical results on any thread count. */
  seed: number;
  /** KRW added (amount > 0) or withdrawn (< 0) after every `every` steps. */
  cashFlow?: { amount: number; every: number };
  /** A target value in KRW. */
  goal?: number;
  /** Reset to the weights every this many steps; omitted or 0 buys and holds. */
  rebalanceEvery?: number;
  /** Confidence levels for VaR/CVaR, default [0.95, 0.99]. */
  confidences?: readonly number[];
  /** Histogram bins, default 40. */
  bins?: number;
  /** How a covariance that is not positive definite is repaired (GBM). */
  covarianceRepair?: PdRepair;
}

export interface MonteCarloOptions extends PoolRunOptions {
  /** Worker threads when no pool is given; default os.availableParallelism(). */
  threads?: number;
  /** A pool kept by the caller across runs. */
  pool?: MonteCarloPool;
}

export const BAND_PERCENTILES = [5, 25, 50, 75, 95] as const;

export interface TailEstimate extends VarEstimate {
  /** Batch-means standard errors (20 batches of consecutive paths); null under 200 paths. */
  varStandardError: number | null;
  cvarStandardError: number | null;
}

export interface MonteCarloResult {
  paths: number;
  steps: number;
  seed: number;
  initialValue: number;
  /** Sum of the scheduled cash flows over the horizon, KRW (contributions > 0). */
  scheduledCashFlow: number;
  /**
   * Fan chart: for each percentile (5/25/50/75/95, linear interpolation as numpy) the portfolio
   * value in KRW at every step 0 … steps. values[k][s] belongs to percentiles[k] at step s.
   */
  bands: { percentiles: number[]; values: number[][] };
  terminalValue: { mean: number; median: number; histogram: Histogram };
  /**
   * Terminal return R = (V_T − V_0 − cash flows) / V_0: profit net of contributions and
   * withdrawals, over the starting value. VaR/CVaR are losses as positive fractions.
   */
  terminalReturn: {
    mean: number;
    median: number;
    valueAtRisk: TailEstimate[];
    /** P(R < 0). */
    probabilityOfLoss: number;
    histogram: Histogram;
  };
  goal: { value: number; probabilityAtEnd: number; probabilityEverReached: number } | null;
  /** Worst peak-to-trough fall of each path's time-weighted value (cash flows excluded), ≤ 0. */
  maxDrawdown: {
    mean: number;
    percentiles: { percentile: number; value: number }[];
    histogram: Histogram;
  };
  method: {
    model: 'gbm' | 'bootstrap';
    generator: string;
    normals: string | null;
    block: { kind: 'stationary' | 'fixed'; length: number } | null;
    covariance: {
      repaired: boolean;
      method: string;
      minEigenvalue?: number;
      adjustment?: number;
    } | null;
  };
}

const GENERATOR = 'xoshiro128** per path, seeded by SplitMix64(seed·φ⁶⁴ + path)';
const NORMALS = 'ziggurat, 256 layers (Marsaglia & Tsang 2000; layout of numpy.random.Generator)';
/** Refuse runs whose value table would pass ~800 MB. */
const MAX_CELLS = 100_000_000;

function kernelModel(
  input: MonteCarloInput,
  assets: number,
): {
  model: GbmKernelModel | BootstrapKernelModel;
  method: MonteCarloResult['method'];
} {
  const model = input.model;
  if (model?.kind === 'gbm') {
    const drift = finiteArray('model.drift', model.drift, 1);
    if (drift.length !== assets)
      fail(
        'model.drift',
        `자산 수(${assets})와 길이가 다릅니다`,
        `has ${drift.length} entries for ${assets} assets`,
      );
    const factor = choleskyWithFallback(model.covariance, { repair: input.covarianceRepair });
    if (factor.lower.length !== assets)
      fail(
        'model.covariance',
        `${assets}×${assets} 행렬이어야 합니다`,
        `must be ${assets}×${assets}`,
      );
    const stride = assets + (assets % 2);
    const lower = new Float64Array(stride * stride);
    factor.lower.forEach((row, i) => lower.set(row, i * stride));
    const padded = new Float64Array(stride);
    padded.set(drift);
    return {
      model: { kind: 'gbm', drift: padded, lower, stride },
      method: {
        model: 'gbm',
        generator: GENERATOR,
        normals: NORMALS,
        block: null,
        covariance: {
          repaired: factor.repaired,
          method: factor.method,
          minEigenvalue: factor.minEigenvalue,
          adjustment: factor.adjustment,
        },
      },
    };
  }
  if (model?.kind === 'bootstrap') {
    const columns = finiteColumns('model.returns', model.returns, 1);
    if (columns.length !== assets)
      fail(
        'model.returns',
        `자산 수(${assets})와 열 수가 다릅니다`,
        `has ${columns.length} series for ${assets} assets`,
      );
    const periods = columns[0]!.length;
    const returns = new Float64Array(periods * assets);
    columns.forEach((column, i) =>
      column.forEach((r, t) => {
        if (!(r > -1))
          fail(
            `model.returns[${i}][${t}]`,
            '수익률은 -100%보다 커야 합니다',
            `a simple return must be > −1 (got ${r})`,
          );
        returns[t * assets + i] = r;
      }),
    );
    const block = model.block ?? 'stationary';
    if (block !== 'stationary' && block !== 'fixed')
      fail(
        'model.block',
        "'stationary' 또는 'fixed'여야 합니다",
        `unknown block scheme ${String(block)}`,
      );
    const blockLength = positiveInteger('model.blockLength', model.blockLength ?? 10);
    return {
      model: { kind: 'bootstrap', returns, periods, block, blockLength },
      method: {
        model: 'bootstrap',
        generator: GENERATOR,
        normals: null,
        block: { kind: block, length: blockLength },
        covariance: null,
      },
    };
  }
  return fail(
    'model.kind',
    "'gbm' 또는 'bootstrap'이어야 합니다",
    `unknown model ${String((model as { kind?: unknown })?.kind)}`,
  );
}

/** Validates the input into the kernel's spec. */
export function monteCarloSpec(input: MonteCarloInput): {
  spec: KernelSpec;
  method: MonteCarloResult['method'];
} {
  if (input == null || typeof input !== 'object')
    fail('input', '입력이 필요합니다', 'input is required');
  const weightsLength = input.weights?.length ?? 0;
  const weights = weightVector('weights', input.weights, weightsLength);
  const assets = weights.length;
  if (assets === 0) fail('weights', '자산이 하나 이상 필요합니다', 'needs at least one asset');
  const initialValue = finiteNumber('initialValue', input.initialValue);
  if (!(initialValue > 0))
    fail('initialValue', '0보다 커야 합니다', `must be > 0 (got ${initialValue})`);
  const steps = positiveInteger('steps', input.steps);
  const paths = positiveInteger('paths', input.paths);
  if (!Number.isSafeInteger(input.seed) || input.seed < 0) {
    fail(
      'seed',
      '0 이상의 안전한 정수여야 합니다',
      `must be a non-negative safe integer (got ${input.seed})`,
    );
  }
  if ((steps + 1) * paths > MAX_CELLS) {
    fail(
      'paths',
      `경로 수 × (기간 + 1)이 ${MAX_CELLS}을 넘습니다`,
      `paths × (steps + 1) exceeds ${MAX_CELLS}`,
    );
  }
  let cashFlow = 0;
  let cashFlowEvery = 0;
  if (input.cashFlow) {
    cashFlow = finiteNumber('cashFlow.amount', input.cashFlow.amount);
    cashFlowEvery = positiveInteger('cashFlow.every', input.cashFlow.every);
  }
  let goal = 0;
  if (input.goal !== undefined) {
    goal = finiteNumber('goal', input.goal);
    if (!(goal > 0)) fail('goal', '0보다 커야 합니다', `must be > 0 (got ${goal})`);
  }
  const rebalanceEvery = input.rebalanceEvery
    ? positiveInteger('rebalanceEvery', input.rebalanceEvery)
    : 0;
  const { model, method } = kernelModel(input, assets);
  return {
    spec: {
      model,
      assets,
      weights,
      initialValue,
      steps,
      paths,
      seed: input.seed,
      cashFlow,
      cashFlowEvery,
      rebalanceEvery,
      goal,
    },
    method,
  };
}

function sharedOutput(spec: KernelSpec): KernelOutput {
  return {
    values: new Float64Array(new SharedArrayBuffer(8 * (spec.steps + 1) * spec.paths)),
    maxDrawdown: new Float64Array(new SharedArrayBuffer(8 * spec.paths)),
    goalReached: new Uint8Array(new SharedArrayBuffer(spec.paths)),
  };
}

const BATCHES = 20;

function tailEstimates(
  returns: Float64Array,
  sorted: Float64Array,
  confidences: readonly number[],
): TailEstimate[] {
  const n = returns.length;
  return confidences.map((c) => {
    const whole = sortedTailVar(sorted, c);
    if (n < BATCHES * 10) return { ...whole, varStandardError: null, cvarStandardError: null };
    // Batch means: the estimator on 20 batches of consecutive paths; SE = sd(batches)/√20.
    const vars: number[] = [];
    const cvars: number[] = [];
    for (let b = 0; b < BATCHES; b++) {
      const batch = returns
        .slice(Math.floor((b * n) / BATCHES), Math.floor(((b + 1) * n) / BATCHES))
        .sort();
      const est = sortedTailVar(batch, c);
      vars.push(est.var);
      cvars.push(est.cvar);
    }
    const se = (x: number[]) => {
      const m = mean(x);
      return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1) / x.length);
    };
    return { ...whole, varStandardError: se(vars), cvarStandardError: se(cvars) };
  });
}

/** Summarises the simulated paths (main thread; independent of how paths were split). */
export function summarise(
  spec: KernelSpec,
  out: KernelOutput,
  bands: Float64Array,
  method: MonteCarloResult['method'],
  options: { confidences: readonly number[]; bins: number },
): MonteCarloResult {
  const { paths, steps, initialValue } = spec;
  const bandValues = BAND_PERCENTILES.map((_, k) =>
    Array.from(bands.subarray(k * (steps + 1), (k + 1) * (steps + 1))),
  );
  const terminal = out.values.slice(steps * paths);
  const sortedTerminal = terminal.slice().sort();
  const flows = spec.cashFlowEvery > 0 ? Math.floor(steps / spec.cashFlowEvery) * spec.cashFlow : 0;
  const returns = terminal.map((v) => (v - initialValue - flows) / initialValue);
  const sortedReturns = returns.slice().sort();
  let losses = 0;
  let atGoal = 0;
  let everGoal = 0;
  for (let p = 0; p < paths; p++) {
    if (returns[p]! < 0) losses++;
    if (spec.goal > 0 && terminal[p]! >= spec.goal) atGoal++;
    everGoal += out.goalReached[p]!;
  }
  const drawdowns = out.maxDrawdown.slice().sort();
  return {
    paths,
    steps,
    seed: spec.seed,
    initialValue,
    scheduledCashFlow: flows,
    bands: { percentiles: [...BAND_PERCENTILES], values: bandValues },
    terminalValue: {
      mean: mean(terminal),
      median: sortedQuantile(sortedTerminal, 0.5),
      histogram: histogram(terminal, options.bins),
    },
    terminalReturn: {
      mean: mean(returns),
      median: sortedQuantile(sortedReturns, 0.5),
      valueAtRisk: tailEstimates(returns, sortedReturns, options.confidences),
      probabilityOfLoss: losses / paths,
      histogram: histogram(returns, options.bins),
    },
    goal:
      spec.goal > 0
        ? {
            value: spec.goal,
            probabilityAtEnd: atGoal / paths,
            probabilityEverReached: everGoal / paths,
          }
        : null,
    maxDrawdown: {
      mean: mean(drawdowns),
      percentiles: BAND_PERCENTILES.map((p) => ({
        percentile: p,
        value: sortedQuantile(drawdowns, p / 100),
      })),
      histogram: histogram(drawdowns, options.bins),
    },
    method,
  };
}

/**
 * Monte Carlo projection of a portfolio over worker threads. Paths are independent streams of
 * (seed, path index), so the result is bit-identical for any thread count. Memory: one value per
 * path and step (for the bands), never per asset.
 */
export async function runMonteCarlo(
  input: MonteCarloInput,
  options: MonteCarloOptions = {},
): Promise<MonteCarloResult> {
  const { spec, method } = monteCarloSpec(input);
  const confidences = input.confidences ?? [0.95, 0.99];
  confidences.forEach((c, i) => openUnit(`confidences[${i}]`, c));
  const bins = positiveInteger('bins', input.bins ?? 40);
  const out = sharedOutput(spec);
  const pool = options.pool ?? new MonteCarloPool({ threads: options.threads });
  let bands: Float64Array;
  try {
    const percentiles = BAND_PERCENTILES.map((p) => p / 100);
    bands = await pool.run(spec, out, percentiles, {
      signal: options.signal,
      onProgress: options.onProgress,
    });
  } finally {
    if (!options.pool) await pool.close();
  }
  return summarise(spec, out, bands, method, { confidences, bins });
}

/**
 * Monte Carlo VaR/CVaR of a portfolio's simple return over `horizon` steps: GBM fitted to the
 * assets' history (simple returns, columns; fitted on their logs), weights held (buy and hold over
 * the horizon). Losses as positive fractions, with batch-means standard errors.
 */
export async function monteCarloVar(
  input: {
    returns: ReadonlyArray<ArrayLike<number>>;
    weights: ArrayLike<number>;
    horizon?: number;
    paths?: number;
    seed: number;
    confidences?: readonly number[];
  },
  options: MonteCarloOptions = {},
): Promise<TailEstimate[]> {
  const columns = finiteColumns('returns', input.returns, 2);
  columns.forEach((column, i) =>
    column.forEach((r, t) => {
      if (!(r > -1))
        fail(
          `returns[${i}][${t}]`,
          '수익률은 -100%보다 커야 합니다',
          `a simple return must be > −1 (got ${r})`,
        );
    }),
  );
  const result = await runMonteCarlo(
    {
      model: gbmFromHistory(columns.map((c) => c.map(Math.log1p))),
      weights: input.weights,
      initialValue: 1,
      steps: input.horizon ?? 1,
      paths: input.paths ?? 10_000,
      seed: input.seed,
      confidences: input.confidences,
    },
    options,
  );
  return result.terminalReturn.valueAtRisk;
}
