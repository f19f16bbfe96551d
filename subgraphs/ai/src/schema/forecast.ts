import { BASELINE_NAMES, HORIZON_DAYS, type ForecastKind } from '@capstone/forecasting';
import { notFound } from '@capstone/errors';
import { krxSymbols } from '@capstone/server-kit';
import { builder } from '../builder.js';
import type { AiContext } from '../context.js';
import type { ForecastPublishedEvent } from '../events.js';
import { forecastOf, modelVersionById } from '../loaders.js';
import {
  reasonOf,
  type ForecastOutcome,
  type ForecastPart as ForecastPartShape,
  type ForecastUnavailable as ForecastUnavailableShape,
  type ForecastView,
} from '../serving/forecasts.js';
import { ModelKind, ModelVersion } from './model-version.js';

export const ForecastSource = builder.enumType('ForecastSource', {
  description: 'What made a forecast’s number.',
  values: {
    MODEL: { description: 'A promoted model: it beat its baselines on the hold-out.' },
    BASELINE: {
      description:
        'The baseline itself: no model of this kind beat it on the hold-out, so none is promoted.',
    },
  },
});

const ForecastPart = builder.objectRef<ForecastPartShape>('ForecastPart').implement({
  description: 'One number of a forecast, beside its baseline for the same instrument and day.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'What the API forecasts.' }),
    baseline: t.exposeFloat('baseline', {
      description:
        'The baseline’s value: trailing 20-day realised volatility, or the base rate of rises.',
    }),
    baselineId: t.exposeString('baselineId', {
      description: 'trailing-volatility-20d or base-rate.',
    }),
    baselineNameKo: t.exposeString('baselineNameKo', { description: 'The baseline, in Korean.' }),
    baselineNameEn: t.exposeString('baselineNameEn', { description: 'The baseline, in English.' }),
    source: t.field({
      type: ForecastSource,
      description: 'A promoted model, or the baseline.',
      resolve: (part) => part.source,
    }),
    model: t.field({
      type: ModelVersion,
      description:
        'The version that made the number (MODEL), or whose refusal leaves the baseline serving (BASELINE).',
      resolve: (part) => part.version,
    }),
    reasonKo: t.exposeString('reasonKo', { description: 'Why this source serves, in Korean.' }),
    reasonEn: t.exposeString('reasonEn', { description: 'Why this source serves, in English.' }),
  }),
});

export const Forecast = builder.objectRef<ForecastView>('Forecast').implement({
  description: `An instrument's forecast over the next ${HORIZON_DAYS} trading days, from its close on the as-of day.`,
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    asOf: t.field({
      type: 'Date',
      description: 'The last trading day the forecast used.',
      resolve: (forecast) => forecast.asOf,
    }),
    horizonDays: t.exposeInt('horizonDays', { description: 'Trading days ahead (20).' }),
    volatility: t.field({
      type: ForecastPart,
      description: 'Expected annualised volatility over the horizon, as a fraction (0.3 = 30 %).',
      resolve: (forecast) => forecast.volatility,
    }),
    probabilityUp: t.field({
      type: ForecastPart,
      description: 'The probability that the close at the horizon is above the as-of close.',
      resolve: (forecast) => forecast.probabilityUp,
    }),
  }),
});

export const ForecastUnavailableCode = builder.enumType('ForecastUnavailableCode', {
  description: 'Why an instrument has no forecast.',
  values: {
    NO_MODEL: { description: 'No model has been trained yet.' },
    NOT_COLLECTED: { description: 'The ETL does not collect this instrument’s daily bars.' },
    INSUFFICIENT_HISTORY: {
      description: 'Too little history: never forecast from too little data.',
    },
    MISSING_FEATURES: { description: 'Some features could not be computed (e.g. no KOSPI close).' },
    NO_RECENT_BAR: { description: 'No bar on the as-of day (a halt, say).' },
  },
});

const ForecastUnavailable = builder
  .objectRef<ForecastUnavailableShape>('ForecastUnavailable')
  .implement({
    description: 'Why an instrument has no forecast, in Korean and English.',
    fields: (t) => ({
      code: t.field({
        type: ForecastUnavailableCode,
        description: 'The reason, as a code.',
        resolve: (gap) => gap.code,
      }),
      messageKo: t.exposeString('messageKo', { description: 'The reason, in Korean.' }),
      messageEn: t.exposeString('messageEn', { description: 'The reason, in English.' }),
      history: t.exposeInt('history', {
        nullable: true,
        description: 'Trading days of history the instrument has, when known.',
      }),
      requiredHistory: t.exposeInt('requiredHistory', {
        description: 'Trading days of history a forecast needs.',
      }),
    }),
  });

const forecastOutcome = (symbol: string, context: AiContext): Promise<ForecastOutcome> =>
  forecastOf(context).load(symbol);

/** The market-data subgraph's instrument, extended with its forecast. */
builder.externalRef('Instrument', builder.selection<{ symbol: string }>('symbol')).implement({
  externalFields: (t) => ({ symbol: t.string() }),
  fields: (t) => ({
    forecast: t.field({
      type: Forecast,
      nullable: true,
      description:
        'The forecast from the served models (one batched run for every instrument of the request), or null: `forecastUnavailable` says why.',
      authScopes: { scope: 'ai:read' },
      resolve: async ({ symbol }, _args, context) =>
        (await forecastOutcome(symbol, context)).forecast,
    }),
    forecastUnavailable: t.field({
      type: ForecastUnavailable,
      nullable: true,
      description: 'Why there is no forecast, or null when there is one.',
      authScopes: { scope: 'ai:read' },
      resolve: async ({ symbol }, _args, context) =>
        (await forecastOutcome(symbol, context)).unavailable,
    }),
  }),
});

interface InstrumentForecastShape {
  symbol: string;
  outcome: ForecastOutcome;
}

const InstrumentForecast = builder
  .objectRef<InstrumentForecastShape>('InstrumentForecast')
  .implement({
    description: 'One instrument’s forecast, or why it has none.',
    fields: (t) => ({
      symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
      forecast: t.field({
        type: Forecast,
        nullable: true,
        description: 'The forecast, or null.',
        resolve: (item) => item.outcome.forecast,
      }),
      unavailable: t.field({
        type: ForecastUnavailable,
        nullable: true,
        description: 'Why there is no forecast, or null when there is one.',
        resolve: (item) => item.outcome.unavailable,
      }),
    }),
  });

const MAX_FORECASTS = 200;

builder.queryField('forecasts', (t) =>
  t.field({
    type: [InstrumentForecast],
    nullable: true,
    description: `Forecasts of the given instruments (up to ${MAX_FORECASTS}), in the order asked, each with its reason when there is none. A code no instrument has is a NOT_FOUND error naming it.`,
    authScopes: { scope: 'ai:read' },
    args: {
      symbols: t.arg.stringList({
        required: true,
        description: `1 to ${MAX_FORECASTS} KRX codes.`,
        validate: krxSymbols({ max: MAX_FORECASTS }),
      }),
    },
    resolve: async (_root, { symbols }, context) => {
      // Whether an instrument exists is no secret: asked as the service, so that a key with only
      // ai:read gets its answer.
      const known = await context.market.knownSymbols(symbols);
      const unknown = symbols.filter((symbol) => !known.has(symbol));
      if (unknown.length > 0) {
        throw notFound(
          {
            ko: `종목 코드 ${unknown.join(', ')}에 해당하는 종목이 없습니다`,
            en: `No instrument has the code ${unknown.join(', ')}`,
          },
          { argument: 'symbols', symbols: unknown },
        );
      }
      const outcomes = await forecastOf(context).loadMany(symbols);
      return symbols.map((symbol, i) => {
        const outcome = outcomes[i];
        if (outcome instanceof Error) throw outcome;
        return { symbol, outcome: outcome! };
      });
    },
  }),
);

interface PublicationShape extends ForecastPublishedEvent {
  symbols: readonly string[] | null;
}

const ForecastPublication = builder.objectRef<PublicationShape>('ForecastPublication').implement({
  description: 'Forecasts a promoted model has just published for every tracked instrument.',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', description: 'The day they are as of.', resolve: (p) => p.asOf }),
    publishedAt: t.field({
      type: 'DateTime',
      description: 'When they were published.',
      resolve: (p) => p.publishedAt,
    }),
    count: t.exposeInt('count', { description: 'Instruments forecast.' }),
    volatilityModel: t.field({
      type: ModelVersion,
      description: 'The volatility version (or the one whose baseline serves).',
      resolve: (p, _args, context) =>
        modelVersionById(context)
          .load(p.volatilityVersionId)
          .then((row) => row!),
    }),
    directionModel: t.field({
      type: ModelVersion,
      description: 'The direction version (or the one whose baseline serves).',
      resolve: (p, _args, context) =>
        modelVersionById(context)
          .load(p.directionVersionId)
          .then((row) => row!),
    }),
    forecasts: t.field({
      type: [Forecast],
      description:
        'The published forecasts of the subscribed instruments (all when none were named).',
      resolve: (p, _args, context) => publishedForecasts(context, p),
    }),
  }),
});

/** The forecasts one publication wrote, rebuilt as the API shows them. */
async function publishedForecasts(
  context: AiContext,
  publication: PublicationShape,
): Promise<ForecastView[]> {
  const rows = await context.prisma.forecast.findMany({
    where: {
      asOf: new Date(`${publication.asOf}T00:00:00Z`),
      modelVersionId: { in: [publication.volatilityVersionId, publication.directionVersionId] },
      ...(publication.symbols ? { symbol: { in: [...publication.symbols] } } : {}),
    },
    include: { modelVersion: true },
    orderBy: { symbol: 'asc' },
  });
  const bySymbol = new Map<string, Partial<Record<ForecastKind, ForecastPartShape>>>();
  for (const row of rows) {
    const kind: ForecastKind = row.kind === 'VOLATILITY' ? 'volatility' : 'direction';
    const names =
      kind === 'volatility' ? BASELINE_NAMES.trailingVolatility : BASELINE_NAMES.baseRate;
    const parts = bySymbol.get(row.symbol) ?? {};
    parts[kind] = {
      kind,
      value: row.value,
      baseline: row.baseline,
      baselineId: names.id,
      baselineNameKo: names.nameKo,
      baselineNameEn: names.nameEn,
      source: row.source,
      version: row.modelVersion,
      ...reasonOf({ source: row.source, version: row.modelVersion }, names.nameKo, names.nameEn),
    };
    bySymbol.set(row.symbol, parts);
  }
  return [...bySymbol].flatMap(([symbol, parts]) =>
    parts.volatility && parts.direction
      ? [
          {
            symbol,
            asOf: publication.asOf,
            horizonDays: rows[0]!.horizonDays,
            volatility: parts.volatility,
            probabilityUp: parts.direction,
          },
        ]
      : [],
  );
}

builder.subscriptionField('forecastPublished', (t) =>
  t.field({
    type: ForecastPublication,
    description:
      'Fires when a promoted model publishes new forecasts (after each retraining); across processes through Redis when it answers.',
    authScopes: { scope: 'ai:read' },
    args: {
      symbols: t.arg.stringList({
        description: `Only these instruments’ forecasts in each event (1 to ${MAX_FORECASTS} KRX codes); all when left out.`,
        validate: krxSymbols({ max: MAX_FORECASTS }),
      }),
    },
    subscribe: (_root, _args, { events }) => events.subscribe('forecastPublished'),
    resolve: (event, { symbols }) => ({ ...event, symbols: symbols ?? null }),
  }),
);

interface ServingStatusShape {
  kind: ForecastKind;
  status: ReturnType<AiContext['models']['status']>[number];
}

const ServingModel = builder.objectRef<ServingStatusShape>('ServingModel').implement({
  description: 'What serves one kind of forecast in this process, and why.',
  fields: (t) => ({
    kind: t.field({
      type: ModelKind,
      description: 'The kind.',
      resolve: (s) => (s.kind === 'volatility' ? 'VOLATILITY' : 'DIRECTION'),
    }),
    source: t.field({
      type: ForecastSource,
      nullable: true,
      description: 'A promoted model, the baseline, or null before any training.',
      resolve: (s) => s.status.serving?.source ?? null,
    }),
    model: t.field({
      type: ModelVersion,
      nullable: true,
      description: 'The version serving (MODEL), or whose refusal leaves the baseline serving.',
      resolve: (s) => s.status.serving?.version ?? null,
    }),
    promoted: t.field({
      type: ModelVersion,
      nullable: true,
      description:
        'The registry’s promoted version: the serving one, unless its artifact was refused at load.',
      resolve: (s) => s.status.promoted,
    }),
    since: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When this process started serving it.',
      resolve: (s) => s.status.since,
    }),
    reasonKo: t.string({
      description: 'Why it serves, in Korean.',
      resolve: (s) => servingReason(s).ko,
    }),
    reasonEn: t.string({
      description: 'Why it serves, in English.',
      resolve: (s) => servingReason(s).en,
    }),
    refusedModel: t.field({
      type: ModelVersion,
      nullable: true,
      description: 'The last promoted version whose artifact this process refused to load.',
      resolve: (s) => s.status.refusal?.version ?? null,
    }),
    refusalKo: t.string({
      nullable: true,
      description: 'What was wrong with it, in Korean.',
      resolve: (s) => s.status.refusal?.problems.map((p) => p.messageKo).join('; ') ?? null,
    }),
    refusalEn: t.string({
      nullable: true,
      description: 'What was wrong with it, in English.',
      resolve: (s) => s.status.refusal?.problems.map((p) => p.messageEn).join('; ') ?? null,
    }),
  }),
});

function servingReason({ kind, status }: ServingStatusShape): { ko: string; en: string } {
  if (!status.serving) {
    return {
      ko: '아직 학습된 모델이 없습니다 (ETL이 일봉을 모으면 첫 모델을 학습합니다)',
      en: 'No model has been trained yet (the first one is trained once the ETL has daily bars)',
    };
  }
  const names = kind === 'volatility' ? BASELINE_NAMES.trailingVolatility : BASELINE_NAMES.baseRate;
  const { reasonKo, reasonEn } = reasonOf(status.serving, names.nameKo, names.nameEn);
  const refused = status.refusal;
  return refused && refused.version.id === status.promoted?.id
    ? {
        ko: `${reasonKo} (승격된 v${refused.version.version}의 아티팩트는 검증에 실패해 거부됨)`,
        en: `${reasonEn} (the promoted v${refused.version.version}'s artifact failed its checks and was refused)`,
      }
    : { ko: reasonKo, en: reasonEn };
}

builder.queryField('servingModels', (t) =>
  t.field({
    type: [ServingModel],
    nullable: true,
    description:
      'What serves each kind of forecast and why: the promoted model, or the baseline when no model beat it, and any artifact refused at load.',
    authScopes: { scope: 'ai:read' },
    resolve: (_root, _args, { models }) =>
      models.status().map((status) => ({ kind: status.kind, status })),
  }),
);
