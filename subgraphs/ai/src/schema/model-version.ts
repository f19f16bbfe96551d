import { builder } from '../builder.js';
import type { ModelVersion as ModelVersionRow } from '../generated/prisma/client.js';
import { ModelStatus as ModelStatuses } from '../generated/prisma/enums.js';

export const ModelStatus = builder.enumType('ModelStatus', {
  description: 'Where a model version is in its life.',
  values: {
    TRAINING: { value: ModelStatuses.TRAINING, description: 'Being trained or evaluated.' },
    READY: { value: ModelStatuses.READY, description: 'Serving forecasts.' },
    RETIRED: { value: ModelStatuses.RETIRED, description: 'No longer used.' },
  },
});

export const ModelVersion = builder.objectRef<ModelVersionRow>('ModelVersion').implement({
  description: 'One trained version of a forecasting or risk model.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    name: t.exposeString('name', { description: 'The model family, e.g. "return-gbm".' }),
    version: t.exposeInt('version', { description: 'Increases with each training run.' }),
    algorithm: t.exposeString('algorithm', { description: 'How it was trained.' }),
    status: t.expose('status', { type: ModelStatus, description: 'Training, ready or retired.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
  }),
});

builder.queryField('modelVersions', (t) =>
  t.field({
    type: [ModelVersion],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'The model registry, newest first.',
    authScopes: { scope: 'ai:read' },
    args: { status: t.arg({ type: ModelStatus, description: 'Only versions in this state.' }) },
    resolve: (_root, { status }, { prisma }) =>
      prisma.modelVersion.findMany({
        where: status ? { status } : {},
        orderBy: [{ name: 'asc' }, { version: 'desc' }],
      }),
  }),
);
