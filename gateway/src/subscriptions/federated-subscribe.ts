import type { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@capstone/observability';
import { GraphQLError, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Registry } from 'prom-client';
import type { GatewayContext } from '../context.js';
import { apolloInternals } from './apollo-internals.js';
import { createPlanCache } from './plan-cache.js';
import { createSharedUpstream } from './shared-upstream.js';
import { subscriberStream } from './subscriber-stream.js';
import { createSubscriptionMetrics } from './subscription-metrics.js';
import type { SubscriptionLimits } from './subscription-limits.js';
import type { UpstreamClients } from './upstream-clients.js';

export interface FederatedSubscribeOptions {
  gateway: ApolloGateway;
  upstream: UpstreamClients;
  limits: SubscriptionLimits;
  internalSecret: string;
  logger: Logger;
  registry: Registry;
}

export type FederatedSubscribe = (
  args: ExecutionArgs,
) => Promise<AsyncIterable<ExecutionResult> | ExecutionResult>;

/**
 * Executes a subscription the way Apollo's query planner plans it: the primary fetch streams
 * from the owning subgraph over graphql-ws, and for every event the rest of the plan runs, so
 * that fields owned by other subgraphs are filled in.
 */
export function createFederatedSubscribe(options: FederatedSubscribeOptions): FederatedSubscribe {
  const { gateway, upstream, limits, internalSecret, logger } = options;
  const internals = apolloInternals(gateway);
  const plans = createPlanCache(gateway, internals);
  const metrics = createSubscriptionMetrics(options.registry);
  const shared = createSharedUpstream({ upstream, internals, internalSecret, logger, metrics });

  return async function subscribe(args) {
    const context = args.contextValue as GatewayContext & { socket?: object; req?: object };
    const source = print(args.document);
    const plan = plans.planFor(args.schema, args.document, source, args.operationName ?? undefined);
    if (!plan) return { errors: [new GraphQLError('Not a subscription')] };
    let release: () => void;
    try {
      release = limits.acquire(context.identity, context.socket ?? context.req);
    } catch (error) {
      // Answered as a result: a thrown error would close the whole WebSocket connection.
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    const joined = shared.join(args, source, plan, context);
    metrics.open.inc({ subgraph: joined.subgraph });
    return subscriberStream(joined, () => {
      metrics.open.dec({ subgraph: joined.subgraph });
      release();
    });
  };
}
