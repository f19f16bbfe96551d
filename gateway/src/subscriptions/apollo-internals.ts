/**
 * Every use of @apollo/gateway's private parts, and only here. Apollo Gateway plans
 * subscriptions but does not run them; running them with the very planner, schemas and data
 * sources that queries use means reading what a loaded ApolloGateway keeps private and calling
 * two functions from its `dist/` folder. The version is pinned in package.json, and
 * `checkApolloInternals` (called at start-up and by the tests) names whatever an upgrade changed.
 */
import type { ApolloGateway } from '@apollo/gateway';
import * as executeQueryPlanModule from '@apollo/gateway/dist/executeQueryPlan.js';
import type { ServiceMap } from '@apollo/gateway/dist/executeQueryPlan.js';
import * as operationContextModule from '@apollo/gateway/dist/operationContext.js';
import type { OperationContext } from '@apollo/gateway/dist/operationContext.js';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type {
  FetchNode,
  PlanNode,
  QueryPlan,
  QueryPlanner,
  SubscriptionNode,
} from '@apollo/query-planner';
import type { Logger } from '@capstone/observability';
import { GraphQLSchema, type DocumentNode, type ExecutionResult } from 'graphql';

/** The @apollo/gateway release these internals were read from and tested against. */
export const TESTED_APOLLO_GATEWAY_VERSION = '2.14.4';

/** What a loaded ApolloGateway keeps private and subscriptions need. */
interface GatewayPrivates {
  queryPlanner: QueryPlanner;
  supergraphSchema: GraphQLSchema;
  apiSchema: Schema;
  serviceMap: Record<string, { dataSource: ServiceMap[string] }>;
}

/** The `dist/` functions used, as modules, so that a test can hand in changed ones. */
export interface ApolloModules {
  executeQueryPlan: typeof executeQueryPlanModule.executeQueryPlan;
  buildOperationContext: typeof operationContextModule.buildOperationContext;
}

const installedModules: ApolloModules = {
  executeQueryPlan: executeQueryPlanModule.executeQueryPlan,
  buildOperationContext: operationContextModule.buildOperationContext,
};

/** A subscription as Apollo plans it: the primary fetch streams, the rest runs per event. */
export interface SubscriptionPlan {
  /** The fetch sent upstream as a subscription; its subgraph owns the subscription field. */
  primary: FetchNode;
  /** Each event's plan: the primary fetch answered by the event, then the rest of the plan. */
  eventPlan: QueryPlan;
  operationContext: OperationContext;
}

/** What one event's execution needs to know of the request it belongs to. */
export interface EventRequest {
  source: string;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  schema: GraphQLSchema;
  /** The context handed to the data sources (they sign the fetches with it). */
  context: object;
  logger: Logger;
}

export class ApolloInternalsChanged extends Error {
  override name = 'ApolloInternalsChanged';
}

/**
 * Checks that the loaded gateway and the `dist/` functions still have the shapes used here.
 * Throws `ApolloInternalsChanged` naming each one that does not.
 */
export function checkApolloInternals(
  gateway: ApolloGateway,
  modules: ApolloModules = installedModules,
): void {
  const privates = gateway as unknown as Partial<Record<keyof GatewayPrivates, unknown>>;
  const changed: string[] = [];
  const expect = (holds: boolean, what: string) => {
    if (!holds) changed.push(what);
  };
  expect(
    typeof modules.executeQueryPlan === 'function' && modules.executeQueryPlan.length >= 6,
    'dist/executeQueryPlan.js no longer exports executeQueryPlan(queryPlan, serviceMap, requestContext, operationContext, supergraphSchema, apiSchema)',
  );
  expect(
    typeof modules.buildOperationContext === 'function',
    'dist/operationContext.js no longer exports buildOperationContext({ schema, operationDocument, operationName })',
  );
  expect(
    typeof (privates.queryPlanner as Partial<QueryPlanner> | undefined)?.buildQueryPlan ===
      'function',
    'ApolloGateway#queryPlanner is gone or has no buildQueryPlan(operation)',
  );
  expect(
    privates.supergraphSchema instanceof GraphQLSchema,
    'ApolloGateway#supergraphSchema is gone or is not a GraphQLSchema',
  );
  expect(
    typeof (privates.apiSchema as Partial<Schema> | undefined)?.toGraphQLJSSchema === 'function',
    'ApolloGateway#apiSchema is gone or is not a federation-internals Schema',
  );
  const services = privates.serviceMap as GatewayPrivates['serviceMap'] | undefined;
  expect(
    typeof services === 'object' &&
      services !== null &&
      Object.keys(services).length > 0 &&
      Object.values(services).every(({ dataSource }) => typeof dataSource?.process === 'function'),
    'ApolloGateway#serviceMap is gone or its entries are not { dataSource: { process } }',
  );
  if (changed.length > 0) {
    throw new ApolloInternalsChanged(
      `@apollo/gateway has changed what the federated subscriptions use (tested with ${TESTED_APOLLO_GATEWAY_VERSION}):\n- ${changed.join('\n- ')}`,
    );
  }
}

/** The subgraph name the primary fetch is redirected to, so that an event can answer it. */
const EVENT_SOURCE = '__subscription_event__';

/**
 * Subscription planning and per-event execution on a loaded gateway. Reads the gateway's
 * private state on every call: a recomposed supergraph (development) replaces it.
 */
export function apolloInternals(gateway: ApolloGateway, modules: ApolloModules = installedModules) {
  const privates = () => gateway as unknown as GatewayPrivates;

  return {
    /** Plans `document`; undefined when it is not a subscription. */
    planSubscription(
      schema: GraphQLSchema,
      document: DocumentNode,
      operationName: string | undefined,
    ): SubscriptionPlan | undefined {
      const { queryPlanner, apiSchema } = privates();
      const operationContext = modules.buildOperationContext({
        schema,
        operationDocument: document,
        operationName,
      });
      const operation = operationFromDocument(apiSchema, document, { operationName });
      const node = queryPlanner.buildQueryPlan(operation).node as SubscriptionNode | undefined;
      if (node?.kind !== 'Subscription') return undefined;
      const primary = node.primary as FetchNode;
      const answeredByEvent: FetchNode = { ...primary, serviceName: EVENT_SOURCE };
      return {
        primary,
        operationContext,
        eventPlan: {
          kind: 'QueryPlan',
          node: node.rest
            ? { kind: 'Sequence', nodes: [answeredByEvent, node.rest as PlanNode] }
            : answeredByEvent,
        },
      };
    },

    /**
     * Binds the gateway's data sources (gathered once) to a plan; the returned function runs
     * the plan for one event, fetching the fields of other subgraphs.
     */
    eventExecutor(plan: SubscriptionPlan) {
      const { supergraphSchema, apiSchema, serviceMap } = privates();
      const dataSources: ServiceMap = Object.fromEntries(
        Object.entries(serviceMap).map(([name, { dataSource }]) => [name, dataSource]),
      );
      return (event: ExecutionResult, request: EventRequest): Promise<ExecutionResult> => {
        const services: ServiceMap = {
          ...dataSources,
          [EVENT_SOURCE]: {
            process: async () => ({ data: event.data, errors: event.errors }),
          } as unknown as ServiceMap[string],
        };
        // The fields of Apollo's request context that executeQueryPlan and the data sources read.
        const requestContext = {
          request: {
            query: request.source,
            variables: request.variables,
            operationName: request.operationName,
          },
          context: request.context,
          logger: request.logger,
          schema: request.schema,
          schemaHash: '',
          cache: undefined,
          queryHash: '',
          document: request.document,
          source: request.source,
          operationName: request.operationName ?? null,
          operation: plan.operationContext.operation,
          metrics: {},
          overallCachePolicy: {},
        };
        return modules.executeQueryPlan(
          plan.eventPlan,
          services,
          requestContext as unknown as Parameters<ApolloModules['executeQueryPlan']>[2],
          plan.operationContext,
          supergraphSchema,
          apiSchema,
        ) as Promise<ExecutionResult>;
      };
    },
  };
}

export type ApolloInternals = ReturnType<typeof apolloInternals>;
