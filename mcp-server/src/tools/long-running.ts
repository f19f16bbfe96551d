import { operationNamed } from '@capstone/operations';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Gateway } from '../gateway.js';

/**
 * A simulation run, followed to its end: the run mutation queues it, the gateway's
 * `simulationProgress` subscription (graphql-ws) reports its progress, and `simulation(id)`
 * gives the final result. Cancelling the tool call cancels the run.
 */
export interface RunProgress {
  /** 0 to 1. */
  fraction: number;
  stage: string;
  message?: string | null;
  /** The run, on every step: an agent that polls or joins late can still look it up. */
  runId?: string;
}

type RunState = { id: string; status: string };

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);
/** The subscription reports each step; this only catches a run that ended before it opened. */
const POLL_MS = 5_000;

export const isTerminal = (status: string): boolean => TERMINAL.has(status);

function progressClient(gateway: Gateway): Client {
  return createClient({
    url: gateway.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    // The caller's own credentials, as the gateway takes them over graphql-ws.
    connectionParams: gateway.credentials,
    retryAttempts: 2,
    lazy: true,
  });
}

/** Waits until the run ends, reporting its progress; gives back its final state. */
async function follow(
  gateway: Gateway,
  run: RunState,
  onProgress: (progress: RunProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  const subscription = operationNamed('SimulationProgress');
  const lookUp = operationNamed('GetSimulation');
  const client = progressClient(gateway);
  try {
    await new Promise<void>((resolve, reject) => {
      let done = false;
      let stop = () => {};
      const finish = (error?: unknown) => {
        if (done) return;
        done = true;
        clearInterval(poll);
        stop();
        signal?.removeEventListener('abort', aborted);
        if (error) reject(error);
        else resolve();
      };
      const aborted = () => finish(signal?.reason ?? new Error('cancelled'));
      const check = async () => {
        try {
          const data = await gateway.run<{ simulation: RunState | null }>(lookUp, {
            runId: run.id,
          });
          if (data.simulation && isTerminal(data.simulation.status)) finish();
        } catch {
          // The subscription is the main channel; a failed look-up waits for the next.
        }
      };
      const poll = setInterval(() => void check(), POLL_MS);
      if (signal?.aborted) return aborted();
      signal?.addEventListener('abort', aborted, { once: true });
      stop = client.subscribe<{
        simulationProgress: RunProgress & { status: string };
      }>(
        {
          query: subscription.document,
          variables: { runId: run.id },
          extensions: { persistedQuery: { version: 1, sha256Hash: subscription.hash } },
        },
        {
          next: ({ data, errors }) => {
            if (errors?.length) return finish(new Error(errors.map((e) => e.message).join('; ')));
            const event = data?.simulationProgress;
            if (!event) return;
            onProgress(event);
            if (isTerminal(event.status)) finish();
          },
          error: (error) => finish(error instanceof Error ? error : new Error(String(error))),
          complete: () => finish(),
        },
      );
      void check();
    });
  } finally {
    await client.dispose();
  }
}

export interface RunOptions {
  gateway: Gateway;
  signal?: AbortSignal;
  onProgress: (progress: RunProgress) => void;
}

/**
 * Queues the run with the tool's own operation, follows it, and reads the result. A cancelled
 * call (MCP cancellation, a closed stream) cancels the run at the gateway before it gives up.
 */
export async function runToEnd(
  operation: Parameters<Gateway['run']>[0],
  variables: Record<string, unknown>,
  { gateway, signal, onProgress }: RunOptions,
): Promise<Record<string, unknown>> {
  const queued = await gateway.run<Record<string, RunState>>(operation, variables, signal);
  const run = Object.values(queued)[0]!;
  // The run's id comes first, so an agent can look it up later (get_simulation) if it stops.
  onProgress({
    fraction: 0,
    stage: run.status.toLowerCase(),
    message: `run ${run.id}`,
    runId: run.id,
  });
  if (!isTerminal(run.status)) {
    try {
      await follow(gateway, run, (step) => onProgress({ ...step, runId: run.id }), signal);
    } catch (error) {
      if (signal?.aborted) {
        await gateway.run(operationNamed('CancelSimulation'), { runId: run.id }).catch(() => {});
      }
      throw error;
    }
  }
  return gateway.run(operationNamed('GetSimulation'), { runId: run.id });
}
