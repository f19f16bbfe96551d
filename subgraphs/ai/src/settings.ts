import type { Env } from '@capstone/config';
import type { Identity } from '@capstone/auth';

export interface AiSettings {
  /** Train the first models once the ETL has daily bars, when the registry is empty. */
  trainOnStart: boolean;
  /** Run the nightly retraining from this process (node-cron, Asia/Seoul). */
  retrainSchedule: boolean;
  retrainCron: string;
  trainingYears: number;
  modelPollMs: number;
}

/**
 * The ai service's settings. The background work (first training, the nightly schedule) is on
 * by default except under NODE_ENV=test, where a test starts what it needs itself.
 */
export function aiSettings(config: Env): AiSettings {
  const background = config.NODE_ENV !== 'test';
  return {
    trainOnStart: config.AI_TRAIN_ON_START ?? background,
    retrainSchedule: config.AI_RETRAIN_SCHEDULE ?? background,
    retrainCron: config.AI_RETRAIN_CRON,
    trainingYears: config.AI_TRAINING_YEARS,
    modelPollMs: config.AI_MODEL_POLL_MS,
  };
}

/**
 * Who the ai service is when it reads market data for itself (training, feature refreshes): a
 * key with only `market:read`, since no user is behind those reads.
 */
export const AI_SERVICE_IDENTITY: Identity = {
  kind: 'apiKey',
  userId: 'service:ai',
  role: 'USER',
  keyId: 'service:ai',
  scopes: ['market:read'],
};
