import type { Random } from '../random.js';
import {
  fitPreprocessing,
  preprocess,
  type Checkpoint,
  type Loss,
  type MlpParameters,
} from './model.js';

/** One hidden ReLU layer, trained with Adam on mini-batches drawn by the seeded source. */
export interface MlpOptions {
  readonly hidden: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  /** Weight decay on the weights (not the biases). */
  readonly l2: number;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

export async function fitMlp(
  features: Float64Array,
  target: Float64Array,
  rows: number,
  loss: Loss,
  options: MlpOptions,
  random: Random,
  checkpoint: Checkpoint,
): Promise<MlpParameters> {
  const preprocessing = fitPreprocessing(features, rows);
  const width = preprocessing.mean.length;
  const z = preprocess(preprocessing, features, rows);
  const hidden = options.hidden;
  // All parameters in one vector: [W1 (width × hidden) | b1 (hidden) | w2 (hidden) | b2].
  const w1 = 0;
  const b1 = width * hidden;
  const w2 = b1 + hidden;
  const b2 = w2 + hidden;
  const size = b2 + 1;
  const params = new Float64Array(size);
  const decays = new Uint8Array(size);
  for (let i = w1; i < b1; i++) {
    params[i] = random.normal() * Math.sqrt(2 / width);
    decays[i] = 1;
  }
  // Output weights start at zero, so training starts from the constant forecast (the target's
  // mean) rather than from random projections of noise features.
  for (let i = w2; i < b2; i++) decays[i] = 1;
  let mean = 0;
  for (let r = 0; r < rows; r++) mean += target[r]!;
  mean /= rows;
  const clipped = Math.min(Math.max(mean, 1e-6), 1 - 1e-6);
  params[b2] = loss === 'squared' ? mean : Math.log(clipped / (1 - clipped));

  const firstMoment = new Float64Array(size);
  const secondMoment = new Float64Array(size);
  const gradient = new Float64Array(size);
  const activation = new Float64Array(hidden);
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    random.shuffle(order);
    for (let start = 0; start < rows; start += options.batchSize) {
      const end = Math.min(start + options.batchSize, rows);
      gradient.fill(0);
      for (let k = start; k < end; k++) {
        const r = order[k]!;
        let output = params[b2]!;
        for (let j = 0; j < hidden; j++) {
          let a = params[b1 + j]!;
          for (let f = 0; f < width; f++) a += z[r * width + f]! * params[w1 + f * hidden + j]!;
          activation[j] = a > 0 ? a : 0;
          output += activation[j]! * params[w2 + j]!;
        }
        const error =
          loss === 'squared' ? output - target[r]! : 1 / (1 + Math.exp(-output)) - target[r]!;
        gradient[b2]! += error;
        for (let j = 0; j < hidden; j++) {
          if (activation[j]! <= 0) continue;
          gradient[w2 + j]! += error * activation[j]!;
          const back = error * params[w2 + j]!;
          gradient[b1 + j]! += back;
          for (let f = 0; f < width; f++)
            gradient[w1 + f * hidden + j]! += back * z[r * width + f]!;
        }
      }
      step++;
      const scale = 1 / (end - start);
      const correction1 = 1 - BETA1 ** step;
      const correction2 = 1 - BETA2 ** step;
      for (let i = 0; i < size; i++) {
        const g = gradient[i]! * scale + (decays[i] ? options.l2 * params[i]! : 0);
        firstMoment[i] = BETA1 * firstMoment[i]! + (1 - BETA1) * g;
        secondMoment[i] = BETA2 * secondMoment[i]! + (1 - BETA2) * g * g;
        params[i] =
          params[i]! -
          (options.learningRate * (firstMoment[i]! / correction1)) /
            (Math.sqrt(secondMoment[i]! / correction2) + EPSILON);
      }
    }
    await checkpoint();
  }
  return {
    preprocessing,
    hidden,
    inputWeights: Float32Array.from(params.subarray(w1, b1)),
    hiddenBias: Float32Array.from(params.subarray(b1, w2)),
    outputWeights: Float32Array.from(params.subarray(w2, b2)),
    outputBias: Math.fround(params[b2]!),
  };
}
