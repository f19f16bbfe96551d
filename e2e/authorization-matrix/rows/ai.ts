import { Redis } from 'ioredis';
import { aiEventChannel, type ForecastPublishedEvent } from '@capstone/ai';
import { SIGNED_IN, allow, row, type MatrixRow, type RowContext } from '../matrix.js';

/** Anyone who may read forecasts: signed in, or a key with ai:read (the partner's). */
export const AI_READERS = [...SIGNED_IN, 'partnerKeyWithoutScope' as const];

let redis: Redis | undefined;

/** Publishes a forecast publication on the ai service's Redis channel, as a training run does. */
async function publishForecasts({ platform }: RowContext): Promise<void> {
  redis ??= new Redis(platform.config.REDIS_URL);
  const event: ForecastPublishedEvent = {
    asOf: '2022-09-19',
    publishedAt: new Date().toISOString(),
    volatilityVersionId: '00000000-0000-4000-8000-000000000001',
    directionVersionId: '00000000-0000-4000-8000-000000000002',
    count: 0,
  };
  await redis.publish(aiEventChannel(platform.config, 'forecastPublished'), JSON.stringify(event));
}

export const aiRows: MatrixRow[] = [
  row('Query.modelVersions', {
    operation: '{ modelVersions { id } }',
    outcomes: allow(...AI_READERS),
  }),
  row('Query.servingModels', {
    operation: '{ servingModels { kind source reasonEn } }',
    outcomes: allow(...AI_READERS),
  }),
  row('Query.forecasts', {
    operation: '{ forecasts(symbols: ["005930"]) { symbol unavailable { code } } }',
    outcomes: allow(...AI_READERS),
  }),
  // Administration: administrators with a session only, and none of these callers is one.
  row('Query.trainingRuns', { operation: '{ trainingRuns { id status } }', outcomes: allow() }),
  row('Mutation.retrainModels', {
    operation: 'mutation { retrainModels(plan: QUICK) { id } }',
    outcomes: allow(),
  }),
  row('Mutation.cancelTrainingRun', {
    operation: 'mutation { cancelTrainingRun(id: "00000000-0000-4000-8000-000000000001") { id } }',
    outcomes: allow(),
  }),
  row('Mutation.promoteModelVersion', {
    operation:
      'mutation { promoteModelVersion(id: "00000000-0000-4000-8000-000000000001") { id status } }',
    outcomes: allow(),
  }),
  row('Subscription.trainingRunUpdated', {
    operation:
      'subscription { trainingRunUpdated(id: "00000000-0000-4000-8000-000000000001") { status } }',
    outcomes: allow(),
  }),
  row('Subscription.forecastPublished', {
    operation: 'subscription { forecastPublished { asOf count } }',
    outcomes: allow(...AI_READERS),
    meanwhile: publishForecasts,
  }),
];
