import { requireUserId } from '@capstone/auth';
import { forbidden, notFound } from '@capstone/errors';
import {
  AFTER_ARG,
  FIRST_ARG,
  addCursorPageFields,
  decodeCursor,
  inKeyOrder,
  olderThan,
  pageOf,
  requestLoader,
} from '@capstone/server-kit';
import { Repeater } from 'graphql-yoga';
import { builder } from '../builder.js';
import type { ScenarioContext } from '../context.js';
import type { Prisma, SimulationRun as RunRow } from '../generated/prisma/client.js';
import {
  SimulationKind as Kinds,
  SimulationStatus as Statuses,
} from '../generated/prisma/enums.js';
import { TERMINAL, type ProgressEvent } from '../simulation/events.js';
import { progressEventOf, type RunError } from '../simulation/records.js';
import { SimulationResult } from './simulation-results.js';

export const SimulationKind = builder.enumType('SimulationKind', {
  description: 'What a simulation run computes.',
  values: {
    STRESS_TEST: {
      value: Kinds.STRESS_TEST,
      description: 'A historical or hypothetical stress test.',
    },
    MONTE_CARLO: {
      value: Kinds.MONTE_CARLO,
      description: 'A Monte Carlo projection with VaR/CVaR.',
    },
    BACKTEST: {
      value: Kinds.BACKTEST,
      description: 'A backtest with KRX costs against the KOSPI.',
    },
    OPTIMIZATION: { value: Kinds.OPTIMIZATION, description: 'A portfolio optimisation.' },
  },
});

export const SimulationStatus = builder.enumType('SimulationStatus', {
  description: 'Where a run is.',
  values: {
    QUEUED: { value: Statuses.QUEUED, description: 'Waiting for a worker.' },
    RUNNING: { value: Statuses.RUNNING, description: 'A worker is computing it.' },
    SUCCEEDED: { value: Statuses.SUCCEEDED, description: 'Done; the result is stored.' },
    FAILED: { value: Statuses.FAILED, description: 'Stopped with an error (see `error`).' },
    CANCELLED: { value: Statuses.CANCELLED, description: 'Stopped because it was cancelled.' },
  },
});

const SimulationError = builder.objectRef<RunError>('SimulationError').implement({
  description: 'Why a run failed, naming the input concerned where there is one.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description:
        'INSUFFICIENT_DATA, BAD_INPUT, WORKER_LOST, SERVICE_UNAVAILABLE or INTERNAL_ERROR.',
    }),
    field: t.exposeString('field', {
      nullable: true,
      description: 'The input, e.g. "input.from".',
    }),
    messageKo: t.exposeString('messageKo', { description: 'The reason in Korean.' }),
    messageEn: t.exposeString('messageEn', { description: 'The reason in English.' }),
  }),
});

const day = (date: Date) => date.toISOString().slice(0, 10);

const resultOf = requestLoader<ScenarioContext, string, unknown>(async (runIds, { prisma }) => {
  const rows = await prisma.simulationResult.findMany({ where: { runId: { in: [...runIds] } } });
  return inKeyOrder(runIds, rows, (row) => row.runId).map((row) => row?.data ?? null);
});

export const SimulationRun = builder.objectRef<RunRow>('SimulationRun').implement({
  description:
    'One simulation as a job: what was asked (normalised and hashed), its seed and engine version, its progress and its stored result. The same inputs, seed and engine version over the same market data give identical numbers.',
  authScopes: { scope: 'simulation:run' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    kind: t.expose('kind', { type: SimulationKind, description: 'What it computes.' }),
    status: t.expose('status', { type: SimulationStatus, description: 'Where it is.' }),
    ownerId: t.exposeID('ownerId', { description: 'The user who asked for it.' }),
    portfolioId: t.exposeID('portfolioId', {
      nullable: true,
      description: 'The portfolio simulated.',
    }),
    inputs: t.string({
      description:
        'The normalised inputs as canonical JSON (sorted keys, every default filled in, the holdings as they were): the text `inputHash` is the sha256 of.',
      resolve: (run) => JSON.stringify(run.inputs),
    }),
    inputHash: t.exposeString('inputHash', { description: 'sha256 hex of `inputs`.' }),
    seed: t.exposeInt('seed', {
      description:
        'The random seed. When none is given it is the first 31 bits of `inputHash`, so the same inputs draw the same numbers on every surface.',
    }),
    engineVersion: t.exposeString('engineVersion', { description: 'The engine that computed it.' }),
    dataFrom: t.string({
      description: 'First day of market data it reads.',
      resolve: (run) => day(run.dataFrom),
    }),
    asOf: t.string({
      description: 'Last day of market data it reads (its data date).',
      resolve: (run) => day(run.asOf),
    }),
    progress: t.exposeFloat('progress', { description: 'Fraction done, 0 to 1.' }),
    stage: t.exposeString('stage', {
      description: 'queued, loading-data, computing, saving, done, …',
    }),
    message: t.exposeString('message', {
      nullable: true,
      description: 'What it is doing, or why it ended.',
    }),
    error: t.field({
      type: SimulationError,
      nullable: true,
      description: 'Why it failed; null unless FAILED.',
      resolve: (run) => (run.error as RunError | null) ?? null,
    }),
    attempts: t.exposeInt('attempts', {
      description:
        'How many times a worker took it (more than 1: a worker stopped and another took over).',
    }),
    cancelRequested: t.boolean({
      description: 'Whether a cancel was asked for.',
      resolve: (run) => run.cancelRequestedAt !== null,
    }),
    queuedAt: t.expose('queuedAt', { type: 'DateTime', description: 'When it was asked for.' }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a worker first took it.',
    }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ended.',
    }),
    result: t.field({
      type: SimulationResult,
      nullable: true,
      description: 'The stored result, typed by kind; null until SUCCEEDED.',
      resolve: async (run, _args, context) =>
        run.status === 'SUCCEEDED' ? ((await resultOf(context).load(run.id)) as never) : null,
    }),
  }),
});

builder.asEntity(SimulationRun, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, context) => {
    const run = await context.prisma.simulationRun.findUnique({ where: { id } });
    return run && context.identity.kind !== 'anonymous' && run.ownerId === context.identity.userId
      ? run
      : null;
  },
});

/** The caller's own run. An unknown id is NOT_FOUND (or null, `optional`); another user's, FORBIDDEN. */
const SOMEONE_ELSES_RUN = {
  ko: '다른 사람의 시뮬레이션 실행입니다',
  en: 'This simulation run belongs to someone else',
};

export async function ownRun(
  context: ScenarioContext,
  id: string,
  argument = 'runId',
): Promise<RunRow> {
  const userId = requireUserId(context.identity);
  const run = await context.prisma.simulationRun.findUnique({ where: { id } });
  if (!run) {
    throw notFound(
      { ko: '그런 시뮬레이션 실행이 없습니다', en: 'There is no such simulation run' },
      { argument },
    );
  }
  if (run.ownerId !== userId) throw forbidden(SOMEONE_ELSES_RUN);
  return run;
}

const SimulationRunPage = builder
  .objectRef<{ runs: RunRow[]; nextCursor: string | null }>('SimulationRunPage')
  .implement({
    description: 'A page of runs, newest first. Pass `nextCursor` as `after` for the next page.',
    fields: (t) => ({
      runs: t.field({ type: [SimulationRun], description: 'The runs.', resolve: (p) => p.runs }),
    }),
  });
addCursorPageFields(builder, SimulationRunPage);

const SimulationFilter = builder.inputType('SimulationFilter', {
  description: 'Which runs to list; every field narrows.',
  fields: (t) => ({
    kind: t.field({ type: SimulationKind, description: 'Only this kind.' }),
    status: t.field({ type: SimulationStatus, description: 'Only this status.' }),
    portfolioId: t.id({ description: 'Only runs of this portfolio.' }),
  }),
});

/** The caller's runs, newest first, a page at a time (keyset pagination on queuedAt, id). */
async function pageOfRuns(
  context: ScenarioContext,
  where: Prisma.SimulationRunWhereInput,
  first: number,
  after: string | null | undefined,
) {
  const ownerId = requireUserId(context.identity);
  const rows = await context.prisma.simulationRun.findMany({
    where: { ...where, ownerId, ...olderThan('queuedAt', after ? decodeCursor(after) : null) },
    orderBy: [{ queuedAt: 'desc' }, { id: 'desc' }],
    take: first + 1,
  });
  const page = pageOf(rows, first, (run) => ({ at: run.queuedAt, id: run.id }));
  return { runs: page.rows, nextCursor: page.nextCursor };
}

builder.queryFields((t) => ({
  simulation: t.field({
    type: SimulationRun,
    nullable: true,
    description: 'One of your simulation runs by id; null when there is none.',
    authScopes: { scope: 'simulation:run' },
    args: { id: t.arg.id({ required: true, description: 'The run id.' }) },
    resolve: async (_root, { id }, context) => {
      const run = await context.prisma.simulationRun.findUnique({ where: { id: String(id) } });
      if (run && run.ownerId !== requireUserId(context.identity))
        throw forbidden(SOMEONE_ELSES_RUN);
      return run;
    },
  }),
  simulations: t.field({
    type: SimulationRunPage,
    nullable: true,
    description: 'Your simulation runs, newest first, a page at a time.',
    authScopes: { scope: 'simulation:run' },
    args: {
      filter: t.arg({ type: SimulationFilter, description: 'Which runs.' }),
      first: t.arg.int(FIRST_ARG),
      after: t.arg.string(AFTER_ARG),
    },
    resolve: (_root, { filter, first, after }, context) =>
      pageOfRuns(
        context,
        {
          ...(filter?.kind ? { kind: filter.kind } : {}),
          ...(filter?.status ? { status: filter.status } : {}),
          ...(filter?.portfolioId ? { portfolioId: String(filter.portfolioId) } : {}),
        },
        first ?? 20,
        after,
      ),
  }),
}));

/** The portfolio subgraph's portfolio, extended with its simulation runs. */
builder.externalRef('Portfolio', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    simulations: t.field({
      type: SimulationRunPage,
      description: 'Your simulation runs of this portfolio, newest first, a page at a time.',
      authScopes: { scope: 'simulation:run' },
      args: {
        kind: t.arg({ type: SimulationKind, description: 'Only this kind.' }),
        status: t.arg({ type: SimulationStatus, description: 'Only this status.' }),
        first: t.arg.int(FIRST_ARG),
        after: t.arg.string(AFTER_ARG),
      },
      resolve: ({ id }, { kind, status, first, after }, context) =>
        pageOfRuns(
          context,
          { portfolioId: String(id), ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
          first ?? 20,
          after,
        ),
    }),
  }),
});

const SimulationProgress = builder.objectRef<ProgressEvent>('SimulationProgress').implement({
  description:
    'A step of a run: the fraction done, the stage and a message; the last has a final status.',
  fields: (t) => ({
    runId: t.exposeID('runId', { description: 'The run.' }),
    status: t.field({
      type: SimulationStatus,
      description: 'Its status now.',
      resolve: (e) => e.status,
    }),
    fraction: t.exposeFloat('fraction', { description: 'Fraction done, 0 to 1.' }),
    stage: t.exposeString('stage', {
      description: 'queued, loading-data, computing, saving, done, …',
    }),
    message: t.exposeString('message', { nullable: true, description: 'What it is doing.' }),
    at: t.exposeString('at', { description: 'When (ISO 8601, UTC).' }),
    run: t.field({
      type: SimulationRun,
      description: 'The run as it is now.',
      resolve: async (event, _args, { prisma }) =>
        prisma.simulationRun.findUniqueOrThrow({ where: { id: event.runId } }),
    }),
  }),
});

/** How often a progress stream looks at the database, in case an event was missed. */
const RECHECK_MS = 2_000;

/**
 * A run's events: its state now, then each event as the worker publishes it, ending after the
 * final status. Subscribing first and then reading the state means no event in between is lost;
 * a periodic look at the database ends the stream even if the final event never arrives.
 */
function progressStream(context: ScenarioContext, runId: string): AsyncIterable<ProgressEvent> {
  return new Repeater<ProgressEvent>(async (push, stop) => {
    const live = context.simulations.events.progressOf(runId);
    let last = -1;
    let ended = false;
    const deliver = async (event: ProgressEvent) => {
      if (ended) return;
      // Never report going backwards (a snapshot read after a newer event arrived).
      if (!TERMINAL.has(event.status) && event.fraction < last) return;
      last = event.fraction;
      await push(event);
      if (TERMINAL.has(event.status)) {
        ended = true;
        stop();
      }
    };
    const recheck = async () => {
      const run = await context.prisma.simulationRun.findUnique({ where: { id: runId } });
      if (run && (TERMINAL.has(run.status) || run.progress >= last))
        await deliver(progressEventOf(run));
    };
    const timer = setInterval(() => void recheck().catch(() => undefined), RECHECK_MS);
    void (async () => {
      for await (const event of live) {
        await deliver(event);
        if (ended) break;
      }
    })().catch(() => stop());
    await recheck();
    await stop;
    clearInterval(timer);
    await live.return?.();
  });
}

builder.subscriptionField('simulationProgress', (t) =>
  t.field({
    type: SimulationProgress,
    description:
      'Progress of one of your runs: its state now, then each step (fraction done, stage, message), ending with the final status (SUCCEEDED, FAILED or CANCELLED).',
    authScopes: { scope: 'simulation:run' },
    args: { runId: t.arg.id({ required: true, description: 'The run.' }) },
    subscribe: async (_root, { runId }, context) => {
      const run = await ownRun(context, String(runId));
      return progressStream(context, run.id);
    },
    resolve: (event) => event,
  }),
);

builder.mutationFields((t) => ({
  cancelSimulation: t.field({
    type: SimulationRun,
    description: `Cancels one of your runs. A queued run ends CANCELLED at once; a running one is stopped by its worker, and the answer waits (up to about a second) for it to end. A run that has already ended is returned as it is.`,
    authScopes: { scope: 'simulation:run' },
    args: { runId: t.arg.id({ required: true, description: 'The run.' }) },
    resolve: async (_root, { runId }, context) => {
      const run = await ownRun(context, String(runId));
      if (TERMINAL.has(run.status)) return run;
      const { simulations } = context;
      const progress = simulations.events.progressOf(run.id);
      try {
        const { run: asked, tellWorker } = await simulations.records.cancel(run);
        if (!tellWorker) {
          await simulations.queue.remove(run.id);
          await simulations.events.publishProgress(progressEventOf(asked));
          return asked;
        }
        await simulations.events.requestCancel(run.id);
        const deadline = new Promise<void>((resolve) =>
          setTimeout(resolve, simulations.limits.cancelWaitMs).unref(),
        );
        const ended = (async () => {
          for await (const event of progress) if (TERMINAL.has(event.status)) return;
        })();
        await Promise.race([ended, deadline]);
        return (await simulations.records.find(run.id))!;
      } finally {
        await progress.return?.();
      }
    },
  }),
}));
