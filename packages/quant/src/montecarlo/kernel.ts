import { fillNormals, nextUniform, seedStream } from './random.js';

/**
 * The simulation of a range of paths, shared by the worker threads. Everything it needs is in a
 * plain, structured-cloneable spec; it writes into shared arrays, one slot per path, so any
 * thread may run any path and the result does not depend on which did.
 */

export interface GbmKernelModel {
  kind: 'gbm';
  /** Per-step mean log return of each asset, padded to `stride` with zeros. */
  drift: Float64Array;
  /**
   * Lower Cholesky factor of the per-step covariance of log returns, row-major, padded to an
   * even size `stride` with zeros (the mixing loop handles two rows at a time).
   */
  lower: Float64Array;
  stride: number;
}

export interface BootstrapKernelModel {
  kind: 'bootstrap';
  /** Historical simple returns, row-major: returns[t·assets + i]. */
  returns: Float64Array;
  periods: number;
  /** 'stationary': block lengths geometric with this mean (Politis & Romano 1994); 'fixed': this length. */
  block: 'stationary' | 'fixed';
  blockLength: number;
}

export interface KernelSpec {
  model: GbmKernelModel | BootstrapKernelModel;
  assets: number;
  weights: Float64Array;
  initialValue: number;
  steps: number;
  paths: number;
  seed: number;
  /** KRW added (> 0) or withdrawn (< 0) after every `cashFlowEvery` steps; 0 for none. */
  cashFlow: number;
  cashFlowEvery: number;
  /** Reset holdings to the weights every this many steps; 0 to buy and hold. */
  rebalanceEvery: number;
  /** Goal value in KRW; 0 for none. */
  goal: number;
}

export interface KernelOutput {
  /** Portfolio value, step-major: values[step·paths + path], steps + 1 rows. */
  values: Float64Array;
  /** Deepest drawdown of each path's time-weighted value (cash flows excluded), ≤ 0. */
  maxDrawdown: Float64Array;
  /** 1 where the path's value reached the goal at some step. */
  goalReached: Uint8Array;
}

// exp(x) = exp(k/64)·exp(r) with k = round(64x), |r| ≤ 1/128, exp(r) by its Taylor
// polynomial to r⁶ (truncation below 4e-19). Table-driven because Math.exp is a call into C++
// that V8 cannot inline, about a third of a GBM step's time; results are within 2 ulp of it.
const EXP_SCALE = 64;
const EXP_RANGE = 16;
const EXP_TABLE = Float64Array.from({ length: 2 * EXP_RANGE * EXP_SCALE + 1 }, (_, k) =>
  Math.exp((k - EXP_RANGE * EXP_SCALE) / EXP_SCALE),
);
/** Adding and subtracting 1.5·2⁵² rounds a double to the nearest integer (ties to even). */
const ROUNDER = 6755399441055744;

export function fastExp(x: number): number {
  if (!(x > -EXP_RANGE && x < EXP_RANGE)) return Math.exp(x);
  const k = x * EXP_SCALE + ROUNDER - ROUNDER;
  const r = x - k / EXP_SCALE;
  const r2 = r * r;
  const p = 1 + r + r2 * (0.5 + r * (1 / 6) + r2 * (1 / 24 + r * (1 / 120) + r2 * (1 / 720)));
  return EXP_TABLE[k + EXP_RANGE * EXP_SCALE]! * p;
}

/** Steps simulated together: the normals of four steps share each loaded Cholesky entry. */
const BLOCK = 4;

/**
 * Paths simulated into a local step-major tile before being copied out: the shared table is
 * step-major (one row per step, for the bands), so writing it path by path would touch a new
 * cache line at every step.
 */
const TILE = 32;

export interface PathScratch {
  tile: Float64Array;
  state: Int32Array;
  holdings: Float64Array;
  z: Float64Array;
  y: Float64Array;
}

export function pathScratch(spec: KernelSpec): PathScratch {
  const stride = spec.model.kind === 'gbm' ? spec.model.stride : spec.assets;
  return {
    tile: new Float64Array((spec.steps + 1) * TILE),
    state: new Int32Array(4),
    holdings: new Float64Array(spec.assets),
    z: new Float64Array(BLOCK * stride),
    y: new Float64Array(BLOCK * stride),
  };
}

/** y[s·stride + i] = drift[i] + Σ_j L[i][j]·z[s·stride + j] for the four steps of a block. */
function mixBlock(model: GbmKernelModel, z: Float64Array, y: Float64Array): void {
  const { lower, drift, stride } = model;
  const o1 = stride;
  const o2 = 2 * stride;
  const o3 = 3 * stride;
  for (let i = 0; i < stride; i += 2) {
    const r0 = i * stride;
    const r1 = r0 + stride;
    const m0 = drift[i]!;
    const m1 = drift[i + 1]!;
    let a0 = m0;
    let a1 = m0;
    let a2 = m0;
    let a3 = m0;
    let b0 = m1;
    let b1 = m1;
    let b2 = m1;
    let b3 = m1;
    // L is lower triangular and padded, so row i + 1 needs j ≤ i + 1 and row i's extra term is 0.
    for (let j = 0; j <= i + 1; j++) {
      const l0 = lower[r0 + j]!;
      const l1 = lower[r1 + j]!;
      const z0 = z[j]!;
      const z1 = z[o1 + j]!;
      const z2 = z[o2 + j]!;
      const z3 = z[o3 + j]!;
      a0 += l0 * z0;
      a1 += l0 * z1;
      a2 += l0 * z2;
      a3 += l0 * z3;
      b0 += l1 * z0;
      b1 += l1 * z1;
      b2 += l1 * z2;
      b3 += l1 * z3;
    }
    y[i] = a0;
    y[o1 + i] = a1;
    y[o2 + i] = a2;
    y[o3 + i] = a3;
    y[i + 1] = b0;
    y[o1 + i + 1] = b1;
    y[o2 + i + 1] = b2;
    y[o3 + i + 1] = b3;
  }
}

/**
 * Simulates paths [first, last). `shouldStop` is polled between paths (a path takes well under a
 * millisecond), so cancellation is prompt. Returns the number of paths completed.
 */
export function simulatePaths(
  spec: KernelSpec,
  first: number,
  last: number,
  out: KernelOutput,
  scratch: PathScratch,
  shouldStop: () => boolean,
): number {
  const tile = scratch.tile;
  let done = 0;
  for (let start = first; start < last; start += TILE) {
    const end = Math.min(last, start + TILE);
    const count = simulateTile(spec, start, end, out, scratch, shouldStop);
    for (let step = 0; step <= spec.steps; step++) {
      out.values.set(tile.subarray(step * TILE, step * TILE + count), step * spec.paths + start);
    }
    done += count;
    if (count < end - start) break;
  }
  return done;
}

function simulateTile(
  spec: KernelSpec,
  first: number,
  last: number,
  out: KernelOutput,
  scratch: PathScratch,
  shouldStop: () => boolean,
): number {
  const { assets, weights, steps, cashFlow, cashFlowEvery, rebalanceEvery, goal, model } = spec;
  const { state, holdings, z, y, tile } = scratch;
  for (let p = first; p < last; p++) {
    if (shouldStop()) return p - first;
    const q = p - first;
    seedStream(state, spec.seed, p);
    let value = spec.initialValue;
    for (let i = 0; i < assets; i++) holdings[i] = weights[i]! * value;
    tile[q] = value;
    // Drawdowns are measured on a unit value that moves with returns only (time-weighted), so a
    // withdrawal is not a loss and a contribution not a recovery.
    let unit = 1;
    let peak = 1;
    let worst = 0;
    let reached = goal > 0 && value >= goal ? 1 : 0;
    // Bootstrap position: the history row the next step reads.
    let row = 0;
    for (let start = 0; start < steps; start += BLOCK) {
      const count = Math.min(BLOCK, steps - start);
      if (model.kind === 'gbm') {
        const stride = model.stride;
        for (let s = 0; s < count; s++) fillNormals(state, z, s * stride, assets);
        mixBlock(model, z, y);
      }
      for (let s = 0; s < count; s++) {
        const step = start + s + 1;
        let next = 0;
        if (model.kind === 'gbm') {
          const offset = s * model.stride;
          for (let i = 0; i < assets; i++) {
            const h = holdings[i]! * fastExp(y[offset + i]!);
            holdings[i] = h;
            next += h;
          }
        } else {
          const fresh =
            step === 1 ||
            (model.block === 'fixed'
              ? (step - 1) % model.blockLength === 0
              : nextUniform(state) * model.blockLength < 1);
          row = fresh ? Math.floor(nextUniform(state) * model.periods) : (row + 1) % model.periods;
          const offset = row * assets;
          for (let i = 0; i < assets; i++) {
            const h = holdings[i]! * (1 + model.returns[offset + i]!);
            holdings[i] = h;
            next += h;
          }
        }
        if (value > 0) unit *= next / value;
        value = next;
        if (cashFlowEvery > 0 && step % cashFlowEvery === 0 && value > 0) {
          if (cashFlow >= 0) {
            for (let i = 0; i < assets; i++) holdings[i] = holdings[i]! + weights[i]! * cashFlow;
            value += cashFlow;
          } else {
            // Withdrawals sell every holding pro rata; one larger than the portfolio empties it.
            const keep = Math.max(0, (value + cashFlow) / value);
            for (let i = 0; i < assets; i++) holdings[i] = holdings[i]! * keep;
            value *= keep;
          }
        }
        if (rebalanceEvery > 0 && step % rebalanceEvery === 0) {
          for (let i = 0; i < assets; i++) holdings[i] = weights[i]! * value;
        }
        tile[step * TILE + q] = value;
        if (unit > peak) peak = unit;
        else if (unit / peak - 1 < worst) worst = unit / peak - 1;
        if (goal > 0 && value >= goal) reached = 1;
      }
    }
    out.maxDrawdown[p] = worst;
    out.goalReached[p] = reached;
  }
  return last - first;
}
