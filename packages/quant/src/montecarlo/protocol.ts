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

export type WorkerReply =
  | { type: 'progress'; runId: number; paths: number }
  | { type: 'idle'; runId: number }
  | { type: 'failed'; runId: number; message: string };
