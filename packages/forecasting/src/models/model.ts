import type { ForecastKind } from '../dataset.js';
import { FEATURES, LOG_FLOOR } from '../features/definitions.js';

export type ModelFamily = 'linear' | 'gbt' | 'mlp';

/** Squared error on log-volatility, or log-loss on 0/1 labels. */
export type Loss = 'squared' | 'logistic';

/** Awaited between units of training work: yields to the event loop and honours aborts. */
export type Checkpoint = () => Promise<void>;

export type HyperParameters = Readonly<
  Record<string, number | string | boolean | readonly string[]>
>;

/**
 * How linear models and the MLP see a feature vector x (float32, like the ONNX input):
 * z = clip((x' - mean) / std, -Z_LIMIT, Z_LIMIT), with x' = ln(max(x, LOG_FLOOR)) on log-scale
 * columns and x elsewhere. The exported graph does exactly this before its first MatMul.
 */
export interface Preprocessing {
  /** 1 on log-scale columns. */
  readonly logColumns: Uint8Array;
  readonly mean: Float32Array;
  readonly std: Float32Array;
}

/**
 * One regression tree in flat arrays, root at 0. A node with feature -1 is a leaf holding
 * `value`; otherwise x[feature] <= threshold goes to `left`, else to `right` (ONNX BRANCH_LEQ).
 */
export interface Tree {
  readonly feature: Int32Array;
  readonly threshold: Float32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly value: Float32Array;
}

/**
 * Everything a trained model is, in float32 parameters: the exported ONNX graph holds the same
 * numbers, and the validation metrics are those of this very model.
 */
interface ModelBase {
  readonly kind: ForecastKind;
  /** The candidate it came from, such as "har" or "gbt". */
  readonly algorithm: string;
  readonly hyperParameters: HyperParameters;
  readonly featureNames: readonly string[];
  readonly featureHash: string;
  /** Bars an instrument needs before this model may forecast it. */
  readonly minimumHistory: number;
}

export interface LinearParameters {
  readonly preprocessing: Preprocessing;
  readonly weights: Float32Array;
  readonly bias: number;
}

export interface GbtParameters {
  readonly trees: readonly Tree[];
  readonly baseScore: number;
}

export interface MlpParameters {
  readonly preprocessing: Preprocessing;
  readonly hidden: number;
  /** Row-major [feature][hidden unit]. */
  readonly inputWeights: Float32Array;
  readonly hiddenBias: Float32Array;
  readonly outputWeights: Float32Array;
  readonly outputBias: number;
}

export interface LinearModel extends ModelBase, LinearParameters {
  readonly family: 'linear';
}

export interface GbtModel extends ModelBase, GbtParameters {
  readonly family: 'gbt';
}

export interface MlpModel extends ModelBase, MlpParameters {
  readonly family: 'mlp';
}

export type TrainedModel = LinearModel | GbtModel | MlpModel;

/** Volatility models work in log-volatility, direction models in log-odds. */
export const OUTPUT_NAMES: Record<ForecastKind, string> = {
  volatility: 'volatility',
  direction: 'probability_up',
};

export const LOG_COLUMNS = Uint8Array.from(FEATURES, (feature) => (feature.logScale ? 1 : 0));

const FLOAT32_LOG_FLOOR = Math.fround(LOG_FLOOR);

/**
 * Standardised inputs are clipped to ±6: a value far outside the training range (a volume
 * spike, an unadjusted split) must not drive a linear model or the MLP off the chart.
 */
export const Z_LIMIT = 6;

/** x' of one column, from a float32 value. */
export function transformColumn(logColumn: boolean, value: number): number {
  return logColumn ? Math.log(Math.max(value, FLOAT32_LOG_FLOOR)) : value;
}

/** Fits z-scoring to the transformed training columns; a constant column gets std 1. */
export function fitPreprocessing(features: Float64Array, rows: number): Preprocessing {
  const width = LOG_COLUMNS.length;
  const mean = new Float64Array(width);
  const squares = new Float64Array(width);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < width; f++)
      mean[f]! += transformColumn(LOG_COLUMNS[f] === 1, features[r * width + f]!);
  }
  for (let f = 0; f < width; f++) mean[f] = mean[f]! / rows;
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < width; f++) {
      squares[f]! +=
        (transformColumn(LOG_COLUMNS[f] === 1, features[r * width + f]!) - mean[f]!) ** 2;
    }
  }
  const std = Float32Array.from(squares, (sum) => Math.sqrt(sum / rows) || 1);
  return { logColumns: LOG_COLUMNS, mean: Float32Array.from(mean), std };
}

/** z of every row, row-major. */
export function preprocess(
  preprocessing: Preprocessing,
  features: ArrayLike<number>,
  rows: number,
): Float64Array {
  const width = preprocessing.mean.length;
  const z = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < width; f++) {
      const x = transformColumn(
        preprocessing.logColumns[f] === 1,
        Math.fround(features[r * width + f]!),
      );
      const standardised = (x - preprocessing.mean[f]!) / preprocessing.std[f]!;
      z[r * width + f] = Math.min(Math.max(standardised, -Z_LIMIT), Z_LIMIT);
    }
  }
  return z;
}

function treeOutput(tree: Tree, features: ArrayLike<number>, offset: number): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    node =
      Math.fround(features[offset + tree.feature[node]!]!) <= tree.threshold[node]!
        ? tree.left[node]!
        : tree.right[node]!;
  }
  return tree.value[node]!;
}

/** The model's raw output before its link: log-volatility or log-odds. */
export function predictRaw(
  model: TrainedModel,
  features: ArrayLike<number>,
  rows: number,
): Float64Array {
  const width = model.featureNames.length;
  const raw = new Float64Array(rows);
  if (model.family === 'gbt') {
    for (let r = 0; r < rows; r++) {
      let sum = model.baseScore;
      for (const tree of model.trees) sum += treeOutput(tree, features, r * width);
      raw[r] = sum;
    }
    return raw;
  }
  const z = preprocess(model.preprocessing, features, rows);
  if (model.family === 'linear') {
    for (let r = 0; r < rows; r++) {
      let sum = model.bias;
      for (let f = 0; f < width; f++) sum += z[r * width + f]! * model.weights[f]!;
      raw[r] = sum;
    }
    return raw;
  }
  const hidden = model.hidden;
  for (let r = 0; r < rows; r++) {
    let sum = model.outputBias;
    for (let j = 0; j < hidden; j++) {
      let activation = model.hiddenBias[j]!;
      for (let f = 0; f < width; f++)
        activation += z[r * width + f]! * model.inputWeights[f * hidden + j]!;
      if (activation > 0) sum += activation * model.outputWeights[j]!;
    }
    raw[r] = sum;
  }
  return raw;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Forecasts for `rows` feature vectors (row-major, FEATURE_NAMES order): annualised volatility
 * for a volatility model, the probability of a rise for a direction model. Inputs are rounded
 * to float32 first, as they are on their way into ONNX Runtime.
 */
export function predict(
  model: TrainedModel,
  features: ArrayLike<number>,
  rows: number,
): Float64Array {
  const raw = predictRaw(model, features, rows);
  return raw.map(model.kind === 'volatility' ? Math.exp : sigmoid);
}

/** The same model with `delta` added to its raw output (kept float32). */
export function shiftOutput<M extends TrainedModel>(model: M, delta: number): M {
  switch (model.family) {
    case 'linear':
      return { ...model, bias: Math.fround(model.bias + delta) };
    case 'gbt':
      return { ...model, baseScore: Math.fround(model.baseScore + delta) };
    case 'mlp':
      return { ...model, outputBias: Math.fround(model.outputBias + delta) };
  }
}
