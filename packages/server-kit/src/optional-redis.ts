import type { Logger } from '@capstone/observability';
import { Redis } from 'ioredis';

const probeOptions = {
  lazyConnect: true,
  connectTimeout: 1_000,
  maxRetriesPerRequest: 0,
  retryStrategy: () => null,
} as const;

/** Whether Redis answers PING at `url` within a second; Redis is optional, so this never throws. */
export async function isRedisReachable(url: string): Promise<boolean> {
  const client = new Redis(url, probeOptions);
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * A Redis client when Redis answers at start-up, otherwise undefined so the caller keeps its
 * state in memory. A client that loses Redis later keeps retrying in the background.
 */
export async function connectOptionalRedis(
  url: string,
  logger: Logger,
): Promise<Redis | undefined> {
  if (!(await isRedisReachable(url))) {
    logger.warn({ url }, 'Redis is not reachable; keeping state in memory');
    return undefined;
  }
  const client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  client.on('error', (error) => logger.warn({ err: error }, 'Redis error'));
  return client;
}

/**
 * The publishing side of a Redis pub/sub event target, whose `publish` never rejects. The event
 * target fires a publish and forgets it, so a rejection (Redis gone for a moment, or an event
 * published while the service shuts down) would be unhandled, and Node ends the process on one.
 * A dropped event is logged instead: subscribers catch up from the data, as after any outage.
 */
export function quietPublisher(client: Redis, logger: Logger): Redis {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'publish') return Reflect.get(target, property, receiver);
      return (channel: string, message: string) =>
        target.publish(channel, message).catch((error: unknown) => {
          logger.warn({ err: error, channel }, 'Redis publish failed; the event is dropped');
          return 0;
        });
    },
  });
}
