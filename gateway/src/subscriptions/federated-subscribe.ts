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
import { Repeater } from 'graphql-yoga';
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

  return async function subscribe(
    args: ExecutionArgs,
  ): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as GatewayContext & { socket?: object; req?: object };
    const { queryPlanner, supergraphSchema, apiSchema, serviceMap } = internals();
    const operationContext = buildOperationContext({
      schema: args.schema,
      operationDocument: args.document,
      operationName: args.operationName ?? undefined,
    });
    const operation = operationFromDocument(apiSchema, args.document, {
      operationName: args.operationName ?? undefined,
    });
    const plan = queryPlanner.buildQueryPlan(operation);
    const node = plan.node as SubscriptionNode | undefined;
    if (node?.kind !== 'Subscription') {
      return { errors: [new GraphQLError('Not a subscription')] };
    }
    let release: () => void;
    try {
      release = limits.acquire(context.identity, context.socket ?? context.req);
    } catch (error) {
      // Answered as a result: a thrown error would close the whole WebSocket connection.
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    const primary = node.primary as FetchNode;
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
    openSubscriptions.inc({ subgraph: primary.serviceName });

    const source = print(args.document);
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
    const runRest = async (
      event: ExecutionResult<Record<string, unknown>>,
    ): Promise<ExecutionResult> => {
      if (!event.data) return { errors: fromSubgraph(event.errors) };
      const eventPlan: QueryPlan = {
        kind: 'QueryPlan',
        node: node.rest
          ? {
              kind: 'Sequence',
              nodes: [{ ...primary, serviceName: EVENT_SOURCE }, node.rest as PlanNode],
            }
          : { ...primary, serviceName: EVENT_SOURCE },
      };
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

    // A Repeater rather than an async generator: a generator waiting for the next upstream event
    // would not see the client's cancellation until that event came, and might wait forever.
    return new Repeater<ExecutionResult>(async (push, stop) => {
      let cleaned = false;
      const cleanUp = async () => {
        if (cleaned) return;
        cleaned = true;
        // Completing the upstream iterator sends graphql-ws Complete to the subgraph.
        await upstreamEvents.return?.(undefined);
        openSubscriptions.dec({ subgraph: primary.serviceName });
        release();
      };
      void stop.then(cleanUp);
      try {
        for await (const event of upstreamEvents) {
          await push(await runRest(event as ExecutionResult<Record<string, unknown>>));
        }
      } catch (error) {
        // The subgraph closed the connection (restart, crash): end with a clear error, so that
        // the client knows to subscribe again.
        logger.warn({ err: error, subgraph: primary.serviceName }, 'upstream subscription ended');
        await push({
          errors: [
            new GraphQLError(`The ${primary.serviceName} service went away; subscribe again`, {
              extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: primary.serviceName },
            }),
          ],
        });
      }
      stop();
      await cleanUp();
    });
  };
}
