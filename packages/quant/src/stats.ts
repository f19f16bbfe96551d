/** Small descriptive statistics on typed arrays, shared by the metric, stress and Monte Carlo code. */

export function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / x.length;
}

/** Sample variance, divisor n − 1 (numpy `ddof=1`). */
export function variance(x: ArrayLike<number>): number {
  const m = mean(x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i]! - m) ** 2;
  return s / (x.length - 1);
}

export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = mean(x);
  const my = mean(y);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i]! - mx) * (y[i]! - my);
  return s / (x.length - 1);
}

/** Population (biased) skewness m₃/m₂^{3/2} and excess kurtosis m₄/m₂² − 3, as scipy.stats defaults. */
export function moments(x: ArrayLike<number>): { skewness: number; excessKurtosis: number } {
  const m = mean(x);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - m;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= x.length;
  m3 /= x.length;
  m4 /= x.length;
  return { skewness: m3 / m2 ** 1.5, excessKurtosis: m4 / (m2 * m2) - 3 };
}

/**
 * Quantile of already sorted values with linear interpolation between order statistics
 * (Hyndman–Fan type 7, numpy's default `method='linear'`).
 */
export function sortedQuantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  if (lo + 1 >= sorted.length) return a;
  const b = sorted[lo + 1]!;
  const t = h - lo;
  // numpy's _lerp: interpolate from the nearer end, so t = 1 returns b exactly.
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

export function sortedCopy(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x).sort();
}

export interface Histogram {
  /** bins + 1 edges, increasing; the last bin includes its right edge (numpy.histogram). */
  edges: number[];
  counts: number[];
}

export function histogram(values: ArrayLike<number>, bins: number): Histogram {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < lo) lo = values[i]!;
    if (values[i]! > hi) hi = values[i]!;
  }
  if (!(hi > lo)) {
    // numpy widens a degenerate range to ±0.5 around the value.
    lo -= 0.5;
    hi += 0.5;
  }
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, k) => (k === bins ? hi : lo + k * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    let k = Math.floor((values[i]! - lo) / width);
    if (k >= bins) k = bins - 1;
    // Floating error can put a value on the wrong side of an edge; the edges decide.
    while (k > 0 && values[i]! < edges[k]!) k--;
    while (k < bins - 1 && values[i]! >= edges[k + 1]!) k++;
    counts[k]!++;
  }
  return { edges, counts };
}

/** Rearranges a[left..right] so that a[k] is its k-th smallest (Hoare's quickselect). */
function select(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three as the pivot guards against sorted input.
    const x = a[left]!;
    const y = a[mid]!;
    const z = a[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * Quantiles (increasing probabilities) of `a` with numpy's linear interpolation, by selection
 * instead of a full sort: the same order statistics, so the same values as sortedQuantile on a
 * sorted copy. Reorders `a`.
 */
export function selectQuantiles(
  a: Float64Array,
  probabilities: readonly number[],
  out: Float64Array,
  outOffset = 0,
  outStride = 1,
): void {
  const n = a.length;
  let from = 0;
  probabilities.forEach((p, k) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    select(a, from, n - 1, lo);
    const lower = a[lo]!;
    let upper = lower;
    if (lo + 1 < n) {
      upper = a[lo + 1]!;
      for (let i = lo + 2; i < n; i++) if (a[i]! < upper) upper = a[i]!;
    }
    const t = h - lo;
    out[outOffset + k * outStride] =
      t >= 0.5 ? upper - (upper - lower) * (1 - t) : lower + (upper - lower) * t;
    from = lo;
  });
}
