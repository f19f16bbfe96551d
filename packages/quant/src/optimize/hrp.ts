import { OptimizationInputError } from './errors.js';
import { solvedResult } from './result.js';
import { allocationMetrics, readAllocationInput } from './risk-parity.js';
import type { OptimizationResult, PortfolioProblem } from './types.js';

/**
 * What single linkage clusters on:
 * - 'distance-of-distances' (López de Prado 2016, the paper's code): the Euclidean distance
 *   between columns of the correlation-distance matrix, d̃_ij = ‖D_·i − D_·j‖;
 * - 'correlation-distance': the correlation distance d_ij = √((1 − ρ_ij)/2) itself, as many later
 *   implementations do.
 */
export type HrpLinkageInput = 'distance-of-distances' | 'correlation-distance';

/**
 * Single-linkage clustering of a condensed distance vector, with SciPy's exact conventions
 * (`scipy.cluster.hierarchy.linkage(method='single')`): Prim's minimum spanning tree from point 0,
 * edges stably sorted by distance, clusters labelled by union-find so that row k merges clusters
 * `left < right` into cluster n + k.
 *
 * Written here because the HRP ordering depends on those conventions: the quasi-diagonal order
 * lists each merge's lower-labelled cluster first. npm's `ml-hclust` builds a tree with its own
 * child order and no merge labels, so it would give a different (equally valid) order and
 * therefore different weights than the reference implementation.
 *
 * Returns rows [left, right, distance, size].
 */
export function singleLinkage(condensed: Float64Array, n: number): Float64Array[] {
  const at = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    return n * a - (a * (a + 1)) / 2 + (b - a - 1);
  };
  const merged = new Uint8Array(n);
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const edges: { from: number; to: number; distance: number; order: number }[] = [];
  let x = 0;
  for (let k = 0; k < n - 1; k++) {
    let best = Number.POSITIVE_INFINITY;
    let y = 0;
    merged[x] = 1;
    for (let i = 0; i < n; i++) {
      if (merged[i]) continue;
      const distance = condensed[at(x, i)]!;
      if (nearest[i]! > distance) nearest[i] = distance;
      if (nearest[i]! < best) {
        y = i;
        best = nearest[i]!;
      }
    }
    edges.push({ from: x, to: y, distance: best, order: k });
    x = y;
  }
  edges.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const parent = Int32Array.from({ length: 2 * n - 1 }, (_, i) => i);
  const size = new Int32Array(2 * n - 1).fill(1);
  const find = (v: number): number => {
    let root = v;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[v] !== root) {
      const next = parent[v]!;
      parent[v] = root;
      v = next;
    }
    return root;
  };
  return edges.map((edge, k) => {
    const a = find(edge.from);
    const b = find(edge.to);
    const label = n + k;
    parent[a] = label;
    parent[b] = label;
    size[label] = size[a]! + size[b]!;
    return Float64Array.of(Math.min(a, b), Math.max(a, b), edge.distance, size[label]!);
  });
}

/** Leaves left to right (the paper's quasi-diagonalisation; SciPy's `leaves_list`). */
export function leafOrder(linkage: readonly Float64Array[], n: number): Int32Array {
  const order: number[] = [];
  const stack = [2 * n - 2];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node < n) {
      order.push(node);
      continue;
    }
    const row = linkage[node - n]!;
    stack.push(row[1]!, row[0]!);
  }
  return Int32Array.from(order);
}

/** Variance of the inverse-variance portfolio of `members`. */
function clusterVariance(covariance: Float64Array, n: number, members: Int32Array): number {
  const weights = new Float64Array(members.length);
  let total = 0;
  members.forEach((asset, k) => {
    weights[k] = 1 / covariance[asset * n + asset]!;
    total += weights[k]!;
  });
  for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / total;
  let variance = 0;
  for (let a = 0; a < members.length; a++) {
    let row = 0;
    for (let b = 0; b < members.length; b++) {
      row += weights[b]! * covariance[members[a]! * n + members[b]!]!;
    }
    variance += weights[a]! * row;
  }
  return variance;
}

/**
 * Hierarchical risk parity (López de Prado, "Building Diversified Portfolios that Outperform Out of
 * Sample", 2016): correlation distance, single-linkage tree, quasi-diagonal order, then recursive
 * bisection of the ordered list, splitting weight between halves in inverse proportion to the
 * variance of each half's inverse-variance portfolio. Long-only and fully invested by
 * construction; no other constraint applies.
 */
export function hierarchicalRiskParity(
  problem: PortfolioProblem,
  options: { linkage?: HrpLinkageInput; riskFreeRate?: number } = {},
): OptimizationResult {
  const input = readAllocationInput(problem, 'hierarchical-risk-parity', options.riskFreeRate);
  const { universe, covariance } = input;
  const n = universe.n;
  const linkageInput = options.linkage ?? 'distance-of-distances';
  if (linkageInput !== 'distance-of-distances' && linkageInput !== 'correlation-distance') {
    throw new OptimizationInputError(
      'INVALID_PARAMETER',
      'linkage',
      "'distance-of-distances' 또는 'correlation-distance'여야 합니다",
      "must be 'distance-of-distances' or 'correlation-distance'",
    );
  }
  const deviation = Float64Array.from({ length: n }, (_, i) => Math.sqrt(covariance[i * n + i]!));
  const distance = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const correlation = covariance[i * n + j]! / (deviation[i]! * deviation[j]!);
      distance[i * n + j] = Math.sqrt(Math.max(0, (1 - correlation) / 2));
    }
  }
  const condensed = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (linkageInput === 'correlation-distance') {
        condensed[k++] = distance[i * n + j]!;
        continue;
      }
      let sum = 0;
      for (let c = 0; c < n; c++) sum += (distance[i * n + c]! - distance[j * n + c]!) ** 2;
      condensed[k++] = Math.sqrt(sum);
    }
  }
  const order = n === 1 ? Int32Array.of(0) : leafOrder(singleLinkage(condensed, n), n);

  const weights = new Float64Array(n).fill(1);
  let clusters: Int32Array[] = [order];
  let bisections = 0;
  while (clusters.length > 0) {
    const halves: Int32Array[] = [];
    for (const cluster of clusters) {
      if (cluster.length < 2) continue;
      const middle = Math.floor(cluster.length / 2);
      halves.push(cluster.subarray(0, middle), cluster.subarray(middle));
    }
    for (let h = 0; h < halves.length; h += 2) {
      const left = halves[h]!;
      const right = halves[h + 1]!;
      const leftVariance = clusterVariance(covariance, n, left);
      const rightVariance = clusterVariance(covariance, n, right);
      const alpha = 1 - leftVariance / (leftVariance + rightVariance);
      for (const asset of left) weights[asset] = weights[asset]! * alpha;
      for (const asset of right) weights[asset] = weights[asset]! * (1 - alpha);
      bisections++;
    }
    clusters = halves;
  }

  return solvedResult({
    objective: 'hierarchical-risk-parity',
    universe,
    constraints: input.constraints,
    objectiveName: 'volatility',
    solver: {
      name: 'lopez-de-prado-hrp',
      method: `single linkage on ${linkageInput}, quasi-diagonalisation, recursive bisection (no optimisation; objective value = resulting volatility)`,
      iterations: bisections,
    },
    status: 'OPTIMAL',
    weights,
    evaluate: (cleaned) => {
      const metrics = allocationMetrics(input, cleaned);
      return { objectiveValue: metrics.volatility, metrics };
    },
  });
}
