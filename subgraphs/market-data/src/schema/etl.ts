import { ADMIN_ONLY, requireUserId } from '@capstone/auth';
import { dateRange, intBetween, parseKrxSymbol } from '@capstone/server-kit';
import { badInput, conflict, notFound } from '@capstone/errors';
import { builder } from '../builder.js';
import { isTrackedIndex } from '../etl/settings.js';
import {
  EtlJob as EtlJobValues,
  EtlRunStatus as EtlRunStatusValues,
  EtlTrigger as EtlTriggerValues,
} from '../generated/prisma/enums.js';
import {
  cancelRun,
  jobStatuses,
  listRuns,
  queueRun,
  type EtlRunRow,
  type JobStatus,
} from '../etl/runs/run-records.js';
import { calendarDay, isoDay, requireInstruments, todayInSeoul, untrackedIndex } from './args.js';

export const EtlJob = builder.enumType('EtlJob', {
  description: 'The jobs of the market-data ETL worker.',
  values: {
    INSTRUMENT_MASTER: {
      value: EtlJobValues.INSTRUMENT_MASTER,
      description: 'Refresh instruments and indices from the KIS master files; track the largest.',
    },
    DAILY_BARS: {
      value: EtlJobValues.DAILY_BARS,
      description:
        'After the close: new daily bars of tracked instruments and indices, and any missing ones.',
    },
    BACKFILL: {
      value: EtlJobValues.BACKFILL,
      description: 'Daily bars for a date range, for given instruments or every tracked one.',
    },
    LIVE_QUOTES: {
      value: EtlJobValues.LIVE_QUOTES,
      description: 'The live quote stream; one run is one session.',
    },
  },
});

const EtlTrigger = builder.enumType('EtlTrigger', {
  description: 'What started a run.',
  values: {
    SCHEDULE: { value: EtlTriggerValues.SCHEDULE, description: 'The cron schedule (Asia/Seoul).' },
    STARTUP: {
      value: EtlTriggerValues.STARTUP,
      description: 'The worker catching up as it starts.',
    },
    MANUAL: { value: EtlTriggerValues.MANUAL, description: 'An administrator, through the API.' },
    CLI: { value: EtlTriggerValues.CLI, description: 'The command line (npm run etl).' },
  },
});

export const EtlRunStatus = builder.enumType('EtlRunStatus', {
  description: 'Where a run is, or how it ended.',
  values: {
    QUEUED: { value: EtlRunStatusValues.QUEUED, description: 'Waiting for the worker.' },
    RUNNING: { value: EtlRunStatusValues.RUNNING, description: 'In progress.' },
    SUCCEEDED: { value: EtlRunStatusValues.SUCCEEDED, description: 'Done, without errors.' },
    PARTIAL: {
      value: EtlRunStatusValues.PARTIAL,
      description: 'Done, but some instruments or ranges failed (see errors).',
    },
    FAILED: {
      value: EtlRunStatusValues.FAILED,
      description: 'Failed, or interrupted before it finished.',
    },
    SKIPPED: {
      value: EtlRunStatusValues.SKIPPED,
      description: 'Nothing to do, e.g. a scheduled run on a day the KRX is closed.',
    },
    CANCELLED: { value: EtlRunStatusValues.CANCELLED, description: 'Cancelled on request.' },
  },
});

export const EtlRun = builder.objectRef<EtlRunRow>('EtlRun').implement({
  description: 'One run of an ETL job, with what it wrote and what went wrong.',
  authScopes: ADMIN_ONLY,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The run.' }),
    job: t.expose('job', { type: EtlJob, description: 'Which job.' }),
    trigger: t.expose('trigger', { type: EtlTrigger, description: 'What started it.' }),
    status: t.expose('status', {
      type: EtlRunStatus,
      description: 'Where it is, or how it ended.',
    }),
    symbols: t.stringList({
      nullable: true,
      description: 'KRX and index codes it covers; null means every tracked one.',
      resolve: (run) => (run.symbols ? run.symbols.split(',') : null),
    }),
    from: t.expose('fromDate', {
      type: 'Date',
      nullable: true,
      description: 'First day of a backfill.',
    }),
    to: t.expose('toDate', {
      type: 'Date',
      nullable: true,
      description: 'Last day of a backfill.',
    }),
    queuedAt: t.expose('queuedAt', { type: 'DateTime', description: 'When it was asked for.' }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the worker started it.',
    }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ended.',
    }),
    rows: t.exposeInt('rows', { description: 'Bars, instruments or quotes received and written.' }),
    rowsChanged: t.exposeInt('rowsChanged', {
      description: 'Of those, the new or different ones: 0 when a rerun found everything in place.',
    }),
    errorCount: t.exposeInt('errorCount', { description: 'How many things failed.' }),
    errors: t.stringList({
      description: 'The first errors (up to 20).',
      resolve: (run) => (run.errors ? run.errors.split('\n') : []),
    }),
    message: t.exposeString('message', { nullable: true, description: 'A summary of the run.' }),
    cancelRequested: t.boolean({
      description: 'Whether someone asked for it to stop.',
      resolve: (run) => run.cancelRequestedAt !== null,
    }),
  }),
});

const EtlJobStatus = builder.objectRef<JobStatus>('EtlJobStatus').implement({
  description: 'How current one ETL job is.',
  fields: (t) => ({
    job: t.field({ type: EtlJob, description: 'The job.', resolve: (status) => status.job }),
    lastStatus: t.field({
      type: EtlRunStatus,
      nullable: true,
      description: 'How its latest run ended (or RUNNING), or null when it never ran.',
      resolve: (status) => status.last?.status ?? null,
    }),
    lastStartedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its latest run started.',
      resolve: (status) => status.last?.startedAt ?? null,
    }),
    lastFinishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its latest run ended.',
      resolve: (status) => status.last?.finishedAt ?? null,
    }),
    lastSucceededAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a run of it last ended without errors.',
      resolve: (status) => status.lastSucceededAt,
    }),
    queued: t.exposeInt('queued', { description: 'Runs waiting for the worker.' }),
  }),
});

const MAX_RUNS = 100;

builder.queryFields((t) => ({
  etlRuns: t.field({
    type: [EtlRun],
    nullable: true,
    description: `The latest ETL runs, newest first (at most ${MAX_RUNS}). Administrators only.`,
    authScopes: ADMIN_ONLY,
    args: {
      job: t.arg({ type: EtlJob, description: 'Only runs of this job.' }),
      status: t.arg({ type: EtlRunStatus, description: 'Only runs in this state.' }),
      limit: t.arg.int({
        defaultValue: 20,
        description: `How many (1 to ${MAX_RUNS}).`,
        validate: intBetween(1, MAX_RUNS),
      }),
    },
    resolve: (_root, { job, status, limit }, { etlPool }) =>
      listRuns(etlPool, { job, status, limit: limit ?? 20 }),
  }),
  etlStatus: t.field({
    type: [EtlJobStatus],
    nullable: true,
    description:
      'Per ETL job: its latest run and when it last succeeded, so a client can tell how fresh the data is.',
    authScopes: { scope: 'market:read' },
    resolve: (_root, _args, { etlPool }) => jobStatuses(etlPool),
  }),
}));

builder.mutationFields((t) => ({
  triggerEtlRun: t.field({
    type: EtlRun,
    description:
      'Queues a run of a batch job for the ETL worker, which picks it up within seconds (follow it with etlRuns). A backfill takes `from` (and `to`, default today) and optionally `symbols`: KRX codes and the index codes 0001, 1001, 2001; without them every tracked one. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: {
      job: t.arg({ type: EtlJob, required: true, description: 'The job to run.' }),
      symbols: t.arg.stringList({
        description: 'BACKFILL only: KRX codes and index codes to collect.',
      }),
      from: t.arg({
        type: 'Date',
        description: 'BACKFILL only: the first day.',
        validate: calendarDay,
      }),
      to: t.arg({
        type: 'Date',
        description: 'BACKFILL only: the last day (default today).',
        validate: calendarDay,
      }),
    },
    validate: dateRange({ maxDays: 366 * 20, defaultTo: todayInSeoul }),
    resolve: async (_root, args, { prisma, etlPool, identity }) => {
      const requestedBy = requireUserId(identity);
      if (args.job === 'LIVE_QUOTES') {
        throw badInput(
          {
            ko: '실시간 시세 수신은 배치 작업이 아닙니다. 작업자가 알아서 실행합니다',
            en: 'The live stream is not a batch job; the worker runs it by itself',
          },
          { argument: 'job' },
        );
      }
      if (args.job !== 'BACKFILL') {
        const extra = (['symbols', 'from', 'to'] as const).find((name) => args[name] != null);
        if (extra) {
          throw badInput(
            {
              ko: `\`${extra}\`는 BACKFILL에만 씁니다`,
              en: `\`${extra}\` applies to BACKFILL only`,
            },
            { argument: extra },
          );
        }
        return queueRun(etlPool, args.job, { requestedBy });
      }
      if (!args.from) {
        throw badInput(
          { ko: '백필에는 `from`(시작일)이 필요합니다', en: 'A backfill needs `from`' },
          { argument: 'from' },
        );
      }
      const to = args.to ?? todayInSeoul();
      const codes = [...new Set((args.symbols ?? []).map((code) => code.trim().toUpperCase()))];
      const indexCodes = codes.filter((code) => /^\d{4}$/.test(code));
      const symbols = codes
        .filter((code) => !/^\d{4}$/.test(code))
        .map((code) => parseKrxSymbol(code, 'symbols'));
      const badIndex = indexCodes.find((code) => !isTrackedIndex(code));
      if (badIndex) {
        throw notFound(untrackedIndex(badIndex), { argument: 'symbols' });
      }
      await requireInstruments(prisma, symbols);
      return queueRun(etlPool, 'BACKFILL', {
        requestedBy,
        symbols: codes.length ? [...symbols, ...indexCodes] : null,
        from: isoDay(args.from),
        to: isoDay(to),
      });
    },
  }),
  cancelEtlRun: t.field({
    type: EtlRun,
    description:
      'Cancels a queued run at once, or asks a running one to stop after its current page. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: { id: t.arg.id({ required: true, description: 'The run.' }) },
    resolve: async (_root, { id }, { etlPool }) => {
      const runId = Number(id);
      if (!Number.isSafeInteger(runId) || runId < 1) {
        throw badInput(
          { ko: `"${String(id)}"은(는) 실행 ID가 아닙니다`, en: `"${String(id)}" is not a run id` },
          { argument: 'id' },
        );
      }
      const outcome = await cancelRun(etlPool, runId);
      switch (outcome.kind) {
        case 'missing':
          throw notFound(
            { ko: `실행 ${runId}이(가) 없습니다`, en: `There is no run ${runId}` },
            { argument: 'id' },
          );
        case 'live-stream':
          throw badInput(
            {
              ko: '실시간 시세 수신은 취소할 수 없습니다. 작업자가 일정(ETL_LIVE_QUOTES)에 따라 시작하고 멈춥니다',
              en: 'The live stream cannot be cancelled: the worker starts and stops it on its schedule (ETL_LIVE_QUOTES)',
            },
            { argument: 'id' },
          );
        case 'already-ended':
          throw conflict(
            { ko: `실행 ${runId}은(는) 이미 끝났습니다`, en: `Run ${runId} has already ended` },
            { argument: 'id' },
          );
        default:
          return outcome.run;
      }
    },
  }),
}));
