import { redisKeyPrefix, type Env } from '@capstone/config';
import type { Logger } from '@capstone/observability';
import { connectOptionalRedis, quietPublisher } from '@capstone/server-kit';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import type { Redis } from 'ioredis';

export type RunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export const TERMINAL: ReadonlySet<RunStatus> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

/** What a run reports as it goes; the last event of a run has a terminal status. */
export interface ProgressEvent {
  runId: string;
  status: RunStatus;
  /** 0 … 1. */
  fraction: number;
  /** queued, loading-data, computing, saving, done, failed, cancelled. */
  stage: string;
  message: string | null;
  /** ISO 8601 UTC. */
  at: string;
}

type Channels = { [topic: string]: [id: string, payload: ProgressEvent | string] };

/** Every cancel travels on one channel; the payload is the run id. */
const ALL = 'all';

/**
 * Progress (worker → scenario subgraph → gateway subscription) and cancellation (subgraph →
 * worker) between processes: through Redis pub/sub when Redis answers, in this process otherwise
 * (then the worker runs in this process too). Channels are namespaced per deployment.
 */
export async function createSimulationEvents(config: Env, logger: Logger, redis?: Redis) {
  const publishClient = redis ?? (await connectOptionalRedis(config.REDIS_URL, logger));
  // Its own connection, which queues SUBSCRIBE until it is connected (the shared client does not).
  const subscribeClient = publishClient?.duplicate({
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
  });
  subscribeClient?.on('error', (error) => logger.warn({ err: error }, 'Redis error'));
  const pubsub = createPubSub<Channels>(
    publishClient && subscribeClient
      ? {
          eventTarget: createRedisEventTarget({
            publishClient: quietPublisher(publishClient, logger),
            subscribeClient,
          }),
        }
      : {},
  );
  const prefix = redisKeyPrefix(config);
  const progressKey = `${prefix}:simulation-progress`;
  const cancelKey = `${prefix}:simulation-cancel`;
  return {
    crossProcess: publishClient !== undefined,
    publishProgress: (event: ProgressEvent) => pubsub.publish(progressKey, event.runId, event),
    /** The events of one run, from now on. */
    progressOf: (runId: string) =>
      pubsub.subscribe(progressKey, runId) as AsyncIterable<ProgressEvent> &
        AsyncIterator<ProgressEvent>,
    requestCancel: (runId: string) => pubsub.publish(cancelKey, ALL, runId),
    /** Every cancellation asked for, by run id. */
    cancellations: () =>
      pubsub.subscribe(cancelKey, ALL) as AsyncIterable<string> & AsyncIterator<string>,
    close: () => {
      if (!redis) publishClient?.disconnect();
      subscribeClient?.disconnect();
    },
  };
}

export type SimulationEvents = Awaited<ReturnType<typeof createSimulationEvents>>;
