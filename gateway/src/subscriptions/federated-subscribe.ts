import type { ApolloGateway } from '@apollo/gateway';
import { executeQueryPlan, type ServiceMap } from '@apollo/gateway/dist/executeQueryPlan.js';
import { buildOperationContext } from '@apollo/gateway/dist/operationContext.js';
import type { Schema } from '@apollo/federation-internals';
import { operationFromDocument } from '@apollo/federation-internals';
import type {
  FetchNode,
  PlanNode,
  QueryPlan,
  QueryPlanner,
  SubscriptionNode,
} from '@apollo/query-planner';
import { INTERNAL_IDENTITY_HEADER, signInternalIdentity } from '@capstone/auth';
import type { Logger } from '@capstone/observability';
import { FixedBuffer, Repeater } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import {
  GraphQLError,
  print,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { Gauge, type Registry } from 'prom-client';
import type { GatewayContext } from '../context.js';
import type { UpstreamClients } from './upstream-clients.js';
import type { createSubscriptionLimits } from './subscription-limits.js';

/**
 * The parts of a loaded ApolloGateway that execution needs. Apollo keeps them private; they
 * are read here (and only here) so that subscriptions use the very planner, schemas and data
 * sources that queries use.
 */
interface GatewayInternals {
  queryPlanner: QueryPlanner;
  supergraphSchema: GraphQLSchema;
  apiSchema: Schema;
  serviceMap: Record<string, { dataSource: ServiceMap[string] }>;
}

const EVENT_SOURCE = '__subscription_event__';
/** Identity tokens live a minute; a long subscription re-signs for each event's fetches. */
const TOKEN_REFRESH_MS = 30_000;
/** Events held for one slow subscriber before it is cut off (it may resubscribe). */
const SUBSCRIBER_BUFFER = 10_000;

export interface FederatedSubscribeOptions {
  gateway: ApolloGateway;
  upstream: UpstreamClients;
  limits: ReturnType<typeof createSubscriptionLimits>;
  internalSecret: string;
  logger: Logger;
  registry: Registry;
}

/**
 * Executes a subscription the way Apollo's query planner plans it: the primary fetch streams
 * from the owning subgraph over graphql-ws, and for every event the rest of the plan runs, so
 * that fields owned by other subgraphs are filled in.
 */
export function createFederatedSubscribe(options: FederatedSubscribeOptions) {
  const { gateway, upstream, limits, internalSecret, logger } = options;
  const internals = () => gateway as unknown as GatewayInternals;
  const openSubscriptions = new Gauge({
    name: 'gateway_open_subscriptions',
    help: 'Subscriptions open at the gateway, by subgraph',
    labelNames: ['subgraph'],
    registers: [options.registry],
  });

  const upstreamSubscriptions = new Gauge({
    name: 'gateway_upstream_subscriptions',
    help: 'Subscriptions the gateway holds open at each subgraph (identical ones are shared)',
    labelNames: ['subgraph'],
    registers: [options.registry],
  });
  // Planning is pure in the document: a subscription asked a thousand times is planned once.
  const plans = new LRUCache<string, PlannedSubscription>({ max: 1_000 });
  // A recomposed supergraph (development) plans differently.
  gateway.onSchemaLoadOrUpdate(() => plans.clear());
  // Identical subscriptions of one caller (many tabs, many widgets, many agents on one key)
  // share one upstream subscription and one execution per event: the subgraph and the gateway
  // do the work once, and only the delivery is per subscriber.
  const shared = new Map<string, SharedSubscription>();

  function plan(args: ExecutionArgs, source: string): PlannedSubscription | ExecutionResult {
    const key = `${args.operationName ?? ''}\n${source}`;
    const cached = plans.get(key);
    if (cached) return cached;
    const { queryPlanner, apiSchema } = internals();
    const operationContext = buildOperationContext({
      schema: args.schema,
      operationDocument: args.document,
      operationName: args.operationName ?? undefined,
    });
    const operation = operationFromDocument(apiSchema, args.document, {
      operationName: args.operationName ?? undefined,
    });
    const node = queryPlanner.buildQueryPlan(operation).node as SubscriptionNode | undefined;
    if (node?.kind !== 'Subscription') {
      return { errors: [new GraphQLError('Not a subscription')] };
    }
    const planned = { node, primary: node.primary as FetchNode, operationContext };
    plans.set(key, planned);
    return planned;
  }

  function startShared(
    key: string,
    args: ExecutionArgs,
    source: string,
    planned: PlannedSubscription,
    context: GatewayContext,
  ): SharedSubscription {
    const { supergraphSchema, apiSchema, serviceMap } = internals();
    const { node, primary, operationContext } = planned;
    const variables = Object.fromEntries(
      (primary.variableUsages ?? []).map((name) => [name, args.variableValues?.[name]]),
    );

    let token = context.internalToken;
    let signedAt = Date.now();
    const freshContext = async (): Promise<GatewayContext> => {
      if (Date.now() - signedAt > TOKEN_REFRESH_MS) {
        token = await signInternalIdentity(context.identity, internalSecret);
        signedAt = Date.now();
      }
      return { ...context, internalToken: token };
    };

    const upstreamEvents = upstream
      .clientFor(primary.serviceName)
      .iterate<Record<string, unknown>>({
        query: primary.operation,
        operationName: primary.operationName ?? undefined,
        variables,
        extensions: { [INTERNAL_IDENTITY_HEADER]: token },
      });
    upstreamSubscriptions.inc({ subgraph: primary.serviceName });

    // The subgraphs' data sources, gathered once per subscription rather than once per event.
    const dataSources: ServiceMap = Object.fromEntries(
      Object.entries(serviceMap).map(([name, { dataSource }]) => [name, dataSource]),
    );
    // Errors arrive from the subgraph as JSON; as coded GraphQL errors naming the subgraph, they
    // reach the client as the subgraph meant them (see mask-errors.ts).
    const fromSubgraph = (
      errors: readonly { message: string; extensions?: Record<string, unknown> }[] = [],
    ) =>
      errors.map(
        (error) =>
          new GraphQLError(error.message, {
            extensions: { ...error.extensions, serviceName: primary.serviceName },
          }),
      );
    // Each event runs the whole plan with the primary fetch answered by the event itself.
    const eventPlan: QueryPlan = {
      kind: 'QueryPlan',
      node: node.rest
        ? {
            kind: 'Sequence',
            nodes: [{ ...primary, serviceName: EVENT_SOURCE }, node.rest as PlanNode],
          }
        : { ...primary, serviceName: EVENT_SOURCE },
    };
    const runRest = async (
      event: ExecutionResult<Record<string, unknown>>,
    ): Promise<ExecutionResult> => {
      if (!event.data) return { errors: fromSubgraph(event.errors) };
      const eventServices: ServiceMap = {
        ...dataSources,
        [EVENT_SOURCE]: {
          process: async () => ({ data: event.data, errors: event.errors }),
        } as never,
      };
      const requestContext = {
        request: {
          query: source,
          variables: args.variableValues ?? {},
          operationName: args.operationName ?? undefined,
        },
        context: await freshContext(),
        logger,
        schema: args.schema,
        schemaHash: '' as never,
        cache: undefined as never,
        queryHash: '',
        document: args.document,
        source,
        operationName: args.operationName ?? null,
        operation: operationContext.operation,
        metrics: {},
        overallCachePolicy: {},
      };
      return executeQueryPlan(
        eventPlan,
        eventServices,
        requestContext as never,
        operationContext,
        supergraphSchema,
        apiSchema,
      ) as Promise<ExecutionResult>;
    };

    const subscribers = new Set<Subscriber>();
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      shared.delete(key);
      // Completing the upstream iterator sends graphql-ws Complete to the subgraph.
      await upstreamEvents.return?.(undefined);
      upstreamSubscriptions.dec({ subgraph: primary.serviceName });
    };

    void (async () => {
      try {
        for await (const event of upstreamEvents) {
          const result = await runRest(event as ExecutionResult<Record<string, unknown>>);
          // Every subscriber gets the event without waiting for the slowest one.
          for (const subscriber of subscribers) subscriber.deliver(result);
        }
      } catch (error) {
        if (!closed) {
          // The subgraph closed the connection (restart, crash): end with a clear error, so
          // that clients know to subscribe again.
          logger.warn({ err: error, subgraph: primary.serviceName }, 'upstream subscription ended');
          const ended: ExecutionResult = {
            errors: [
              new GraphQLError(`The ${primary.serviceName} service went away; subscribe again`, {
                extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: primary.serviceName },
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
      primary,
      add: (subscriber) => subscribers.add(subscriber),
      remove: async (subscriber) => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0) await close();
      },
    };
  }

  return async function subscribe(
    args: ExecutionArgs,
  ): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as GatewayContext & { socket?: object; req?: object };
    const source = print(args.document);
    const planned = plan(args, source);
    if (!('node' in planned)) return planned;
    let release: () => void;
    try {
      release = limits.acquire(context.identity, context.socket ?? context.req);
    } catch (error) {
      // Answered as a result: a thrown error would close the whole WebSocket connection.
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    const key = [
      JSON.stringify(context.identity),
      args.operationName ?? '',
      source,
      JSON.stringify(args.variableValues ?? {}),
    ].join('\n');
    let subscription = shared.get(key);
    if (!subscription) {
      subscription = startShared(key, args, source, planned, context);
      shared.set(key, subscription);
    }
    const joined = subscription;
    const { primary } = joined;
    openSubscriptions.inc({ subgraph: primary.serviceName });

    // The subscriber joins now, not when the client first reads: a client may cancel before
    // that (graphql-ws then returns the iterator without ever reading it), and its slot and its
    // share of the upstream subscription must still be given back.
    let cleanedUp = false;
    const cleanUp = async () => {
      if (cleanedUp) return;
      cleanedUp = true;
      openSubscriptions.dec({ subgraph: primary.serviceName });
      release();
      await joined.remove(subscriber);
    };
    // Events that arrive before the client starts reading wait here.
    const early: ExecutionResult[] = [];
    let ended = false;
    let deliverNow: ((result: ExecutionResult) => void) | undefined;
    let endNow: (() => void) | undefined;
    const subscriber: Subscriber = {
      deliver: (result) => (deliverNow ? deliverNow(result) : early.push(result)),
      end: () => {
        ended = true;
        endNow?.();
      },
    };
    joined.add(subscriber);

    // A Repeater rather than an async generator: a generator waiting for the next upstream event
    // would not see the client's cancellation until that event came, and might wait forever.
    // Its buffer holds events for a client that reads more slowly than they come.
    const events = new Repeater<ExecutionResult>(async (push, stop) => {
      deliverNow = (result) => {
        try {
          void push(result).catch(() => undefined);
        } catch {
          // The client has let more events pile up than anyone can catch up on.
          stop(
            new GraphQLError('Events came faster than this client read them; subscribe again', {
              extensions: { code: 'SUBSCRIBER_TOO_SLOW' },
            }),
          );
        }
      };
      endNow = () => stop();
      for (const result of early.splice(0)) deliverNow(result);
      if (ended) stop();
      await stop;
      await cleanUp();
    }, new FixedBuffer(SUBSCRIBER_BUFFER));

    const iterator: AsyncIterableIterator<ExecutionResult> = {
      [Symbol.asyncIterator]: () => iterator,
      next: () => events.next(),
      return: async (value?: unknown) => {
        await cleanUp();
        return events.return(value as never);
      },
      throw: (error?: unknown) => events.throw(error),
    };
    return iterator;
  };
}

interface PlannedSubscription {
  node: SubscriptionNode;
  primary: FetchNode;
  operationContext: ReturnType<typeof buildOperationContext>;
}

interface Subscriber {
  deliver(result: ExecutionResult): void;
  end(): void;
}

interface SharedSubscription {
  primary: FetchNode;
  add(subscriber: Subscriber): void;
  remove(subscriber: Subscriber): Promise<void>;
}
