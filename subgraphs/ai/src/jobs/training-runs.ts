import type { TrainingRunEvent } from '../events.js';
import type {
  TrainingPlan,
  TrainingRun,
  TrainingRunStatus,
  TrainingTrigger,
} from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';

/** A RUNNING run whose heartbeat is older than this was interrupted (its process died). */
export const STALE_HEARTBEAT_MS = 60_000;

export const FINISHED: readonly TrainingRunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

export const runEventOf = (run: TrainingRun): TrainingRunEvent => ({
  id: run.id,
  status: run.status,
  progress: run.progress,
  stage: run.stage,
  message: run.message,
});

export function queueRun(
  prisma: PrismaClient,
  input: { plan: TrainingPlan; trigger: TrainingTrigger; requestedBy?: string | null },
): Promise<TrainingRun> {
  return prisma.trainingRun.create({
    data: { plan: input.plan, trigger: input.trigger, requestedBy: input.requestedBy ?? null },
  });
}

/** Fails runs left RUNNING or QUEUED by a process that died, so that none stays open forever. */
export async function failInterruptedRuns(prisma: PrismaClient, now = new Date()): Promise<number> {
  const stale = new Date(now.getTime() - STALE_HEARTBEAT_MS);
  const { count } = await prisma.trainingRun.updateMany({
    where: {
      OR: [
        { status: 'RUNNING', heartbeatAt: { lt: stale } },
        { status: 'QUEUED', createdAt: { lt: new Date(now.getTime() - 10 * STALE_HEARTBEAT_MS) } },
      ],
    },
    data: {
      status: 'FAILED',
      finishedAt: now,
      message:
        '중단됨: 학습 프로세스가 응답하지 않습니다 / Interrupted: the training process stopped answering',
    },
  });
  return count;
}

export function listRuns(prisma: PrismaClient, limit: number): Promise<TrainingRun[]> {
  return prisma.trainingRun.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
}
