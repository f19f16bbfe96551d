import { EventEmitter } from 'node:events';
import { InMemoryTaskStore } from '@modelcontextprotocol/sdk/experimental/tasks';
import type { RequestTaskStore } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CreateTaskResult } from '@modelcontextprotocol/sdk/types.js';
import type { Gateway } from '../gateway.js';
import { callCatalogueTool, type CatalogueTool } from './registry.js';

const DEFAULT_TTL_MS = 60 * 60_000;
const POLL_INTERVAL_MS = 1_000;

/** The SDK's in-memory task store, telling when a task is cancelled (tasks/cancel). */
export class RunTaskStore extends InMemoryTaskStore {
  private readonly cancellations = new EventEmitter();

  override async updateTaskStatus(
    ...args: Parameters<InMemoryTaskStore['updateTaskStatus']>
  ): Promise<void> {
    await super.updateTaskStatus(...args);
    if (args[1] === 'cancelled') this.cancellations.emit(args[0]);
  }

  /** Calls `listener` once if the task is cancelled; gives back how to stop listening. */
  onCancel(taskId: string, listener: () => void): () => void {
    this.cancellations.once(taskId, listener);
    return () => this.cancellations.off(taskId, listener);
  }
}

/**
 * A long-running tool as a task (2025-11-25 task-based execution, through the SDK's
 * experimental tasks): the call answers at once with the task; the run goes on, its progress in
 * the task's status message, its answer stored for `tasks/result`. `tasks/cancel` marks the task
 * cancelled, which cancels the run.
 */
export async function startTask(
  tool: CatalogueTool,
  args: Record<string, unknown> | undefined,
  {
    gateway,
    store,
    runs,
    ttl,
  }: { gateway: Gateway; store: RequestTaskStore; runs: RunTaskStore; ttl?: number },
): Promise<CreateTaskResult> {
  const task = await store.createTask({
    ttl: ttl ?? DEFAULT_TTL_MS,
    pollInterval: POLL_INTERVAL_MS,
  });
  const stop = new AbortController();
  const unwatch = runs.onCancel(task.taskId, () => stop.abort('The task was cancelled'));
  void callCatalogueTool(tool, args, {
    gateway,
    signal: stop.signal,
    // Each status names the run (the first step's message alone did, and the next overwrote it),
    // so an agent polling the task can always find the run to read or cancel it: last, and bare,
    // as in the first step's `run <id>`.
    onProgress: ({ progress, message, runId }) => {
      const text = `${Math.round(progress * 100)}% ${message ?? ''}`;
      const named = runId && !text.includes(runId) ? `${text} · run ${runId}` : text;
      void store.updateTaskStatus(task.taskId, 'working', named).catch(() => {});
    },
  })
    // A tool error is still an answer: the task completes and carries it (isError).
    .then((result) => store.storeTaskResult(task.taskId, 'completed', result))
    .catch(() => {
      // Cancelled (the status says so already) or expired: nothing is left to store.
    })
    .finally(unwatch);
  return { task };
}
