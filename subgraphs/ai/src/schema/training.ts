import { requireUserId } from '@capstone/auth';
import { conflict, notFound } from '@capstone/errors';
import { intBetween } from '@capstone/server-kit';
import { ADMIN_ONLY, builder } from '../builder.js';
import type { TrainingRun as TrainingRunRow } from '../generated/prisma/client.js';
import {
  TrainingPlan as TrainingPlans,
  TrainingRunStatus as TrainingRunStatuses,
  TrainingTrigger as TrainingTriggers,
} from '../generated/prisma/enums.js';
import { FINISHED, listRuns } from '../jobs/training-runs.js';
import { ModelVersion } from './model-version.js';

export const TrainingPlan = builder.enumType('TrainingPlan', {
  description: 'How much a training run learns.',
  values: {
    FULL: {
      value: TrainingPlans.FULL,
      description:
        'Every candidate (linear, gradient-boosted trees, MLP) on AI_TRAINING_YEARS of bars: the nightly run.',
    },
    QUICK: {
      value: TrainingPlans.QUICK,
      description:
        'The linear candidates on three years: what a fresh platform trains first, in seconds.',
    },
  },
});

const TrainingTrigger = builder.enumType('TrainingTrigger', {
  description: 'What started a training run.',
  values: {
    STARTUP: { value: TrainingTriggers.STARTUP, description: 'The first start of a platform.' },
    SCHEDULE: { value: TrainingTriggers.SCHEDULE, description: 'The nightly schedule.' },
    API: { value: TrainingTriggers.API, description: 'An administrator, through retrainModels.' },
    CLI: {
      value: TrainingTriggers.CLI,
      description: 'The command line (or a Kubernetes CronJob).',
    },
  },
});

const TrainingRunStatus = builder.enumType('TrainingRunStatus', {
  description: 'Where a training run is.',
  values: {
    QUEUED: { value: TrainingRunStatuses.QUEUED, description: 'Waiting to start.' },
    RUNNING: { value: TrainingRunStatuses.RUNNING, description: 'In progress.' },
    SUCCEEDED: { value: TrainingRunStatuses.SUCCEEDED, description: 'Trained and registered.' },
    FAILED: { value: TrainingRunStatuses.FAILED, description: 'Failed (see message).' },
    CANCELLED: { value: TrainingRunStatuses.CANCELLED, description: 'Cancelled before it ended.' },
  },
});

export const TrainingRun = builder.objectRef<TrainingRunRow>('TrainingRun').implement({
  description: 'One retraining job, with its progress and the versions it registered.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    plan: t.expose('plan', { type: TrainingPlan, description: 'Full or quick.' }),
    trigger: t.expose('trigger', { type: TrainingTrigger, description: 'What started it.' }),
    status: t.expose('status', { type: TrainingRunStatus, description: 'Where it is.' }),
    progress: t.exposeFloat('progress', { description: 'From 0 to 1.' }),
    stage: t.exposeString('stage', { nullable: true, description: 'What it is doing.' }),
    message: t.exposeString('message', {
      nullable: true,
      description: 'How it ended: each kind’s version, promoted or not and why; or the error.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was queued.' }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it started.',
    }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ended.',
    }),
    cancelRequested: t.boolean({
      description: 'Whether someone asked it to stop.',
      resolve: (run) => run.cancelRequestedAt !== null,
    }),
    modelVersions: t.field({
      type: [ModelVersion],
      description: 'The versions it registered.',
      resolve: (run, _args, { prisma }) =>
        prisma.modelVersion.findMany({
          where: { trainingRunId: run.id },
          orderBy: { kind: 'asc' },
        }),
    }),
  }),
});

const MAX_RUNS = 100;

builder.queryField('trainingRuns', (t) =>
  t.field({
    type: [TrainingRun],
    nullable: true,
    description: `The latest training runs, newest first (at most ${MAX_RUNS}). Administrators only.`,
    authScopes: ADMIN_ONLY,
    args: {
      limit: t.arg.int({
        defaultValue: 20,
        description: `How many (1 to ${MAX_RUNS}).`,
        validate: intBetween(1, MAX_RUNS),
      }),
    },
    resolve: (_root, { limit }, { prisma }) => listRuns(prisma, limit ?? 20),
  }),
);

builder.mutationFields((t) => ({
  retrainModels: t.field({
    type: TrainingRun,
    description:
      'Retrains the models now, as a job: the same command the nightly schedule runs. Follow it with trainingRunUpdated; serving switches to what it promotes without a failed request. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: {
      plan: t.arg({
        type: TrainingPlan,
        defaultValue: 'FULL',
        description: 'FULL (default) or QUICK.',
      }),
    },
    resolve: async (_root, { plan }, { trainer, identity }) =>
      (
        await trainer.start({
          plan: plan ?? 'FULL',
          trigger: 'API',
          requestedBy: requireUserId(identity),
        })
      ).run,
  }),
  cancelTrainingRun: t.field({
    type: TrainingRun,
    description:
      'Asks a queued or running training run to stop; it ends CANCELLED within a few seconds, registering nothing more. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: { id: t.arg.id({ required: true, description: 'The run.' }) },
    resolve: async (_root, { id }, { prisma }) => {
      const run = await prisma.trainingRun.findUnique({ where: { id: String(id) } });
      if (!run) throw notFound(noTrainingRun(id), { argument: 'id' });
      if (FINISHED.includes(run.status)) {
        throw conflict(
          {
            ko: `학습 실행 ${id}은(는) 이미 끝났습니다 (${run.status})`,
            en: `Training run ${id} has already ended (${run.status})`,
          },
          { argument: 'id' },
        );
      }
      return prisma.trainingRun.update({
        where: { id: run.id },
        data: { cancelRequestedAt: run.cancelRequestedAt ?? new Date() },
      });
    },
  }),
}));

function noTrainingRun(id: string | number) {
  return { ko: `ID가 ${id}인 학습 실행이 없습니다`, en: `No training run has the id ${id}` };
}

builder.subscriptionField('trainingRunUpdated', (t) =>
  t.field({
    type: TrainingRun,
    description:
      'A training run’s progress: its state now, then each change, ending once it has ended. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: { id: t.arg.id({ required: true, description: 'The run (from retrainModels).' }) },
    subscribe: async function* (_root, { id }, { prisma, events }) {
      const updates = events.subscribe('trainingRun');
      try {
        const run = await prisma.trainingRun.findUnique({ where: { id: String(id) } });
        if (!run) throw notFound(noTrainingRun(id), { argument: 'id' });
        yield run;
        if (FINISHED.includes(run.status)) return;
        for await (const event of updates) {
          if (event.id !== run.id) continue;
          const row = await prisma.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
          yield row;
          if (FINISHED.includes(row.status)) return;
        }
      } finally {
        await updates.return();
      }
    },
    resolve: (run) => run,
  }),
);
