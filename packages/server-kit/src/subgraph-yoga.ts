import {
  graphqlServerLogger,
  markRoutineRequest,
  useClientErrorLog,
  type Logger,
} from '@capstone/observability';
import { BadScalarValue, ErrorCode, MESSAGES_EXTENSION, messagesOf } from '@capstone/errors';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import {
  createYoga,
  maskError,
  type Plugin,
  type YogaServerInstance,
  type YogaInitialContext,
} from 'graphql-yoga';
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
 * in production (a thrown `GraphQLError` with a code still reaches the caller). Client errors
 * are logged as information with their code, faults as errors with their stack.
 */
export function createSubgraphYoga<Context extends object>(
  options: SubgraphYogaOptions<Context>,
): YogaServerInstance<Record<string, never>, Context> {
  const { schema, logger, registry, production, context } = options;
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context,
    logging: graphqlServerLogger(logger),
    maskedErrors: { isDev: !production, maskError: keepBadVariables },
    graphiql: !production,
    landingPage: false,
    // The operational endpoints are served in front of Yoga by `observe`.
    healthCheckEndpoint: '/yoga-health',
    plugins: [useSchemaPollIsRoutine(), useClientErrorLog(logger), useOperationMetrics(registry)],
  });
}

// graphql-js words every variable coercion error this way.
const VARIABLE_ERROR = /^Variable "\$([^"]+)"/;

/** graphql-js wraps a scalar's error twice: the value's error, then the variable's. */
function scalarRefusal(error: Error | undefined): BadScalarValue | undefined {
  for (let cause = error; cause; cause = (cause as GraphQLError).originalError ?? undefined) {
    if (cause instanceof BadScalarValue) return cause;
  }
  return undefined;
}

/**
 * A variable a scalar refused (a bad Date or Decimal) is the caller's mistake, not a fault:
 * graphql-js wraps the scalar's error, which Yoga would otherwise mask as unexpected. graphql-js
 * words the variable's part in English around the scalar's (Korean) message; both texts go on.
 */
const keepBadVariables: typeof maskError = (error, message, isDev) => {
  const refusal = error instanceof GraphQLError ? scalarRefusal(error) : undefined;
  if (error instanceof GraphQLError && refusal) {
    const variable = VARIABLE_ERROR.exec(error.message)?.[1];
    const scalar = messagesOf(refusal);
    const value = BAD_VARIABLE_VALUE.exec(error.message)?.[2];
    const messages = {
      ko:
        variable && value !== undefined
          ? `변수 $${variable}의 값 ${value}이(가) 올바르지 않습니다: ${scalar.ko}`
          : scalar.ko,
      en: error.message.replace(refusal.message, scalar.en),
    };
    return new GraphQLError(messages.ko, {
      nodes: error.nodes,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        ...(variable ? { variable } : {}),
        [MESSAGES_EXTENSION]: messages,
      },
    });
  }
  return maskError(error, message, isDev);
};

// graphql-js: `Variable "$x" got invalid value "abc"; <the scalar's message>`.
const BAD_VARIABLE_VALUE = /^Variable "\$([^"]+)" got invalid value (.*?); /s;

// The query Apollo Gateway's IntrospectAndCompose sends every poll interval.
const SCHEMA_POLL =
  /^\s*query\s+__ApolloGetServiceDefinition__\s*\{\s*_service\s*\{\s*sdl\s*\}\s*\}\s*$/;

/**
 * In development the gateway asks every subgraph for its schema every two seconds; those
 * requests are logged at debug, not as dozens of "request completed" lines a minute.
 */
function useSchemaPollIsRoutine(): Plugin {
  return {
    onParams({ params }) {
      if (params.query && SCHEMA_POLL.test(params.query)) markRoutineRequest();
    },
  };
}
