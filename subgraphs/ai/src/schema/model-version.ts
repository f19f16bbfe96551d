import type { Comparison, Metrics } from '@capstone/forecasting';
import { intBetween } from '@capstone/server-kit';
import { ADMIN_ONLY, builder } from '../builder.js';
import type { ModelVersion as ModelVersionRow } from '../generated/prisma/client.js';
import {
  ModelKind as ModelKinds,
  ModelStatus as ModelStatuses,
} from '../generated/prisma/enums.js';

export const ModelKind = builder.enumType('ModelKind', {
  description: 'What a model forecasts, 20 trading days ahead.',
  values: {
    VOLATILITY: {
      value: ModelKinds.VOLATILITY,
      description: 'Annualised realised volatility of the next 20 trading days.',
    },
    DIRECTION: {
      value: ModelKinds.DIRECTION,
      description: 'The probability that the close 20 trading days ahead is above today’s.',
    },
  },
});

export const ModelStatus = builder.enumType('ModelStatus', {
  description: 'Where a model version is in its life.',
  values: {
    CANDIDATE: {
      value: ModelStatuses.CANDIDATE,
      description:
        'Trained and judged; not serving (it did not beat its baselines, or was not promoted yet).',
    },
    PROMOTED: { value: ModelStatuses.PROMOTED, description: 'The version that serves its kind.' },
    RETIRED: { value: ModelStatuses.RETIRED, description: 'Served once; replaced since.' },
  },
});

interface WindowShape {
  from: Date;
  to: Date;
  rows: number;
  instruments: number;
}

const DateWindow = builder.objectRef<WindowShape>('DateWindow').implement({
  description: 'A span of trading days and the rows (instrument-days) in it.',
  fields: (t) => ({
    from: t.expose('from', { type: 'Date', description: 'First day.' }),
    to: t.expose('to', { type: 'Date', description: 'Last day.' }),
    rows: t.exposeInt('rows', { description: 'Instrument-days.' }),
    instruments: t.exposeInt('instruments', { description: 'Instruments.' }),
  }),
});

interface MetricShape {
  name: string;
  value: number | null;
}

const MetricValue = builder.objectRef<MetricShape>('MetricValue').implement({
  description:
    'One score: qlike and rmse for volatility (lower is better), auc (higher), brier and logLoss (lower) for direction; rows counts what it was computed on.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'qlike, rmse, auc, brier, logLoss or rows.' }),
    value: t.exposeFloat('value', { nullable: true, description: 'Null when not a number (NaN).' }),
  }),
});

const metricValues = (metrics: Metrics | null | undefined): MetricShape[] =>
  Object.entries(metrics ?? {}).map(([name, value]) => ({
    name,
    value: typeof value === 'number' && Number.isFinite(value) ? value : null,
  }));

interface BaselineShape {
  id: string;
  nameKo: string;
  nameEn: string;
  metrics: Metrics;
}

const BaselineMetrics = builder.objectRef<BaselineShape>('BaselineMetrics').implement({
  description: 'A baseline’s scores on the same hold-out rows as the model.',
  fields: (t) => ({
    id: t.exposeString('id', {
      description: 'trailing-volatility-20d (volatility) or base-rate (direction).',
    }),
    nameKo: t.exposeString('nameKo', { description: 'Its name in Korean.' }),
    nameEn: t.exposeString('nameEn', { description: 'Its name in English.' }),
    metrics: t.field({
      type: [MetricValue],
      description: 'Its hold-out scores.',
      resolve: (baseline) => metricValues(baseline.metrics),
    }),
  }),
});

const MetricComparison = builder.objectRef<Comparison>('MetricComparison').implement({
  description:
    'The model against one baseline on one metric, on the hold-out: what promotion decides on.',
  fields: (t) => ({
    baseline: t.exposeString('baseline', { description: 'The baseline’s id.' }),
    metric: t.exposeString('metric', { description: 'The metric.' }),
    model: t.float({
      nullable: true,
      description: 'The model’s score.',
      resolve: (c) => (Number.isFinite(c.model) ? c.model : null),
    }),
    baselineValue: t.float({
      nullable: true,
      description: 'The baseline’s score.',
      resolve: (c) => (Number.isFinite(c.baselineValue) ? c.baselineValue : null),
    }),
    better: t.exposeBoolean('better', {
      description: 'Strictly better than the baseline (ties refuse promotion).',
    }),
  }),
});

interface CandidateShape {
  id: string;
  algorithm: string;
  hyperParameters: unknown;
  validation: Metrics;
  holdOut: Metrics | null;
  selected: boolean;
}

const ModelCandidate = builder.objectRef<CandidateShape>('ModelCandidate').implement({
  description: 'One candidate tried in the training run, with its walk-forward validation scores.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'har, har-x, logistic, gbt or mlp.' }),
    family: t.exposeString('algorithm', { description: 'linear, gbt or mlp.' }),
    hyperParameters: t.string({
      description: 'Its hyper-parameters, as JSON.',
      resolve: (candidate) => JSON.stringify(candidate.hyperParameters),
    }),
    validation: t.field({
      type: [MetricValue],
      description: 'Pooled over the walk-forward folds’ test windows.',
      resolve: (candidate) => metricValues(candidate.validation),
    }),
    holdOut: t.field({
      type: [MetricValue],
      description:
        'On the hold-out, for the selected candidate only (selection never looks at it).',
      resolve: (candidate) => metricValues(candidate.holdOut),
    }),
    selected: t.exposeBoolean('selected', {
      description: 'The best by the validation metric: the one this version delivers.',
    }),
  }),
});

interface StoredMetrics {
  holdOut: { model: Metrics; baselines: BaselineShape[] };
  comparisons: Comparison[];
  candidates: CandidateShape[];
  validation: { embargoDays: number; selectionMetric: string; folds: unknown[] };
}

const metricsOf = (row: ModelVersionRow) => row.metrics as unknown as StoredMetrics;

export const ModelVersion = builder.objectRef<ModelVersionRow>('ModelVersion').implement({
  description:
    'One trained version of a forecasting model: how it was trained, on what, its hold-out scores beside its baselines’, and its artifact.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    name: t.exposeString('name', { description: 'The registry name, e.g. "krx-volatility-20d".' }),
    kind: t.expose('kind', { type: ModelKind, description: 'What it forecasts.' }),
    version: t.exposeInt('version', {
      description: 'Increases with each training run of the name.',
    }),
    algorithm: t.exposeString('algorithm', {
      description: 'The selected candidate: har, har-x, logistic, gbt or mlp.',
    }),
    family: t.exposeString('family', { description: 'linear, gbt or mlp.' }),
    hyperParameters: t.string({
      description: 'How it was fitted, as JSON.',
      resolve: (row) => JSON.stringify(row.hyperParameters),
    }),
    seed: t.exposeInt('seed', { description: 'The seed of every random choice in training.' }),
    status: t.expose('status', {
      type: ModelStatus,
      description: 'Candidate, promoted or retired.',
    }),
    trainingWindow: t.field({
      type: DateWindow,
      description:
        'What the delivered model was fitted on (purged and embargoed before the hold-out).',
      resolve: (row) => ({
        from: row.trainingFrom,
        to: row.trainingTo,
        rows: row.trainingRows,
        instruments: row.instruments,
      }),
    }),
    holdOutWindow: t.field({
      type: DateWindow,
      description: 'The most recent days, kept out of model selection and used only to judge it.',
      resolve: (row) => ({
        from: row.holdOutFrom,
        to: row.holdOutTo,
        rows: row.holdOutRows,
        instruments: row.instruments,
      }),
    }),
    embargoDays: t.int({
      description: 'Trading days between a training row’s target window and any test window.',
      resolve: (row) => metricsOf(row).validation.embargoDays,
    }),
    featureHash: t.exposeString('featureHash', {
      description: 'sha256 of the feature definitions it was trained on.',
    }),
    featureVersion: t.exposeInt('featureVersion', {
      description: 'The feature definitions’ version.',
    }),
    minimumHistory: t.exposeInt('minimumHistory', {
      description: 'Trading days of history an instrument needs before it is forecast.',
    }),
    holdOut: t.field({
      type: [MetricValue],
      description: 'The model’s scores on the hold-out.',
      resolve: (row) => metricValues(metricsOf(row).holdOut.model),
    }),
    baselines: t.field({
      type: [BaselineMetrics],
      description: 'The baselines’ scores on the same hold-out rows.',
      resolve: (row) => metricsOf(row).holdOut.baselines,
    }),
    comparisons: t.field({
      type: [MetricComparison],
      description: 'Every metric against every baseline: the promotion rule’s evidence.',
      resolve: (row) => metricsOf(row).comparisons,
    }),
    beatsBaselines: t.exposeBoolean('beatsBaselines', {
      description:
        'Whether it beats every baseline on every metric of its kind on the hold-out: the promotion rule.',
    }),
    reasonKo: t.exposeString('reasonKo', {
      description: 'The promotion rule’s verdict, in Korean.',
    }),
    reasonEn: t.exposeString('reasonEn', {
      description: 'The promotion rule’s verdict, in English.',
    }),
    baseRate: t.exposeFloat('baseRate', {
      nullable: true,
      description: 'Direction models: the training share of rises (the base-rate baseline).',
    }),
    candidates: t.field({
      type: [ModelCandidate],
      description: 'Every candidate the training run tried.',
      resolve: (row) => metricsOf(row).candidates,
    }),
    artifactSha256: t.exposeString('artifactSha256', {
      description: 'sha256 of the ONNX file; a file that does not match is refused at load.',
    }),
    artifactBytes: t.exposeInt('artifactBytes', { description: 'The ONNX file’s size.' }),
    artifactUri: t.exposeString('artifactUri', {
      description: 'Where the ONNX file is stored (file:// or s3://). Administrators only.',
      authScopes: ADMIN_ONLY,
    }),
    trainingRunId: t.exposeID('trainingRunId', {
      nullable: true,
      description: 'The training run that produced it.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    promotedAt: t.expose('promotedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last promoted.',
    }),
    retiredAt: t.expose('retiredAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When another version replaced it.',
    }),
  }),
});

const MAX_VERSIONS = 200;

builder.queryField('modelVersions', (t) =>
  t.field({
    type: [ModelVersion],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'The model registry, newest first.',
    authScopes: { scope: 'ai:read' },
    args: {
      kind: t.arg({ type: ModelKind, description: 'Only versions of this kind.' }),
      status: t.arg({ type: ModelStatus, description: 'Only versions in this state.' }),
      limit: t.arg.int({
        defaultValue: 50,
        description: `How many (1 to ${MAX_VERSIONS}).`,
        validate: intBetween(1, MAX_VERSIONS),
      }),
    },
    resolve: (_root, { kind, status, limit }, { prisma }) =>
      prisma.modelVersion.findMany({
        where: { ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
        orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
        take: limit ?? 50,
      }),
  }),
);
