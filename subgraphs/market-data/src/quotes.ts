import type { Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { connectOptionalRedis } from '@capstone/server-kit';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { type Redis } from 'ioredis';

/** One trade print of one instrument, as the live stream delivers it. Numbers are decimal strings. */
export interface QuoteEvent {
  symbol: string;
  price: string;
  /** Change from the previous close, in KRW. */
  change: string;
  /** Change from the previous close, as a fraction. */
  changeRate: string;
  /** Shares traded so far today. */
  volume: string;
  /** ISO 8601 UTC. */
  tradedAt: string;
}

export type QuotePubSub = ReturnType<typeof createQuotePubSub>;

/** The channel quotes travel on, namespaced like the databases so that two platforms never mix. */
export const quoteTopic = (config: Pick<Env, 'DATABASE_PREFIX'>) =>
  `${config.DATABASE_PREFIX}:quote`;

function createQuotePubSub(redis?: { publishClient: Redis; subscribeClient: Redis }) {
  return createPubSub<Record<string, [QuoteEvent]>>(
    redis ? { eventTarget: createRedisEventTarget(redis) } : {},
  );
}

/**
 * Quote events for subscriptions: across processes through Redis pub/sub when Redis answers,
 * within this process otherwise.
 */
export async function createQuoteStream(config: Env, logger: Logger) {
  const publishClient = await connectOptionalRedis(config.REDIS_URL, logger);
  const subscribeClient = publishClient?.duplicate();
  const pubsub = createQuotePubSub(
    publishClient && subscribeClient ? { publishClient, subscribeClient } : undefined,
  );
  return {
    pubsub,
    topic: quoteTopic(config),
    publish: (quote: QuoteEvent) => pubsub.publish(quoteTopic(config), quote),
    close: () => {
      publishClient?.disconnect();
      subscribeClient?.disconnect();
    },
  };
}

export type QuoteStream = Awaited<ReturnType<typeof createQuoteStream>>;
