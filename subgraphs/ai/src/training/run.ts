import { withConnection } from '@capstone/db';
import type { TrainingPlan, TrainingRun, TrainingTrigger } from '../generated/prisma/client.js';
import { runEventOf } from '../jobs/training-runs.js';
import { retrain, TrainingDataError, type RetrainDeps, type RetrainOutcome } from './retrain.js';

export interface TrainingRunDeps extends RetrainDeps {
  /** The ai database: the training lock lives on one of its connections. */
  databaseUrl: string;
}

export interface TrainingRequest {
  /** A run queued beforehand (by retrainModels); otherwise one is recorded now. */
  runId?: string;
  plan: TrainingPlan;
  trigger: TrainingTrigger;
  requestedBy?: string | null;
  /** Stops the run (the command's SIGTERM, say): it ends CANCELLED, as cancelTrainingRun does. */
  signal?: AbortSignal;
}

/** Another training run holds the lock: the platform trains one model set at a time. */
export class TrainingBusyError extends Error {
  override name = 'TrainingBusyError';
}

const HEARTBEAT_MS = 1_000;
const PROGRESS_WRITE_MS = 500;

function summary(outcome: RetrainOutcome): string {
  const kinds = outcome.kinds.map(
    ({ kind, version, promoted }) =>
      `${kind}: ${version.name} v${version.version} (${version.algorithm}) ${promoted ? 'promoted' : 'not promoted'} — ${version.reasonEn}`,
  );
  return [
    ...kinds,
    outcome.asOf
      ? `forecasts for ${outcome.forecasts} instruments as of ${outcome.asOf}`
      : 'no forecasts',
  ].join('\n');
}

/**
 * One retraining job, as the schedule, retrainModels, the first start and the CLI all run it:
 * under the ai database's training lock (one at a time across every process), recorded in
 * TrainingRun with progress and a heartbeat, and cancelled when cancelTrainingRun asks.
 */
export async function runTraining(
  deps: TrainingRunDeps,
  request: TrainingRequest,
): Promise<TrainingRun> {
  const { prisma } = deps;
  const run = request.runId
    ? await prisma.trainingRun.findUniqueOrThrow({ where: { id: request.runId } })
    : await prisma.trainingRun.create({
        data: {
          plan: request.plan,
          trigger: request.trigger,
          requestedBy: request.requestedBy ?? null,
        },
      });
  const update = async (data: Parameters<typeof prisma.trainingRun.update>[0]['data']) => {
    const row = await prisma.trainingRun.update({ where: { id: run.id }, data });
    deps.emit('trainingRun', runEventOf(row));
    return row;
  };
  const lockName = `${new URL(deps.databaseUrl).pathname.slice(1)}:ai-training`;

  return withConnection(deps.databaseUrl, async (connection) => {
    const [row] = (await connection.query('SELECT GET_LOCK(?, 0) AS locked', [lockName])) as {
      locked: number | bigint | null;
    }[];
    if (Number(row?.locked) !== 1) {
      await update({
        status: 'FAILED',
        finishedAt: new Date(),
        message:
          '다른 학습이 진행 중입니다 / Another training run is in progress; this one did not start',
      });
      throw new TrainingBusyError('Another training run is in progress');
    }
    const abort = new AbortController();
    const stopped = () => abort.abort(request.signal?.reason);
    if (request.signal?.aborted) stopped();
    request.signal?.addEventListener('abort', stopped, { once: true });
    let stage = 'starting';
    let lastWrite = 0;
    const begun = Date.now();
    let pending: Promise<unknown> = Promise.resolve();
    let beat: Promise<unknown> = Promise.resolve();
    const heartbeat = setInterval(() => {
      beat = prisma.trainingRun
        .update({ where: { id: run.id }, data: { heartbeatAt: new Date() } })
        .then((row) => {
          if (row.cancelRequestedAt && !abort.signal.aborted) {
            abort.abort(new Error('Cancelled by cancelTrainingRun'));
          }
        })
        .catch((error: unknown) => deps.logger.warn({ err: error }, 'ai: training heartbeat'));
    }, HEARTBEAT_MS);
    try {
      await update({
        status: 'RUNNING',
        startedAt: new Date(),
        heartbeatAt: new Date(),
        stage,
        progress: 0,
      });
      const outcome = await retrain(deps, {
        plan: run.plan,
        runId: run.id,
        signal: abort.signal,
        report: (progress, next) => {
          const now = Date.now();
          const sameStep = next.split(':')[0] === stage.split(':')[0];
          if (sameStep && now - lastWrite < PROGRESS_WRITE_MS) return;
          if (!sameStep) {
            deps.logger.info(
              { runId: run.id, seconds: (now - begun) / 1000 },
              `ai: training ${next.split(':')[0]}`,
            );
          }
          stage = next;
          lastWrite = now;
          pending = pending.then(() => update({ progress, stage: next })).catch(() => {});
        },
      });
      await pending;
      return await update({
        status: 'SUCCEEDED',
        progress: 1,
        stage: 'done',
        finishedAt: new Date(),
        message: summary(outcome),
      });
    } catch (error) {
      await pending;
      const cancelled = abort.signal.aborted;
      deps.logger[cancelled ? 'info' : 'error'](
        { err: error, runId: run.id },
        cancelled ? 'ai: training cancelled' : 'ai: training failed',
      );
      const message =
        error instanceof TrainingDataError
          ? `${error.messageKo} / ${error.message}`
          : error instanceof Error
            ? error.message
            : String(error);
      return update({
        status: cancelled ? 'CANCELLED' : 'FAILED',
        finishedAt: new Date(),
        message: cancelled
          ? `취소됨 / Cancelled: ${(abort.signal.reason as Error | undefined)?.message ?? 'stopped'}`
          : message,
      });
    } finally {
      clearInterval(heartbeat);
      await beat;
      request.signal?.removeEventListener('abort', stopped);
      await connection.query('SELECT RELEASE_LOCK(?)', [lockName]).catch(() => {});
    }
  });
}
