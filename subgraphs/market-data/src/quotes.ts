import { redisKeyPrefix, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { connectOptionalRedis, quietPublisher } from '@capstone/server-kit';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, Repeater } from 'graphql-yoga';
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

type RedisNamespace = Pick<Env, 'REDIS_KEY_PREFIX' | 'DATABASE_PREFIX'>;

/** Quote channels are namespaced per deployment, so that two platforms never mix. */
const quoteRoutingKey = (config: RedisNamespace) => `${redisKeyPrefix(config)}:quote`;

/**
 * The channel one instrument's quotes travel on. One channel per instrument, so an event
 * reaches only the subscriptions that asked for that instrument instead of being offered to
 * every open subscription and filtered.
 */
export const quoteTopic = (config: RedisNamespace, symbol: string) =>
  `${quoteRoutingKey(config)}:${symbol}`;

function createQuotePubSub(redis?: { publishClient: Redis; subscribeClient: Redis }) {
  return createPubSub<Record<string, [symbol: string, quote: QuoteEvent]>>(
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
    publishClient && subscribeClient
      ? { publishClient: quietPublisher(publishClient, logger), subscribeClient }
      : undefined,
  );
  const routingKey = quoteRoutingKey(config);
  return {
    /** Every quote of the given instruments, as they trade. */
    subscribe: (symbols: Iterable<string>) =>
      Repeater.merge([...symbols].map((symbol) => pubsub.subscribe(routingKey, symbol))),
    publish: (quote: QuoteEvent) => pubsub.publish(routingKey, quote.symbol, quote),
    close: () => {
      publishClient?.disconnect();
      subscribeClient?.disconnect();
    },
  };
}

export type QuoteStream = Awaited<ReturnType<typeof createQuoteStream>>;
