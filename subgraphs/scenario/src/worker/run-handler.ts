import type { Identity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import { QuantInputError, type MonteCarloPool } from '@capstone/quant';
import type { GatewayClient } from '@capstone/server-kit';
import { GraphQLError } from 'graphql';
import { runEngine, RunInputError } from '../simulation/engine/index.js';
import type { ProgressEvent, SimulationEvents } from '../simulation/events.js';
import type { SimulationInputs } from '../simulation/inputs.js';
import type { RunHandler } from '../simulation/queue.js';
import type { EndedStatus, SimulationMetrics } from '../simulation/simulation-metrics.js';
import {
  LostRunError,
  progressEventOf,
  type RunError,
  type RunRecords,
} from '../simulation/records.js';

export interface RunHandlerDeps {
  records: RunRecords;
  events: SimulationEvents;
  gateway: GatewayClient;
  pool: MonteCarloPool;
  logger: Logger;
  workerId: string;
  /** How often the worker writes its heartbeat (and looks for a cancel it may have missed). */
  heartbeatMs: number;
  /** Where the process counts the runs it computes. */
  metrics?: SimulationMetrics;
}

/** Publishes progress at most this often, besides every change of stage. */
const PUBLISH_EVERY_MS = 100;

function runErrorOf(error: unknown): RunError {
  if (error instanceof RunInputError || error instanceof QuantInputError) {
    const field =
      error instanceof RunInputError
        ? error.field
        : error.field.startsWith('input.')
          ? error.field
          : `engine.${error.field}`;
    return {
      code: error instanceof RunInputError ? error.code : 'BAD_INPUT',
      field,
      messageKo: error instanceof RunInputError ? error.messageKo : error.reasonKo,
      messageEn: error instanceof RunInputError ? error.messageEn : error.reasonEn,
    };
  }
  if (error instanceof GraphQLError) {
    return {
      code: String(error.extensions.code ?? 'SERVICE_UNAVAILABLE'),
      field: null,
      messageKo: '다른 서비스에서 데이터를 가져오지 못했습니다',
      messageEn: error.message,
    };
  }
  return {
    code: 'INTERNAL_ERROR',
    field: null,
    messageKo: '계산 중 오류가 발생했습니다',
    messageEn: error instanceof Error ? error.message : String(error),
  };
}

/**
 * What a worker does with one run, in the subgraph's process or the simulation worker's: claim
 * it, compute it with heartbeats and progress, and end it once (SUCCEEDED with its result,
 * FAILED with a named error, or CANCELLED). A run it loses to another worker it leaves alone.
 */
export function createRunHandler(deps: RunHandlerDeps): {
  handle: RunHandler;
  /** Stops a run this worker is computing (a cancel from the subgraph). */
  abort: (runId: string) => void;
} {
  const { records, events, logger } = deps;
  const active = new Map<string, AbortController>();
  const publish = (event: ProgressEvent) =>
    Promise.resolve(events.publishProgress(event)).catch((error: unknown) =>
      logger.warn({ err: error }, 'simulation progress not published'),
    );

  const handle: RunHandler = async (runId, jobSignal) => {
    const claim = await records.claim(runId, deps.workerId);
    if (claim.outcome === 'held') return { retryInMs: claim.retryInMs };
    if (claim.outcome === 'done') {
      if (claim.event) await publish(claim.event);
      return {};
    }
    const { run, attempt } = claim;
    const started = performance.now();
    const counted = (status: EndedStatus) =>
      deps.metrics?.runEnded({
        kind: run.kind,
        status,
        seconds: (performance.now() - started) / 1_000,
      });
    const abort = new AbortController();
    active.set(runId, abort);
    const onJobAbort = () => abort.abort();
    jobSignal.addEventListener('abort', onJobAbort);
    let lost = false;
    let state = { fraction: 0, stage: 'starting', message: null as string | null };
    let published = 0;
    const report = (fraction: number, stage: string, message: string | null = null) => {
      const changed = stage !== state.stage;
      state = { fraction: Math.max(state.fraction, fraction), stage, message };
      const now = Date.now();
      if (!changed && now - published < PUBLISH_EVERY_MS) return;
      published = now;
      void publish({ runId, status: 'RUNNING', ...state, at: new Date(now).toISOString() });
    };
    const beat = setInterval(() => {
      records.heartbeat(runId, attempt, state).then(
        ({ cancelRequested }) => cancelRequested && abort.abort(),
        (error: unknown) => {
          if (error instanceof LostRunError) {
            lost = true;
            abort.abort();
          }
        },
      );
    }, deps.heartbeatMs);
    report(0, 'starting', run.message);
    const log = logger.child({ runId, kind: run.kind, attempt });
    try {
      const result = await runEngine(run.inputs as unknown as SimulationInputs, run.seed, {
        gateway: deps.gateway,
        identity: run.requestedBy as unknown as Identity,
        signal: abort.signal,
        progress: report,
        monteCarloPool: deps.pool,
      });
      report(0.98, 'saving');
      const ended = await records.succeed(runId, attempt, result);
      counted('SUCCEEDED');
      await publish(progressEventOf(ended));
      log.info('simulation succeeded');
    } catch (error) {
      if (lost || error instanceof LostRunError) {
        log.warn('simulation taken over by another worker; its result is left to that worker');
        return {};
      }
      if (jobSignal.aborted) {
        // This worker is stopping: the run stays RUNNING and another worker takes it over.
        log.warn('simulation left to another worker: this one is stopping');
        return {};
      }
      const cancelled = abort.signal.aborted;
      const ended = cancelled
        ? await records.end(run, attempt, 'CANCELLED', {
            stage: 'cancelled',
            message: '취소되었습니다 (cancelled)',
          })
        : await records.end(run, attempt, 'FAILED', {
            stage: 'failed',
            ...(() => {
              const detail = runErrorOf(error);
              return { message: `${detail.messageKo} (${detail.messageEn})`, error: detail };
            })(),
          });
      if (ended) counted(cancelled ? 'CANCELLED' : 'FAILED');
      if (ended) await publish(progressEventOf(ended));
      if (!cancelled) log.warn({ err: error }, 'simulation failed');
    } finally {
      clearInterval(beat);
      jobSignal.removeEventListener('abort', onJobAbort);
      active.delete(runId);
    }
    return {};
  };
  return { handle, abort: (runId) => active.get(runId)?.abort() };
}
