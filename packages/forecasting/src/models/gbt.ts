import type { Random } from '../random.js';
import type { Checkpoint, GbtParameters, Loss, Tree } from './model.js';

/**
 * Gradient-boosted regression trees, written here rather than taken from ml-cart: ml-cart grows
 * one tree on exact splits over sorted JS arrays (too slow for boosting on ~10^5 rows) and has no
 * second-order (Newton) leaves for the logistic loss. This is a small histogram GBT on typed
 * arrays: each feature is cut into at most `bins` quantile bins whose edges are float32 values
 * seen in the data, so a split "bin <= b" is exactly "x <= edge" on the float32 features ONNX
 * Runtime receives, and the exported TreeEnsembleRegressor takes the same branches.
 */
export interface GbtOptions {
  readonly trees: number;
  readonly maxDepth: number;
  readonly learningRate: number;
  /** Smallest number of (sampled) rows in a leaf. */
  readonly minLeafRows: number;
  /** L2 penalty on leaf values (XGBoost's lambda). */
  readonly l2: number;
  /** Share of rows each tree sees, drawn with the seeded random source. */
  readonly subsample: number;
  /** Most bins per feature (at most 256). */
  readonly bins: number;
}

interface Binned {
  /** Row-major [row][feature] bin numbers. */
  readonly bins: Uint8Array;
  /** Per feature, the float32 upper edges: bin b holds edge[b-1] < x <= edge[b]. */
  readonly edges: Float64Array[];
}

function bin(features: Float64Array, rows: number, width: number, maxBins: number): Binned {
  const edges: Float64Array[] = [];
  const bins = new Uint8Array(rows * width);
  const column = new Float64Array(rows);
  for (let f = 0; f < width; f++) {
    for (let r = 0; r < rows; r++) column[r] = features[r * width + f]!;
    column.sort();
    const cut: number[] = [];
    for (let q = 1; q < maxBins; q++) {
      const value = column[Math.floor((q * rows) / maxBins)]!;
      if (value < column[rows - 1]! && (cut.length === 0 || value > cut[cut.length - 1]!)) {
        cut.push(value);
      }
    }
    const featureEdges = Float64Array.from(cut);
    edges.push(featureEdges);
    for (let r = 0; r < rows; r++) {
      const x = features[r * width + f]!;
      let low = 0;
      let high = featureEdges.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (featureEdges[middle]! < x) low = middle + 1;
        else high = middle;
      }
      bins[r * width + f] = low;
    }
  }
  return { bins, edges };
}

interface TreeBuilder {
  feature: number[];
  bin: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

const MIN_GAIN = 1e-12;

function growTree(
  binned: Binned,
  width: number,
  maxBins: number,
  gradient: Float64Array,
  hessian: Float64Array,
  sample: Int32Array,
  options: GbtOptions,
): TreeBuilder {
  const tree: TreeBuilder = { feature: [], bin: [], threshold: [], left: [], right: [], value: [] };
  const { bins } = binned;
  const score = (g: number, h: number) => (g * g) / (h + options.l2);
  // One histogram per node: [feature][bin][gradient sum, hessian sum, rows].
  const histogramSize = width * maxBins * 3;

  const buildHistogram = (rows: Int32Array): Float64Array => {
    const histogram = new Float64Array(histogramSize);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const gr = gradient[r]!;
      const hr = hessian[r]!;
      const rowStart = r * width;
      for (let f = 0; f < width; f++) {
        const slot = (f * maxBins + bins[rowStart + f]!) * 3;
        histogram[slot]! += gr;
        histogram[slot + 1]! += hr;
        histogram[slot + 2]! += 1;
      }
    }
    return histogram;
  };

  const grow = (rows: Int32Array, histogram: Float64Array, depth: number): number => {
    const node = tree.feature.length;
    tree.feature.push(-1);
    tree.bin.push(0);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    // Every feature's bins hold all the node's rows, so feature 0 gives the node's sums.
    let g = 0;
    let h = 0;
    for (let b = 0; b < maxBins; b++) {
      g += histogram[b * 3]!;
      h += histogram[b * 3 + 1]!;
    }
    tree.value.push(Math.fround((-options.learningRate * g) / (h + options.l2)));
    if (depth >= options.maxDepth || rows.length < 2 * options.minLeafRows) return node;

    let bestGain = MIN_GAIN;
    let bestFeature = -1;
    let bestBin = -1;
    const parent = score(g, h);
    for (let f = 0; f < width; f++) {
      let leftG = 0;
      let leftH = 0;
      let leftN = 0;
      const edges = binned.edges[f]!.length;
      for (let b = 0; b < edges; b++) {
        const slot = (f * maxBins + b) * 3;
        leftG += histogram[slot]!;
        leftH += histogram[slot + 1]!;
        leftN += histogram[slot + 2]!;
        if (leftN < options.minLeafRows) continue;
        if (rows.length - leftN < options.minLeafRows) break;
        const gain = score(leftG, leftH) + score(g - leftG, h - leftH) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          bestFeature = f;
          bestBin = b;
        }
      }
    }
    if (bestFeature < 0) return node;

    let leftCount = 0;
    for (let i = 0; i < rows.length; i++) {
      if (bins[rows[i]! * width + bestFeature]! <= bestBin) leftCount++;
    }
    const leftRows = new Int32Array(leftCount);
    const rightRows = new Int32Array(rows.length - leftCount);
    for (let i = 0, l = 0, r = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (bins[row * width + bestFeature]! <= bestBin) leftRows[l++] = row;
      else rightRows[r++] = row;
    }
    // Histogram the smaller child and get the other by subtraction from the parent.
    const leftSmaller = leftRows.length <= rightRows.length;
    const small = buildHistogram(leftSmaller ? leftRows : rightRows);
    const large = histogram;
    for (let k = 0; k < histogramSize; k++) large[k] = large[k]! - small[k]!;
    tree.feature[node] = bestFeature;
    tree.bin[node] = bestBin;
    tree.threshold[node] = binned.edges[bestFeature]![bestBin]!;
    tree.left[node] = grow(leftRows, leftSmaller ? small : large, depth + 1);
    tree.right[node] = grow(rightRows, leftSmaller ? large : small, depth + 1);
    return node;
  };
  grow(sample, buildHistogram(sample), 0);
  return tree;
}

/** Boosts `options.trees` trees on the squared loss (regression) or the logistic loss (labels). */
export async function fitGbt(
  features: Float64Array,
  target: Float64Array,
  rows: number,
  loss: Loss,
  options: GbtOptions,
  random: Random,
  checkpoint: Checkpoint,
): Promise<GbtParameters> {
  const width = features.length / rows;
  const maxBins = Math.min(Math.max(2, Math.floor(options.bins)), 256);
  const binned = bin(features, rows, width, maxBins);
  let mean = 0;
  for (let r = 0; r < rows; r++) mean += target[r]!;
  mean /= rows;
  const clipped = Math.min(Math.max(mean, 1e-6), 1 - 1e-6);
  const baseScore = Math.fround(loss === 'squared' ? mean : Math.log(clipped / (1 - clipped)));

  const raw = new Float64Array(rows).fill(baseScore);
  const gradient = new Float64Array(rows);
  const hessian = new Float64Array(rows);
  const trees: Tree[] = [];
  for (let t = 0; t < options.trees; t++) {
    if (loss === 'squared') {
      for (let r = 0; r < rows; r++) {
        gradient[r] = raw[r]! - target[r]!;
        hessian[r] = 1;
      }
    } else {
      for (let r = 0; r < rows; r++) {
        const p = 1 / (1 + Math.exp(-raw[r]!));
        gradient[r] = p - target[r]!;
        hessian[r] = Math.max(p * (1 - p), 1e-6);
      }
    }
    let sample: Int32Array;
    if (options.subsample >= 1) {
      sample = Int32Array.from({ length: rows }, (_, r) => r);
    } else {
      const picked = new Int32Array(rows);
      let count = 0;
      for (let r = 0; r < rows; r++) if (random.next() < options.subsample) picked[count++] = r;
      sample = picked.slice(0, count);
    }
    const built = growTree(binned, width, maxBins, gradient, hessian, sample, options);
    const tree: Tree = {
      feature: Int32Array.from(built.feature),
      threshold: Float32Array.from(built.threshold),
      left: Int32Array.from(built.left),
      right: Int32Array.from(built.right),
      value: Float32Array.from(built.value),
    };
    const splitBin = Int32Array.from(built.bin);
    for (let r = 0; r < rows; r++) {
      let node = 0;
      while (tree.feature[node]! >= 0) {
        node =
          binned.bins[r * width + tree.feature[node]!]! <= splitBin[node]!
            ? tree.left[node]!
            : tree.right[node]!;
      }
      raw[r]! += tree.value[node]!;
    }
    trees.push(tree);
    await checkpoint();
  }
  return { trees, baseScore };
}
