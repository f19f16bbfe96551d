/**
 * Efficient frontier: 50 points from the minimum-volatility to the maximum-return portfolio,
 * long-only with at most 10% per asset (and at most 25% per sector where there are sectors), by
 * @capstone/quant (dual active-set QP) against scipy SLSQP computing the same 50 points in the same
 * run (bench/quant/frontier.py, timed inside Python, warm-started point to point, analytic
 * gradients, one BLAS thread). Two data sets: a seeded synthetic 100-asset factor model (the KRX data have only 54
 * stocks) and the 54 real KRX stocks. Objectives (volatility) are compared point by point.
 *
 *   node --import tsx --conditions=capstone-source bench/quant/frontier.ts
 *   BENCH_REPEATS=9 node --import tsx --conditions=capstone-source bench/quant/frontier.ts
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { efficientFrontier, type FrontierResult, type PortfolioProblem } from '@capstone/quant';

const PEER = fileURLToPath(new URL('frontier.py', import.meta.url));
const MAX_WEIGHT = 0.1;
const MAX_SECTOR = 0.25;
/** SLSQP's stopping tolerance on the objective; tight, so that its answers are precise. */
const SLSQP_FTOL = 1e-12;
/** Volatilities closer than this count as equal. */
const SAME_OBJECTIVE = 1e-9;

interface PreparedProblem {
  readonly name: string;
  readonly assetIds: string[];
  readonly sectors: string[] | null;
  readonly expectedReturns: number[];
  readonly covariance: number[];
}

export interface FrontierBenchCase {
  readonly data: string;
  readonly assets: number;
  readonly points: number;
  /** Median wall time of our frontier over the repeats, after one warm-up run. */
  readonly oursMs: number;
  /** The first (cold) run, JIT warm-up included. */
  readonly oursColdMs: number;
  readonly scipyMs: number;
  /** scipy time / our time (median), wall clock. */
  readonly speedup: number;
  /**
   * The same by CPU time (process.cpuUsage here, time.process_time in Python), which other
   * processes on a shared machine disturb far less than wall time.
   */
  readonly oursCpuMs: number;
  readonly scipyCpuMs: number;
  readonly cpuSpeedup: number;
  readonly oursIterations: number;
  readonly scipyIterations: number;
  /** Points where our volatility is lower / within 1e-9 / higher than SLSQP's. */
  readonly better: number;
  readonly equal: number;
  readonly worse: number;
  /** Largest (our volatility − SLSQP's) over the points; ≤ 0 means never worse. */
  readonly largestExcess: number;
  readonly oursMaxViolation: number;
  readonly scipyMaxViolation: number;
}

export interface FrontierBench {
  readonly date: string;
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly cases: FrontierBenchCase[];
}

function python<T>(args: string[], input?: unknown): T {
  const output = execFileSync('python3', ['-B', PEER, ...args], {
    input: input === undefined ? undefined : JSON.stringify(input),
    // One BLAS thread, like our single-threaded solver; idle BLAS threads spinning on a shared
    // two-core machine would otherwise inflate scipy's CPU time (and disturb its wall time).
    env: { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output) as T;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function benchOne(prepared: PreparedProblem, points: number, repeats: number): FrontierBenchCase {
  const n = prepared.assetIds.length;
  const sectors = prepared.sectors;
  const problem: PortfolioProblem = {
    assetIds: prepared.assetIds,
    expectedReturns: Float64Array.from(prepared.expectedReturns),
    covariance: Float64Array.from(prepared.covariance),
    ...(sectors ? { sectors } : {}),
    constraints: {
      defaultAssetBounds: { max: MAX_WEIGHT },
      ...(sectors
        ? {
            sectorBounds: Object.fromEntries(
              [...new Set(sectors)].map((label) => [label, { max: MAX_SECTOR }]),
            ),
          }
        : {}),
    },
  };
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  let frontier: FrontierResult | undefined;
  for (let run = 0; run <= repeats; run++) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    frontier = efficientFrontier(problem, { points });
    const cpu = process.cpuUsage(startedCpu);
    timings.push(performance.now() - started);
    cpuTimings.push((cpu.user + cpu.system) / 1000);
  }
  if (frontier!.status !== 'OPTIMAL') {
    throw new Error(`our frontier ended ${frontier!.status}: ${frontier!.reason?.en}`);
  }
  const peer = python<{
    seconds: number;
    cpuSeconds: number;
    scipyVolatility: number[];
    scipyViolation: number[];
    scipyIterations: number[];
    oursVolatility: number[];
    oursViolation: number[];
  }>(['solve'], {
    expectedReturns: prepared.expectedReturns,
    covariance: prepared.covariance,
    sectors,
    maxWeight: MAX_WEIGHT,
    maxSector: MAX_SECTOR,
    ftol: SLSQP_FTOL,
    targets: frontier!.points.map((p) => p.targetReturn),
    weights: frontier!.points.map((p) => Array.from(p.weights!)),
  });
  let better = 0;
  let equal = 0;
  let worse = 0;
  let largestExcess = Number.NEGATIVE_INFINITY;
  peer.oursVolatility.forEach((ours, k) => {
    const excess = ours - peer.scipyVolatility[k]!;
    largestExcess = Math.max(largestExcess, excess);
    if (excess < -SAME_OBJECTIVE) better++;
    else if (excess > SAME_OBJECTIVE) worse++;
    else equal++;
  });
  const oursMs = median(timings.slice(1));
  const scipyMs = peer.seconds * 1000;
  const oursCpuMs = median(cpuTimings.slice(1));
  const scipyCpuMs = peer.cpuSeconds * 1000;
  return {
    data: prepared.name,
    assets: n,
    points,
    oursMs,
    oursColdMs: timings[0]!,
    scipyMs,
    speedup: scipyMs / oursMs,
    oursCpuMs,
    scipyCpuMs,
    cpuSpeedup: scipyCpuMs / oursCpuMs,
    oursIterations: frontier!.solver.iterations ?? 0,
    scipyIterations: peer.scipyIterations.reduce((a, b) => a + b, 0),
    better,
    equal,
    worse,
    largestExcess,
    oursMaxViolation: Math.max(...peer.oursViolation),
    scipyMaxViolation: Math.max(...peer.scipyViolation),
  };
}

/** Runs both data sets and returns the figures (bench/quant/run.ts calls this). */
export function runFrontierBench(
  options: { points?: number; repeats?: number } = {},
): FrontierBench {
  const points = options.points ?? 50;
  const repeats = options.repeats ?? 5;
  const cases = [
    python<PreparedProblem>(['prepare', 'synthetic']),
    python<PreparedProblem>(['prepare', 'krx']),
  ].map((prepared) => benchOne(prepared, points, repeats));
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    cases,
  };
}

export function formatFrontierBench(bench: FrontierBench): string {
  const lines = [
    `Efficient frontier, ${bench.cases[0]?.points ?? 50} points, long-only, ≤ ${MAX_WEIGHT * 100}% per asset (≤ ${MAX_SECTOR * 100}% per sector where sectors exist)`,
    `${bench.date} · node ${bench.node} · ${bench.cpu} × ${bench.cores}`,
    '',
    '| data | assets | ours wall (median) | ours cold | scipy SLSQP wall | speed-up (wall) | ours CPU | scipy CPU | speed-up (CPU) | QP iterations | SLSQP iterations | points better / equal / worse | max (ours − scipy) σ | max violation ours / scipy |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const c of bench.cases) {
    lines.push(
      `| ${c.data} | ${c.assets} | ${c.oursMs.toFixed(1)} ms | ${c.oursColdMs.toFixed(1)} ms | ${c.scipyMs.toFixed(0)} ms | ${c.speedup.toFixed(1)}× | ${c.oursCpuMs.toFixed(1)} ms | ${c.scipyCpuMs.toFixed(0)} ms | ${c.cpuSpeedup.toFixed(1)}× | ${c.oursIterations} | ${c.scipyIterations} | ${c.better} / ${c.equal} / ${c.worse} | ${c.largestExcess.toExponential(2)} | ${c.oursMaxViolation.toExponential(1)} / ${c.scipyMaxViolation.toExponential(1)} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const repeats = Number(process.env.BENCH_REPEATS ?? 5);
  console.log(formatFrontierBench(runFrontierBench({ repeats })));
}
