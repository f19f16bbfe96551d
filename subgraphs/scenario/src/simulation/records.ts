import { Prisma, type SimulationRun } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import type { ProgressEvent, RunStatus } from './events.js';

/** A failure as a run records it: a code, the input it concerns, Korean then English. */
export interface RunError {
  code: string;
  field: string | null;
  messageKo: string;
  messageEn: string;
}

export const progressEventOf = (run: SimulationRun): ProgressEvent => ({
  runId: run.id,
  status: run.status,
  fraction: run.progress,
  stage: run.stage,
  message: run.message,
  at: (run.finishedAt ?? run.heartbeatAt ?? run.startedAt ?? run.queuedAt).toISOString(),
});

/** Raised when a run's attempt is no longer the current one: another worker took it over. */
export class LostRunError extends Error {
  override name = 'LostRunError';
  constructor(runId: string, attempt: number) {
    super(`run ${runId}: attempt ${attempt} is no longer the current one`);
  }
}

export type Claim =
  | { outcome: 'claimed'; run: SimulationRun; attempt: number }
  /** Another worker holds it and is alive: try again after `retryInMs`. */
  | { outcome: 'held'; retryInMs: number }
  /** Finished, cancelled, given up, or gone: nothing to do. */
  | { outcome: 'done'; run: SimulationRun | null; event: ProgressEvent | null };

/**
 * The database is the run's source of truth; the queue only says "look at this run". A claim
 * bumps `attempts`, and every later write of the worker is fenced on that number, so a worker
 * that lost its run (it was taken over after its lock lapsed) can no longer change it: a run
 * ends once, with at most one result row.
 */
export class RunRecords {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: { lockMs: number; maxAttempts: number },
  ) {}

  find(id: string) {
    return this.prisma.simulationRun.findUnique({ where: { id } });
  }

  async claim(id: string, workerId: string, now = new Date()): Promise<Claim> {
    const run = await this.find(id);
    if (!run || run.status === 'SUCCEEDED' || run.status === 'FAILED' || run.status === 'CANCELLED')
      return { outcome: 'done', run, event: null };
    if (run.status === 'RUNNING' && run.workerId !== workerId && run.heartbeatAt) {
      const fresh = run.heartbeatAt.getTime() + this.options.lockMs - now.getTime();
      if (fresh > 0) return { outcome: 'held', retryInMs: fresh + 100 };
    }
    if (run.cancelRequestedAt) {
      const ended = await this.end(run, run.attempts, 'CANCELLED', {
        stage: 'cancelled',
        message: '취소되었습니다 (cancelled)',
      });
      return { outcome: 'done', run: ended, event: ended && progressEventOf(ended) };
    }
    if (run.attempts >= this.options.maxAttempts) {
      const ended = await this.end(run, run.attempts, 'FAILED', {
        stage: 'failed',
        message: `작업자가 ${run.attempts}번 중단되어 포기합니다 (its worker stopped ${run.attempts} times; giving up)`,
        error: {
          code: 'WORKER_LOST',
          field: null,
          messageKo: `작업자가 ${run.attempts}번 중단되었습니다`,
          messageEn: `its worker stopped ${run.attempts} times`,
        },
      });
      return { outcome: 'done', run: ended, event: ended && progressEventOf(ended) };
    }
    const attempt = run.attempts + 1;
    const { count } = await this.prisma.simulationRun.updateMany({
      where: { id, attempts: run.attempts, status: run.status },
      data: {
        status: 'RUNNING',
        attempts: attempt,
        workerId,
        heartbeatAt: now,
        startedAt: run.startedAt ?? now,
        progress: 0,
        stage: 'starting',
        message: attempt > 1 ? `재시도 ${attempt}회차 (attempt ${attempt})` : null,
      },
    });
    if (count !== 1) return { outcome: 'held', retryInMs: this.options.lockMs };
    const claimed = await this.find(id);
    return { outcome: 'claimed', run: claimed!, attempt };
  }

  /**
   * Records progress and says the worker is alive; returns whether a cancel was asked for.
   * Throws LostRunError when the attempt is no longer current.
   */
  async heartbeat(
    id: string,
    attempt: number,
    progress: { fraction: number; stage: string; message: string | null },
  ): Promise<{ cancelRequested: boolean }> {
    const { count } = await this.prisma.simulationRun.updateMany({
      where: { id, attempts: attempt, status: 'RUNNING' },
      data: {
        heartbeatAt: new Date(),
        progress: progress.fraction,
        stage: progress.stage,
        message: progress.message,
      },
    });
    if (count !== 1) throw new LostRunError(id, attempt);
    const run = await this.prisma.simulationRun.findUnique({
      where: { id },
      select: { cancelRequestedAt: true },
    });
    return { cancelRequested: run?.cancelRequestedAt != null };
  }

  /** Ends the run SUCCEEDED with its result, in one transaction fenced on the attempt. */
  async succeed(id: string, attempt: number, result: unknown): Promise<SimulationRun> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.simulationRun.updateMany({
        where: { id, attempts: attempt, status: 'RUNNING' },
        data: {
          status: 'SUCCEEDED',
          progress: 1,
          stage: 'done',
          message: null,
          finishedAt: new Date(),
        },
      });
      if (count !== 1) throw new LostRunError(id, attempt);
      await tx.simulationResult.create({
        data: { runId: id, data: result as Prisma.InputJsonValue },
      });
      return tx.simulationRun.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Ends the run FAILED or CANCELLED, fenced on the attempt; null when it had already ended. */
  async end(
    run: Pick<SimulationRun, 'id' | 'status'>,
    attempt: number,
    status: Extract<RunStatus, 'FAILED' | 'CANCELLED'>,
    detail: { stage: string; message: string; error?: RunError },
  ): Promise<SimulationRun | null> {
    const { count } = await this.prisma.simulationRun.updateMany({
      where: { id: run.id, attempts: attempt, status: { in: ['QUEUED', 'RUNNING'] } },
      data: {
        status,
        stage: detail.stage,
        message: detail.message.slice(0, 500),
        error: detail.error ? (detail.error as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
        finishedAt: new Date(),
      },
    });
    return count === 1 ? this.find(run.id) : null;
  }

  /**
   * Cancels a queued run at once, or asks a running one to stop. Returns the run as it then is
   * and whether a worker must be told.
   */
  async cancel(run: SimulationRun): Promise<{ run: SimulationRun; tellWorker: boolean }> {
    if (run.status === 'QUEUED') {
      const ended = await this.end(run, run.attempts, 'CANCELLED', {
        stage: 'cancelled',
        message: '취소되었습니다 (cancelled)',
      });
      if (ended) return { run: ended, tellWorker: false };
    }
    const current = (await this.find(run.id))!;
    if (current.status !== 'RUNNING') return { run: current, tellWorker: false };
    const asked = await this.prisma.simulationRun.update({
      where: { id: run.id },
      data: { cancelRequestedAt: current.cancelRequestedAt ?? new Date() },
    });
    return { run: asked, tellWorker: true };
  }

  /** Runs still QUEUED some time after they were queued: their job may never have reached the queue. */
  queuedBefore(instant: Date) {
    return this.prisma.simulationRun.findMany({
      where: { status: 'QUEUED', queuedAt: { lt: instant } },
      select: { id: true },
      take: 500,
    });
  }

  /** RUNNING runs whose worker has not been heard of since `instant`. */
  silentSince(instant: Date) {
    return this.prisma.simulationRun.findMany({
      where: { status: 'RUNNING', heartbeatAt: { lt: instant } },
      select: { id: true, attempts: true },
      take: 500,
    });
  }

  /** Runs one user has queued or running. */
  activeCount(ownerId: string) {
    return this.prisma.simulationRun.count({
      where: { ownerId, status: { in: ['QUEUED', 'RUNNING'] } },
    });
  }
}
