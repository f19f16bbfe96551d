import { redisKeyPrefix, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { connectOptionalRedis, quietPublisher } from '@capstone/server-kit';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type Repeater } from 'graphql-yoga';

/** A training run's state as its progress events carry it. */
export interface TrainingRunEvent {
  id: string;
  status: string;
  progress: number;
  stage: string | null;
  message: string | null;
}

/** New forecasts were written for every instrument, as of one day. */
export interface ForecastPublishedEvent {
  asOf: string;
  publishedAt: string;
  /** The versions whose numbers (or baselines) were published, by kind. */
  volatilityVersionId: string;
  directionVersionId: string;
  count: number;
}

export interface AiEventMap {
  trainingRun: TrainingRunEvent;
  forecastPublished: ForecastPublishedEvent;
  /** The registry promoted a version: serving processes reload at once instead of at their next poll. */
  modelPromoted: { kind: string; versionId: string };
}

export type AiEventName = keyof AiEventMap;

/** What the retraining command sends its parent over IPC when a serving process started it. */
export interface AiEventMessage<Name extends AiEventName = AiEventName> {
  aiEvent: Name;
  payload: AiEventMap[Name];
}

export interface AiEvents {
  publish<Name extends AiEventName>(name: Name, payload: AiEventMap[Name]): void;
  subscribe<Name extends AiEventName>(name: Name): Repeater<AiEventMap[Name]>;
  /** Whether events reach other processes (Redis answered at start-up). */
  readonly shared: boolean;
  /** Sends what is still queued, then lets go of Redis. */
  close(): Promise<void>;
}

/**
 * The ai service's events: across processes through Redis pub/sub when Redis answers, within
 * this process otherwise. Channels are namespaced per deployment, like every Redis key.
 */
export async function createAiEvents(config: Env, logger: Logger): Promise<AiEvents> {
  const publishClient = await connectOptionalRedis(config.REDIS_URL, logger);
  const subscribeClient = publishClient?.duplicate();
  const pubsub = createPubSub<{ [Name in AiEventName]: [payload: AiEventMap[Name]] }>(
    publishClient && subscribeClient
      ? {
          eventTarget: createRedisEventTarget({
            publishClient: quietPublisher(publishClient, logger),
            subscribeClient,
          }),
        }
      : {},
  );
  const channel = (name: AiEventName) => aiEventChannel(config, name) as AiEventName;
  return {
    publish: (name, payload) => pubsub.publish(channel(name), payload as never),
    subscribe: (name) => pubsub.subscribe(channel(name)) as never,
    shared: publishClient !== undefined,
    close: async () => {
      subscribeClient?.disconnect();
      await publishClient?.quit().catch(() => publishClient.disconnect());
    },
  };
}

/** The Redis channel of one kind of event, namespaced per deployment. */
export const aiEventChannel = (
  config: Pick<Env, 'REDIS_KEY_PREFIX' | 'DATABASE_PREFIX'>,
  name: AiEventName,
) => `${redisKeyPrefix(config)}:ai:${name}`;

export const isAiEventMessage = (message: unknown): message is AiEventMessage =>
  typeof message === 'object' && message !== null && 'aiEvent' in message;
