import { builder } from '../builder.js';
import type { ScenarioTemplate as TemplateRow } from '../generated/prisma/client.js';
import { ScenarioKind as ScenarioKinds } from '../generated/prisma/enums.js';
import { shocksSchema, type Shock as ShockValue } from '../shocks.js';
import type { TemplateSource } from '../templates.js';

export const ScenarioKind = builder.enumType('ScenarioKind', {
  description: 'Whether a scenario replays history or is made up.',
  values: {
    HISTORICAL: {
      value: ScenarioKinds.HISTORICAL,
      description: 'Moves measured over a past window.',
    },
    HYPOTHETICAL: { value: ScenarioKinds.HYPOTHETICAL, description: 'Moves chosen by hand.' },
  },
});

export const ShockTarget = builder.enumType('ShockTarget', {
  description: 'What a shock moves.',
  values: {
    MARKET: { description: 'Every stock.' },
    SECTOR: { description: 'The stocks of one sector.' },
    SYMBOL: { description: 'One stock.' },
    FX: { description: 'An exchange rate.' },
  },
});

export const Shock = builder.objectRef<ShockValue>('Shock').implement({
  description: 'One move a scenario applies.',
  fields: (t) => ({
    target: t.field({
      type: ShockTarget,
      description: 'What moves.',
      resolve: (shock) => shock.target,
    }),
    sector: t.string({
      nullable: true,
      description: 'The sector, for a SECTOR shock.',
      resolve: (shock) => (shock.target === 'SECTOR' ? shock.sector : null),
    }),
    symbol: t.string({
      nullable: true,
      description: 'The KRX code, for a SYMBOL shock.',
      resolve: (shock) => (shock.target === 'SYMBOL' ? shock.symbol : null),
    }),
    currencyPair: t.string({
      nullable: true,
      description: 'The rate, for an FX shock, e.g. "USDKRW".',
      resolve: (shock) => (shock.target === 'FX' ? shock.currencyPair : null),
    }),
    change: t.exposeFloat('change', {
      description: 'The move as a fraction: -0.2 is a 20 % fall.',
    }),
  }),
});

const ScenarioSource = builder.objectRef<TemplateSource>('ScenarioSource').implement({
  description:
    "Where a historical template's market figure comes from: the KOSPI's peak and trough.",
  fields: (t) => ({
    series: t.exposeString('series', { description: 'The index measured, KOSPI.' }),
    peakDate: t.string({
      description: 'The highest close in the window.',
      resolve: (s) => s.peak.date,
    }),
    peakClose: t.float({
      nullable: true,
      description: 'That close, in index points (null where not recorded).',
      resolve: (s) => s.peak.close,
    }),
    troughDate: t.string({
      description: 'The lowest close after the peak.',
      resolve: (s) => s.trough.date,
    }),
    troughClose: t.float({
      nullable: true,
      description: 'That close, in index points.',
      resolve: (s) => s.trough.close,
    }),
    peakToTrough: t.exposeFloat('peakToTrough', { description: 'trough / peak − 1.' }),
    referenceKo: t.exposeString('referenceKo', { description: 'The source, in Korean.' }),
    referenceEn: t.exposeString('referenceEn', { description: 'The source, in English.' }),
    verified: t.exposeBoolean('verified', {
      description:
        'Whether the figures were checked against daily closes the project holds (KOSPI 2010–2025); older windows rest on the published record.',
    }),
  }),
});

export const ScenarioTemplate = builder.objectRef<TemplateRow>('ScenarioTemplate').implement({
  description: 'A ready-made stress scenario, named in Korean and English.',
  authScopes: { scope: 'simulation:run' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'A readable id, e.g. "gfc-2008".' }),
    kind: t.expose('kind', { type: ScenarioKind, description: 'Historical or hypothetical.' }),
    nameKo: t.exposeString('nameKo', { description: 'Korean name.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    descriptionKo: t.exposeString('descriptionKo', { description: 'Korean description.' }),
    descriptionEn: t.exposeString('descriptionEn', { description: 'English description.' }),
    periodStart: t.expose('periodStart', {
      type: 'Date',
      nullable: true,
      description: 'Start of the historical window.',
    }),
    periodEnd: t.expose('periodEnd', {
      type: 'Date',
      nullable: true,
      description: 'End of the historical window.',
    }),
    shocks: t.field({
      type: [Shock],
      description: 'The moves the scenario applies.',
      resolve: (template) => shocksSchema.parse(template.shocks),
    }),
    source: t.field({
      type: ScenarioSource,
      nullable: true,
      description: 'Where the figures come from (historical templates).',
      resolve: (template) => (template.source as TemplateSource | null) ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  scenarioTemplates: t.field({
    type: [ScenarioTemplate],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'The scenario templates, historical first, then by period.',
    authScopes: { scope: 'simulation:run' },
    args: { kind: t.arg({ type: ScenarioKind, description: 'Only this kind.' }) },
    resolve: (_root, { kind }, { prisma }) =>
      prisma.scenarioTemplate.findMany({
        where: kind ? { kind } : {},
        orderBy: [{ kind: 'asc' }, { periodStart: 'asc' }, { id: 'asc' }],
      }),
  }),
  scenarioTemplate: t.field({
    type: ScenarioTemplate,
    nullable: true,
    description: 'A scenario template by id, or null when there is none.',
    authScopes: { scope: 'simulation:run' },
    args: { id: t.arg.id({ required: true, description: 'The template id, e.g. "gfc-2008".' }) },
    resolve: (_root, { id }, { prisma }) =>
      prisma.scenarioTemplate.findUnique({ where: { id: String(id) } }),
  }),
}));
