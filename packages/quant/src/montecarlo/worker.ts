import { parentPort } from 'node:worker_threads';
import { pathScratch, simulatePaths } from './kernel.js';
import { NEXT_CHUNK, STOP, type RunMessage, type WorkerReply } from './protocol.js';

/**
 * A Monte Carlo worker: takes chunks of paths from a shared counter until none are left (so fast
 * and slow threads share the work) and writes each path into the shared output arrays.
 */
const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);

port.on('message', (message: RunMessage) => {
  const { runId, spec, chunkPaths } = message;
  try {
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
    reply({ type: 'idle', runId });
  } catch (error) {
    reply({
      type: 'failed',
      runId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
