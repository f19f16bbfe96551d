import type { ApolloGateway } from '@apollo/gateway';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { ApolloInternals, SubscriptionPlan } from './apollo-internals.js';

/**
 * Planning is pure in the document: a subscription asked a thousand times is planned once.
 * A recomposed supergraph (development) plans differently, so it forgets every plan.
 */
export function createPlanCache(gateway: ApolloGateway, internals: ApolloInternals) {
  const plans = new LRUCache<string, SubscriptionPlan>({ max: 1_000 });
  gateway.onSchemaLoadOrUpdate(() => plans.clear());
  return {
    /** The plan of `document` (printed as `source`); undefined when it is not a subscription. */
    planFor(
      schema: GraphQLSchema,
      document: DocumentNode,
      source: string,
      operationName: string | undefined,
    ): SubscriptionPlan | undefined {
      const key = `${operationName ?? ''}\n${source}`;
      let plan = plans.get(key);
      if (!plan) {
        plan = internals.planSubscription(schema, document, operationName);
        if (plan) plans.set(key, plan);
      }
      return plan;
    },
  };
}

export type PlanCache = ReturnType<typeof createPlanCache>;
