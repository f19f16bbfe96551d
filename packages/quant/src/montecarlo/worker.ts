import { parentPort } from 'node:worker_threads';
import { selectQuantiles } from '../stats.js';
import { pathScratch, simulatePaths } from './kernel.js';
import {
  NEXT_CHUNK,
  STOP,
  type BandsMessage,
  type RunMessage,
  type WorkerMessage,
  type WorkerReply,
} from './protocol.js';

/**
 * A Monte Carlo worker: takes chunks of work (paths, then rows of the band table) from a shared
 * counter until none are left, so fast and slow threads share the work, and writes into shared
 * arrays.
 */
const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);

function simulate(message: RunMessage): void {
  const { runId, spec, chunkPaths } = message;
  const control = new Int32Array(message.control);
  const out = {
    values: new Float64Array(message.values),
    maxDrawdown: new Float64Array(message.maxDrawdown),
    goalReached: new Uint8Array(message.goalReached),
  };
  const scratch = pathScratch(spec);
  const stopped = () => Atomics.load(control, STOP) !== 0;
  for (;;) {
    const first = Atomics.add(control, NEXT_CHUNK, 1) * chunkPaths;
    if (first >= spec.paths || stopped()) break;
    const last = Math.min(spec.paths, first + chunkPaths);
    const done = simulatePaths(spec, first, last, out, scratch, stopped);
    reply({ type: 'progress', runId, paths: done });
    if (done < last - first) break;
  }
}

/** Rows per chunk of the band computation. */
const BAND_ROWS = 8;

function bands(message: BandsMessage): void {
  const { steps, paths, percentiles } = message;
  const control = new Int32Array(message.control);
  const values = new Float64Array(message.values);
  const out = new Float64Array(message.bands);
  const row = new Float64Array(paths);
  for (;;) {
    const first = Atomics.add(control, NEXT_CHUNK, 1) * BAND_ROWS;
    if (first > steps || Atomics.load(control, STOP) !== 0) break;
    for (let s = first; s <= Math.min(steps, first + BAND_ROWS - 1); s++) {
      row.set(values.subarray(s * paths, (s + 1) * paths));
      selectQuantiles(row, percentiles, out, s, steps + 1);
    }
  }
}

port.on('message', (message: WorkerMessage) => {
  try {
    if (message.type === 'run') simulate(message);
    else bands(message);
    reply({ type: 'idle', runId: message.runId });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    reply({ type: 'failed', runId: message.runId, message: text });
  }
});
