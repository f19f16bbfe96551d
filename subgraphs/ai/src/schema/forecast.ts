import { intBetween } from '@capstone/server-kit';
import { builder } from '../builder.js';
import type { Forecast as ForecastRow } from '../generated/prisma/client.js';
import { newestForecastOf } from '../loaders.js';
import { ModelVersion } from './model-version.js';

export const Forecast = builder.objectRef<ForecastRow>('Forecast').implement({
  description: "A model's forecast of one instrument's return over a horizon.",
  fields: (t) => ({
    asOf: t.expose('asOf', {
      type: 'Date',
      description: 'The last trading day the forecast used.',
    }),
    horizonDays: t.exposeInt('horizonDays', { description: 'Trading days ahead.' }),
    expectedReturn: t.expose('expectedReturn', {
      type: 'Decimal',
      description: 'Expected simple return over the horizon, as a fraction.',
    }),
    volatility: t.expose('volatility', {
      type: 'Decimal',
      nullable: true,
      description: 'Expected volatility over the horizon, as a fraction.',
    }),
    model: t.field({
      type: ModelVersion,
      description: 'The model version that made it.',
      resolve: (forecast, _args, { prisma }) =>
        prisma.modelVersion.findUniqueOrThrow({ where: { id: forecast.modelVersionId } }),
    }),
  }),
});

/** The market-data subgraph's instrument, extended with the latest forecast. */
builder.externalRef('Instrument', builder.selection<{ symbol: string }>('symbol')).implement({
  externalFields: (t) => ({ symbol: t.string() }),
  fields: (t) => ({
    forecast: t.field({
      type: Forecast,
      nullable: true,
      description: 'The newest forecast from a ready model, or null when there is none yet.',
      authScopes: { scope: 'ai:read' },
      args: {
        horizonDays: t.arg.int({
          defaultValue: 20,
          description: 'Trading days ahead (1 to 250).',
          validate: intBetween(1, 250),
        }),
      },
      resolve: ({ symbol }, { horizonDays }, context) =>
        newestForecastOf(context).load({ symbol, horizonDays: horizonDays ?? 20 }),
    }),
  }),
});
