import {
  assertKind,
  HORIZON_DAYS,
  TARGET_DEFINITIONS,
  type ForecastKind,
  type TrainingSet,
} from './dataset.js';
import { ForecastingInputError } from './errors.js';
import {
  FEATURE_DEFINITIONS_VERSION,
  FEATURE_NAMES,
  MINIMUM_HISTORY,
  featureIndex,
} from './features/definitions.js';
import {
  directionMetrics,
  volatilityMetrics,
  type DirectionMetrics,
  type Metrics,
  type VolatilityMetrics,
} from './metrics.js';
import { fitGbt, type GbtOptions } from './models/gbt.js';
import { fitLogistic, fitRidge } from './models/linear.js';
import { fitMlp, type MlpOptions } from './models/mlp.js';
import {
  predict,
  predictRaw,
  shiftOutput,
  type Checkpoint,
  type HyperParameters,
  type ModelFamily,
  type TrainedModel,
} from './models/model.js';
import {
  BASELINE_NAMES,
  decidePromotion,
  type BaselineResult,
  type PromotionDecision,
} from './promotion.js';
import { createRandom } from './random.js';
import {
  describeWindow,
  planWalkForward,
  type Split,
  type WalkForwardOptions,
  type Window,
} from './walk-forward.js';

export const LIBRARY_VERSION = '0.1.0';

/** One model to try: its family and hyper-parameters, under a unique id. */
export type CandidateSpec =
  | {
      readonly id: string;
      readonly algorithm: 'linear';
      /** Ridge penalty per row on standardised features (0: OLS / unpenalised logistic). */
      readonly lambda: number;
      /** The columns it may use (default: all); the others get weight 0. */
      readonly features?: readonly string[];
    }
  | ({ readonly id: string; readonly algorithm: 'gbt' } & GbtOptions)
  | ({ readonly id: string; readonly algorithm: 'mlp' } & MlpOptions);

const GBT: GbtOptions = {
  trees: 150,
  maxDepth: 3,
  learningRate: 0.05,
  minLeafRows: 200,
  l2: 1,
  subsample: 0.8,
  bins: 64,
};
const MLP: MlpOptions = { hidden: 16, epochs: 15, batchSize: 256, learningRate: 3e-3, l2: 1e-4 };

/** The candidates tried when none are given. */
export const DEFAULT_CANDIDATES: Record<ForecastKind, readonly CandidateSpec[]> = {
  volatility: [
    {
      id: 'har',
      algorithm: 'linear',
      lambda: 0,
      features: ['volatility_5d', 'volatility_20d', 'volatility_60d'],
    },
    { id: 'har-x', algorithm: 'linear', lambda: 1e-3 },
    { id: 'gbt', algorithm: 'gbt', ...GBT },
    { id: 'mlp', algorithm: 'mlp', ...MLP },
  ],
  direction: [
    { id: 'logistic', algorithm: 'linear', lambda: 1e-3 },
    { id: 'gbt', algorithm: 'gbt', ...GBT },
    { id: 'mlp', algorithm: 'mlp', ...MLP },
  ],
};

export interface TrainingProgress {
  readonly stage: 'validation' | 'hold-out';
  readonly candidate: string;
  /** 1-based validation fold; null on the hold-out. */
  readonly fold: number | null;
  /** Model fits finished so far, including this one. */
  readonly completedFits: number;
  readonly totalFits: number;
}

export interface TrainOptions {
  /** From buildTrainingSet; its kind decides the loss, metrics and baselines. */
  readonly set: TrainingSet;
  readonly candidates?: readonly CandidateSpec[];
  readonly validation?: Partial<WalkForwardOptions>;
  /** Fixes every random choice (row sampling, initial weights, batch order). Default 1. */
  readonly seed?: number;
  /** Registry name; default `krx-<kind>-20d`. */
  readonly name?: string;
  /**
   * Also fit and score every candidate on the hold-out, for reports and benchmarks. The choice
   * never looks at these scores.
   */
  readonly holdOutForAllCandidates?: boolean;
  readonly onProgress?: (progress: TrainingProgress) => void;
  /** Checked between trees, epochs and fits; an abort rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
}

export interface CandidateReport {
  readonly id: string;
  readonly algorithm: ModelFamily;
  readonly hyperParameters: HyperParameters;
  /** Pooled over the validation folds' test windows. */
  readonly validation: Metrics;
  /** Only for the selected candidate, or for all with holdOutForAllCandidates. */
  readonly holdOut: Metrics | null;
  readonly selected: boolean;
}

/** What the model registry stores about a trained version: plain JSON. */
export interface ModelRecord {
  readonly name: string;
  readonly kind: ForecastKind;
  readonly target: string;
  readonly horizonDays: number;
  /** The selected candidate's id ("har", "gbt", …) and family. */
  readonly algorithm: string;
  readonly family: ModelFamily;
  readonly hyperParameters: HyperParameters;
  readonly seed: number;
  readonly features: {
    readonly names: readonly string[];
    readonly hash: string;
    readonly definitionsVersion: number;
  };
  readonly minimumHistory: number;
  /** What the delivered model was fitted on. */
  readonly trainingWindow: Window;
  readonly holdOutWindow: Window;
  readonly validation: {
    readonly scheme: 'walk-forward, expanding window';
    readonly embargoDays: number;
    readonly purged: true;
    readonly selectionMetric: 'qlike' | 'logLoss';
    readonly folds: readonly { readonly train: Window; readonly test: Window }[];
    readonly baselines: readonly { readonly id: string; readonly metrics: Metrics }[];
  };
  readonly candidates: readonly CandidateReport[];
  readonly holdOut: {
    readonly model: Metrics;
    readonly baselines: readonly BaselineResult[];
  };
  readonly promotion: PromotionDecision;
  readonly libraryVersion: string;
}

export interface TrainingResult {
  /** The selected candidate fitted on everything before the hold-out: the one to export. */
  readonly model: TrainedModel;
  readonly record: ModelRecord;
  /** Hold-out fits by candidate id (the selected one, or all with holdOutForAllCandidates). */
  readonly candidateModels: ReadonlyMap<string, TrainedModel>;
}

const yieldToEventLoop = () =>
  new Promise<void>((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

interface Gathered {
  readonly features: Float64Array;
  /** Log-volatility, or the 0/1 label. */
  readonly target: Float64Array;
  readonly rows: number;
}

/** The rows' features rounded to float32 (what serving feeds ONNX) and the fitted target. */
function gather(set: TrainingSet, rows: Int32Array): Gathered {
  const width = set.featureNames.length;
  const features = new Float64Array(rows.length * width);
  const target = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    for (let f = 0; f < width; f++)
      features[i * width + f] = Math.fround(set.features[row * width + f]!);
    target[i] = set.kind === 'volatility' ? Math.log(set.target[row]!) : set.target[row]!;
  });
  return { features, target, rows: rows.length };
}

function hyperParameters(spec: CandidateSpec): HyperParameters {
  const { id: _id, algorithm: _algorithm, ...rest } = spec;
  return rest;
}

function columnMask(spec: CandidateSpec & { algorithm: 'linear' }): Uint8Array {
  const names = spec.features ?? FEATURE_NAMES;
  const mask = new Uint8Array(FEATURE_NAMES.length);
  names.forEach((name, i) => {
    if (!FEATURE_NAMES.includes(name)) {
      throw new ForecastingInputError(
        `candidates.${spec.id}.features[${i}]`,
        `알 수 없는 특성입니다: ${name}`,
        `unknown feature: ${name}`,
      );
    }
    mask[featureIndex(name)] = 1;
  });
  return mask;
}

/**
 * Fits one candidate. A volatility model's raw output is then shifted so that exp(2·raw) is
 * unbiased for the variance on its training rows (Duan's smearing: log-space fits forecast the
 * median, and QLIKE punishes forecasts that run low).
 */
async function fitCandidate(
  spec: CandidateSpec,
  set: TrainingSet,
  rows: Int32Array,
  seed: number,
  checkpoint: Checkpoint,
): Promise<TrainedModel> {
  const data = gather(set, rows);
  const loss = set.kind === 'volatility' ? 'squared' : 'logistic';
  const base = {
    kind: set.kind,
    algorithm: spec.id,
    hyperParameters: hyperParameters(spec),
    featureNames: set.featureNames,
    featureHash: set.featureHash,
    minimumHistory: MINIMUM_HISTORY,
  };
  const random = createRandom(seed);
  let model: TrainedModel;
  switch (spec.algorithm) {
    case 'linear': {
      const options = { lambda: spec.lambda, columns: columnMask(spec) };
      const fit =
        loss === 'squared'
          ? fitRidge(data.features, data.target, data.rows, options)
          : fitLogistic(data.features, data.target, data.rows, options);
      model = { ...base, family: 'linear', ...fit };
      break;
    }
    case 'gbt':
      model = {
        ...base,
        family: 'gbt',
        ...(await fitGbt(data.features, data.target, data.rows, loss, spec, random, checkpoint)),
      };
      break;
    case 'mlp':
      model = {
        ...base,
        family: 'mlp',
        ...(await fitMlp(data.features, data.target, data.rows, loss, spec, random, checkpoint)),
      };
      break;
    default:
      throw new ForecastingInputError(
        `candidates.${(spec as { id: string }).id}.algorithm`,
        `'linear', 'gbt', 'mlp' 중 하나여야 합니다`,
        `must be one of 'linear', 'gbt', 'mlp'`,
      );
  }
  if (set.kind !== 'volatility') return model;
  const raw = predictRaw(model, data.features, data.rows);
  let sum = 0;
  for (let i = 0; i < data.rows; i++) sum += Math.exp(2 * (data.target[i]! - raw[i]!));
  return shiftOutput(model, 0.5 * Math.log(sum / data.rows));
}

function rowsOf(set: TrainingSet, rows: Int32Array) {
  const width = set.featureNames.length;
  const features = new Float64Array(rows.length * width);
  const target = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    features.set(set.features.subarray(row * width, (row + 1) * width), i * width);
    target[i] = set.target[row]!;
  });
  return { features, target };
}

function score(kind: ForecastKind, target: Float64Array, forecast: Float64Array): Metrics {
  return kind === 'volatility'
    ? volatilityMetrics(target, forecast)
    : directionMetrics(target, forecast);
}

/** The baselines' forecasts on a split's test rows. */
function baselineForecasts(
  set: TrainingSet,
  split: Split,
): { id: string; forecast: Float64Array }[] {
  if (set.kind === 'volatility') {
    const column = featureIndex('volatility_20d');
    const width = set.featureNames.length;
    return [
      {
        id: BASELINE_NAMES.trailingVolatility.id,
        forecast: Float64Array.from(split.test, (row) => set.features[row * width + column]!),
      },
    ];
  }
  let positives = 0;
  for (const row of split.train) positives += set.target[row]!;
  return [
    {
      id: BASELINE_NAMES.baseRate.id,
      forecast: new Float64Array(split.test.length).fill(positives / split.train.length),
    },
  ];
}

const selectionMetric = (kind: ForecastKind) => (kind === 'volatility' ? 'qlike' : 'logLoss');

function concat(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function validateCandidates(candidates: readonly CandidateSpec[]): void {
  if (!Array.isArray(candidates) || candidates.length === 0) {
    throw new ForecastingInputError(
      'candidates',
      '후보가 하나 이상 있어야 합니다',
      'at least one candidate is needed',
    );
  }
  const ids = new Set<string>();
  candidates.forEach((candidate, i) => {
    if (typeof candidate?.id !== 'string' || candidate.id === '' || ids.has(candidate.id)) {
      throw new ForecastingInputError(
        `candidates[${i}].id`,
        '비어 있지 않고 서로 다른 문자열이어야 합니다',
        'must be a non-empty string, unique among the candidates',
      );
    }
    ids.add(candidate.id);
  });
}

/**
 * Trains a forecaster: every candidate is fitted and scored on each walk-forward fold, the best
 * by the selection metric (QLIKE for volatility, log loss for direction) is refitted on all data
 * before the hold-out, and its hold-out scores against the baselines decide promotion.
 */
export async function trainForecaster(options: TrainOptions): Promise<TrainingResult> {
  const { set } = options;
  if (!set || typeof set.rows !== 'number' || !(set.features instanceof Float64Array)) {
    throw new ForecastingInputError(
      'set',
      'buildTrainingSet의 결과여야 합니다',
      'must come from buildTrainingSet',
    );
  }
  assertKind(set.kind, 'set.kind');
  const kind = set.kind;
  const candidates = options.candidates ?? DEFAULT_CANDIDATES[kind];
  validateCandidates(candidates);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) {
    throw new ForecastingInputError(
      'seed',
      `정수여야 합니다: ${seed}`,
      `must be an integer: ${seed}`,
    );
  }
  const plan = planWalkForward(set, options.validation);
  const signal = options.signal;
  signal?.throwIfAborted();
  const checkpoint: Checkpoint = async () => {
    await yieldToEventLoop();
    signal?.throwIfAborted();
  };
  const holdOutFits = options.holdOutForAllCandidates ? candidates.length : 1;
  const totalFits = candidates.length * plan.folds.length + holdOutFits;
  let completedFits = 0;
  const fit = async (
    spec: CandidateSpec,
    split: Split,
    candidate: number,
    fold: number | null,
  ): Promise<{ model: TrainedModel; forecast: Float64Array }> => {
    const fitSeed = (Math.imul(seed, 1_000_003) + candidate * 7_919 + (fold ?? 0)) >>> 0;
    const model = await fitCandidate(spec, set, split.train, fitSeed, checkpoint);
    completedFits++;
    options.onProgress?.({
      stage: fold === null ? 'hold-out' : 'validation',
      candidate: spec.id,
      fold,
      completedFits,
      totalFits,
    });
    return { model, forecast: predict(model, rowsOf(set, split.test).features, split.test.length) };
  };

  const testTargets = plan.folds.map((fold) => rowsOf(set, fold.test).target);
  const pooledTarget = concat(testTargets);
  const validationScores: Metrics[] = [];
  for (const [c, spec] of candidates.entries()) {
    const forecasts: Float64Array[] = [];
    for (const [k, fold] of plan.folds.entries()) {
      forecasts.push((await fit(spec, fold, c, k + 1)).forecast);
    }
    validationScores.push(score(kind, pooledTarget, concat(forecasts)));
  }
  const metric = selectionMetric(kind);
  const value = (metrics: Metrics) => {
    const v = (metrics as unknown as Record<string, number>)[metric]!;
    return Number.isNaN(v) ? Infinity : v;
  };
  let selected = 0;
  validationScores.forEach((metrics, c) => {
    if (value(metrics) < value(validationScores[selected]!)) selected = c;
  });

  const holdOutTarget = rowsOf(set, plan.holdOut.test).target;
  const candidateModels = new Map<string, TrainedModel>();
  const holdOutScores: (Metrics | null)[] = candidates.map(() => null);
  for (const [c, spec] of candidates.entries()) {
    if (c !== selected && !options.holdOutForAllCandidates) continue;
    const { model, forecast } = await fit(spec, plan.holdOut, c, null);
    candidateModels.set(spec.id, model);
    holdOutScores[c] = score(kind, holdOutTarget, forecast);
  }

  const names = kind === 'volatility' ? BASELINE_NAMES.trailingVolatility : BASELINE_NAMES.baseRate;
  const holdOutBaselines: BaselineResult[] = baselineForecasts(set, plan.holdOut).map(
    ({ forecast }) => ({ ...names, metrics: score(kind, holdOutTarget, forecast) }),
  );
  const validationBaselines = [
    {
      id: names.id,
      metrics: score(
        kind,
        pooledTarget,
        concat(plan.folds.map((fold) => baselineForecasts(set, fold)[0]!.forecast)),
      ),
    },
  ];
  const chosen = candidates[selected]!;
  const model = candidateModels.get(chosen.id)!;
  const holdOutMetrics = holdOutScores[selected]! as VolatilityMetrics | DirectionMetrics;
  const record: ModelRecord = {
    name: options.name ?? `krx-${kind}-${HORIZON_DAYS}d`,
    kind,
    target: TARGET_DEFINITIONS[kind],
    horizonDays: HORIZON_DAYS,
    algorithm: chosen.id,
    family: chosen.algorithm,
    hyperParameters: hyperParameters(chosen),
    seed,
    features: {
      names: set.featureNames,
      hash: set.featureHash,
      definitionsVersion: FEATURE_DEFINITIONS_VERSION,
    },
    minimumHistory: model.minimumHistory,
    trainingWindow: describeWindow(set, plan.holdOut.train),
    holdOutWindow: describeWindow(set, plan.holdOut.test),
    validation: {
      scheme: 'walk-forward, expanding window',
      embargoDays: plan.options.embargoDays,
      purged: true,
      selectionMetric: metric,
      folds: plan.folds.map((fold) => ({
        train: describeWindow(set, fold.train),
        test: describeWindow(set, fold.test),
      })),
      baselines: validationBaselines,
    },
    candidates: candidates.map((spec, c) => ({
      id: spec.id,
      algorithm: spec.algorithm,
      hyperParameters: hyperParameters(spec),
      validation: validationScores[c]!,
      holdOut: holdOutScores[c] ?? null,
      selected: c === selected,
    })),
    holdOut: { model: holdOutMetrics, baselines: holdOutBaselines },
    promotion: decidePromotion({ kind, model: holdOutMetrics, baselines: holdOutBaselines }),
    libraryVersion: LIBRARY_VERSION,
  };
  return { model, record, candidateModels };
}
