import type { Logger } from '@capstone/observability';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type YogaServerInstance, type YogaInitialContext } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import { useOperationMetrics } from './use-operation-metrics.js';

export interface SubgraphYogaOptions<Context extends object> {
  schema: GraphQLSchema;
  logger: Logger;
  registry: Registry;
  production: boolean;
  context: (initial: YogaInitialContext) => Context | Promise<Context>;
}

/**
 * The GraphQL server of one subgraph: `/graphql`, per-operation metrics, errors masked
 * in production (a thrown `GraphQLError` with a code still reaches the caller).
 */
export function createSubgraphYoga<Context extends object>(
  options: SubgraphYogaOptions<Context>,
): YogaServerInstance<Record<string, never>, Context> {
  const { schema, logger, registry, production, context } = options;
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context,
    logging: {
      debug: (...args) => logger.debug(args.length === 1 ? args[0] : args),
      info: (...args) => logger.info(args.length === 1 ? args[0] : args),
      warn: (...args) => logger.warn(args.length === 1 ? args[0] : args),
      error: (...args) => logger.error(args.length === 1 ? args[0] : args),
    },
    maskedErrors: { isDev: !production },
    graphiql: !production,
    landingPage: false,
    // The operational endpoints are served in front of Yoga by `observe`.
    healthCheckEndpoint: '/yoga-health',
    plugins: [useOperationMetrics(registry)],
  });
}
