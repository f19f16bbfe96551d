import { INTERNAL_IDENTITY_HEADER } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { ApolloInternals, SubscriptionPlan } from './apollo-internals.js';
import { freshIdentity } from './fresh-identity.js';
import type { SubscriptionMetrics } from './subscription-metrics.js';
import type { UpstreamClients } from './upstream-clients.js';

/** One client's end of a shared subscription. */
export interface Subscriber {
  deliver(result: ExecutionResult): void;
  end(): void;
}

export interface SharedSubscription {
  subgraph: string;
  add(subscriber: Subscriber): void;
  /** Leaves; the last subscriber to leave ends the upstream subscription. */
  remove(subscriber: Subscriber): Promise<void>;
}

export interface SharedUpstreamOptions {
  upstream: UpstreamClients;
  internals: ApolloInternals;
  internalSecret: string;
  logger: Logger;
  metrics: SubscriptionMetrics;
}

/**
 * Identical subscriptions of one caller (many tabs, many widgets, many agents on one key)
 * share one upstream subscription and one execution per event: the subgraph and the gateway
 * do the work once, and only the delivery is per subscriber.
 */
export function createSharedUpstream(options: SharedUpstreamOptions) {
  const { upstream, internals, internalSecret, logger, metrics } = options;
  const shared = new Map<string, SharedSubscription>();

  function start(
    key: string,
    args: ExecutionArgs,
    source: string,
    plan: SubscriptionPlan,
    context: GatewayContext,
  ): SharedSubscription {
    const { primary } = plan;
    const subgraph = primary.serviceName;
    const identity = freshIdentity(context, internalSecret);
    const variables = Object.fromEntries(
      (primary.variableUsages ?? []).map((name) => [name, args.variableValues?.[name]]),
    );
    const upstreamEvents = upstream.clientFor(subgraph).iterate<Record<string, unknown>>({
      query: primary.operation,
      operationName: primary.operationName ?? undefined,
      variables,
      extensions: { [INTERNAL_IDENTITY_HEADER]: identity.initialToken },
    });
    metrics.upstream.inc({ subgraph });

    const execute = internals.eventExecutor(plan);
    // Errors arrive from the subgraph as JSON; as coded GraphQL errors naming the subgraph, they
    // reach the client as the subgraph meant them (see mask-errors.ts).
    const fromSubgraph = (
      errors: readonly { message: string; extensions?: Record<string, unknown> }[] = [],
    ) =>
      errors.map(
        (error) =>
          new GraphQLError(error.message, {
            extensions: { ...error.extensions, serviceName: subgraph },
          }),
      );
    const runRest = async (event: ExecutionResult): Promise<ExecutionResult> => {
      if (!event.data) return { errors: fromSubgraph(event.errors) };
      return execute(event, {
        source,
        document: args.document,
        operationName: args.operationName ?? undefined,
        variables: args.variableValues ?? {},
        schema: args.schema,
        context: await identity.context(),
        logger,
      });
    };

    const subscribers = new Set<Subscriber>();
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      shared.delete(key);
      // Completing the upstream iterator sends graphql-ws Complete to the subgraph.
      await upstreamEvents.return?.(undefined);
      metrics.upstream.dec({ subgraph });
    };

    void (async () => {
      try {
        for await (const event of upstreamEvents) {
          const result = await runRest(event as ExecutionResult);
          // Every subscriber gets the event without waiting for the slowest one.
          for (const subscriber of subscribers) subscriber.deliver(result);
        }
      } catch (error) {
        if (!closed) {
          // The subgraph closed the connection (restart, crash): end with a clear error, so
          // that clients know to subscribe again.
          logger.warn({ err: error, subgraph }, 'upstream subscription ended');
          const ended: ExecutionResult = {
            errors: [
              new GraphQLError(`The ${subgraph} service went away; subscribe again`, {
                extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
              }),
            ],
          };
          for (const subscriber of subscribers) subscriber.deliver(ended);
        }
      }
      for (const subscriber of subscribers) subscriber.end();
      await close();
    })();

    return {
      subgraph,
      add: (subscriber) => subscribers.add(subscriber),
      remove: async (subscriber) => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0) await close();
      },
    };
  }

  return {
    /** The caller's running subscription to this operation, started if there is none. */
    join(
      args: ExecutionArgs,
      source: string,
      plan: SubscriptionPlan,
      context: GatewayContext,
    ): SharedSubscription {
      const key = [
        JSON.stringify(context.identity),
        args.operationName ?? '',
        source,
        JSON.stringify(args.variableValues ?? {}),
      ].join('\n');
      let subscription = shared.get(key);
      if (!subscription) {
        subscription = start(key, args, source, plan, context);
        shared.set(key, subscription);
      }
      return subscription;
    },
  };
}

export type SharedUpstream = ReturnType<typeof createSharedUpstream>;
