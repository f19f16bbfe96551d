import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { QuantAbortError } from '../errors.js';
import { positiveInteger } from '../validate.js';
import type { KernelOutput, KernelSpec } from './kernel.js';
import { STOP, type WorkerMessage, type WorkerReply } from './protocol.js';

/**
 * The worker entry sits beside this module: worker.js in the built dist (plain Node), worker.ts
 * when the package runs from its TypeScript sources (vitest, tsx, the `capstone-source`
 * condition). A .ts entry is started by a two-line bootstrap that first registers tsx's loader
 * in the new thread (Node 20 does not apply `--import` hooks to a worker's entry), so both layouts
 * work without a build step in tests and without tsx in production.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry);
  // tsx's "import" export of tsx/esm/api (require.resolve would pick its CommonJS twin).
  const tsxRoot = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = new URL('./dist/esm/api/index.mjs', tsxRoot).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export interface PoolRunOptions {
  signal?: AbortSignal;
  /** Called with the fraction of paths done, in (0, 1]. */
  onProgress?: (fraction: number) => void;
}

interface PendingRun {
  runId: number;
  busy: number;
  done: number;
  paths: number;
  resolve: () => void;
  reject: (error: unknown) => void;
  onProgress?: (fraction: number) => void;
}

/**
 * A pool of worker threads for Monte Carlo runs, kept between runs (starting a worker costs tens
 * of milliseconds, more from TypeScript sources). Runs are queued one at a time, each spread over
 * every thread.
 */
export class MonteCarloPool {
  readonly threads: number;
  private workers: Worker[] = [];
  private pending: PendingRun | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextRunId = 1;
  private closed = false;

  constructor(options: { threads?: number } = {}) {
    this.threads = positiveInteger('threads', options.threads ?? availableParallelism());
  }

  private start(): Worker[] {
    if (this.workers.length > 0) return this.workers;
    for (let k = 0; k < this.threads; k++) {
      const worker = startWorker();
      worker.on('message', (message: WorkerReply) => this.onMessage(message));
      // A worker that dies (out of memory, a bug) fails the run and the whole pool is restarted
      // on the next run, so no later run waits for a thread that is gone.
      worker.on('error', (error) => this.lose(error));
      worker.on('exit', (code) => {
        if (this.workers.includes(worker))
          this.lose(new Error(`a Monte Carlo worker exited (${code})`));
      });
      // Idle workers do not keep the process alive; a run refs them while it lasts.
      worker.unref();
      this.workers.push(worker);
    }
    return this.workers;
  }

  private lose(error: unknown): void {
    const workers = this.workers;
    this.workers = [];
    for (const worker of workers) void worker.terminate();
    this.pending?.reject(error);
  }

  private onMessage(message: WorkerReply): void {
    const run = this.pending;
    if (!run || message.runId !== run.runId) return;
    if (message.type === 'progress') {
      run.done += message.paths;
      run.onProgress?.(run.done / run.paths);
    } else if (message.type === 'failed') {
      run.reject(new Error(message.message));
    } else if (--run.busy === 0) {
      run.resolve();
    }
  }

  /**
   * Runs every path of `spec` into `out` (whose buffers must be SharedArrayBuffers), then the
   * percentile bands of each step, also spread over the threads. Returns the bands,
   * percentiles × (steps + 1).
   */
  run(
    spec: KernelSpec,
    out: KernelOutput,
    percentiles: number[],
    options: PoolRunOptions = {},
  ): Promise<Float64Array> {
    const task = this.queue.then(async () => {
      const values = out.values.buffer as SharedArrayBuffer;
      // Small chunks balance the threads; large ones keep the messages few.
      const chunkPaths = Math.max(8, Math.min(256, Math.ceil(spec.paths / (this.threads * 16))));
      await this.dispatch(
        (runId, control) => ({
          type: 'run',
          runId,
          spec,
          chunkPaths,
          control,
          values,
          maxDrawdown: out.maxDrawdown.buffer as SharedArrayBuffer,
          goalReached: out.goalReached.buffer as SharedArrayBuffer,
        }),
        spec.paths,
        options,
      );
      const bands = new SharedArrayBuffer(8 * percentiles.length * (spec.steps + 1));
      await this.dispatch(
        (runId, control) => ({
          type: 'bands',
          runId,
          steps: spec.steps,
          paths: spec.paths,
          percentiles,
          control,
          values,
          bands,
        }),
        0,
        { signal: options.signal },
      );
      return new Float64Array(bands);
    });
    this.queue = task.catch(() => undefined);
    return task;
  }

  /** Sends one message to every worker and waits until all are idle again (or fail, or abort). */
  private async dispatch(
    build: (runId: number, control: SharedArrayBuffer) => WorkerMessage,
    paths: number,
    options: PoolRunOptions,
  ): Promise<void> {
    if (this.closed) throw new Error('the Monte Carlo pool is closed');
    const { signal } = options;
    if (signal?.aborted) throw new QuantAbortError(signal.reason);
    const workers = this.start();
    const control = new Int32Array(new SharedArrayBuffer(8));
    const runId = this.nextRunId++;
    const finished = new Promise<void>((resolve, reject) => {
      this.pending = {
        runId,
        busy: workers.length,
        done: 0,
        paths,
        resolve,
        reject,
        onProgress: options.onProgress,
      };
    });
    let abortedWith: QuantAbortError | null = null;
    const onAbort = () => {
      // Workers poll this flag between paths, so they stop within a path's time.
      Atomics.store(control, STOP, 1);
      abortedWith = new QuantAbortError(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const message = build(runId, control.buffer as SharedArrayBuffer);
    try {
      for (const worker of workers) {
        worker.ref();
        worker.postMessage(message);
      }
      await finished;
    } catch (error) {
      Atomics.store(control, STOP, 1);
      throw error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.pending = null;
      for (const worker of workers) worker.unref();
    }
    if (abortedWith) throw abortedWith;
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
