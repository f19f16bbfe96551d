import type { KernelSpec } from './kernel.js';

/** Slots of the shared Int32 control array of a run. */
export const NEXT_CHUNK = 0;
export const STOP = 1;

export interface RunMessage {
  type: 'run';
  runId: number;
  spec: KernelSpec;
  chunkPaths: number;
  control: SharedArrayBuffer;
  values: SharedArrayBuffer;
  maxDrawdown: SharedArrayBuffer;
  goalReached: SharedArrayBuffer;
}

/** Percentile bands of rows [0, steps] of `values`, chunks of rows taken from the counter. */
export interface BandsMessage {
  type: 'bands';
  runId: number;
  steps: number;
  paths: number;
  percentiles: number[];
  control: SharedArrayBuffer;
  values: SharedArrayBuffer;
  /** percentiles × (steps + 1), row k for percentiles[k]. */
  bands: SharedArrayBuffer;
}

export type WorkerMessage = RunMessage | BandsMessage;

export type WorkerReply =
  | { type: 'progress'; runId: number; paths: number }
  | { type: 'idle'; runId: number }
  | { type: 'failed'; runId: number; message: string };
