import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * A named quant benchmark. `bench/quant/run.ts` runs every `bench/quant/*.ts` module that exports
 * `bench`, so adding one (e.g. frontier.ts) needs no change elsewhere.
 */
export interface QuantBench {
  name: string;
  description: string;
  run(): Promise<BenchFigures>;
}

export interface BenchFigures {
  /** Our time per run in milliseconds (best of the rounds). */
  oursMs: number;
  /** The peer's, timed inside the peer (interpreter start and imports excluded). */
  peerMs: number;
  peer: string;
  /** Speed-up wanted: peerMs / oursMs ≥ target. */
  target: number;
  notes: string[];
}

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

export const dataDir = fileURLToPath(new URL('../../../shared/data/krx/', import.meta.url));

const run = promisify(execFile);

/**
 * Runs a Python peer beside this file with its inputs in a JSON file; the peer prints JSON with
 * `ms` (its best time over `rounds`) and whatever it wants to report.
 */
export async function runPythonPeer<T extends PeerRun>(
  script: string,
  inputs: object,
  rounds = ROUNDS,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'quant-bench-'));
  try {
    const file = join(dir, 'inputs.json');
    writeFileSync(file, JSON.stringify(inputs));
    const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
    const { stdout } = await run('python3', [path, file, String(rounds)], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PeerRun {
  /** Best wall time of the peer's rounds, timed inside the peer. */
  ms: number;
  /** CPU time per round of the peer process (all its threads). */
  cpuMs: number;
}

/**
 * Alternates the peer and ours, `rounds` times (A B A B), so that both meet the same load from
 * other processes on a shared machine; each turn runs `inner` times (the peer is asked for as
 * many). Best wall time and mean CPU time per run of each.
 */
export async function interleaved<T extends PeerRun>(
  rounds: number,
  ours: () => Promise<unknown>,
  peer: (inner: number) => Promise<T>,
  inner = 1,
): Promise<{
  ours: { bestMs: number; cpuMs: number };
  peer: { bestMs: number; cpuMs: number; last: T };
}> {
  let oursBest = Infinity;
  let oursCpu = 0;
  let peerBest = Infinity;
  let peerCpu = 0;
  let last: T | undefined;
  for (let k = 0; k < rounds; k++) {
    last = await peer(inner);
    peerBest = Math.min(peerBest, last.ms);
    peerCpu += last.cpuMs / rounds;
    const mine = await measure(inner, ours);
    oursBest = Math.min(oursBest, mine.bestMs);
    oursCpu += mine.cpuMs / rounds;
  }
  return {
    ours: { bestMs: oursBest, cpuMs: oursCpu },
    peer: { bestMs: peerBest, cpuMs: peerCpu, last: last! },
  };
}

/**
 * Best wall time of `rounds` calls, and the CPU time per call of every thread of the process
 * (workers, compiler and GC included), which still compares the work done when other processes
 * share the cores and wall times swing. Milliseconds.
 */
export async function measure(
  rounds: number,
  work: () => Promise<unknown>,
): Promise<{ bestMs: number; cpuMs: number }> {
  let best = Infinity;
  const cpuStart = process.cpuUsage();
  for (let k = 0; k < rounds; k++) {
    const start = process.hrtime.bigint();
    await work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { bestMs: best, cpuMs: (cpu.user + cpu.system) / 1000 / rounds };
}

/** Deterministic standard normals (Box–Muller on a small LCG) for synthetic inputs only. */
export function syntheticNormals(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
