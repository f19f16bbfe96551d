import type { Logger } from './logger.js';

/** An error as a GraphQL server holds it (a GraphQLError) or sends it (its JSON). */
interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
  stack?: string;
}

// Refusals an operator may want to see without being at fault: a caller hammering the API, a
// subgraph that is down, a subscriber that cannot keep up.
const WORTH_A_WARNING = new Set(['RATE_LIMITED', 'SUBGRAPH_UNAVAILABLE', 'SUBSCRIBER_TOO_SLOW']);

function isGraphQLErrorLike(value: unknown): value is GraphQLErrorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as GraphQLErrorLike).message === 'string' &&
    'extensions' in value
  );
}

/**
 * How serious an error in a GraphQL answer is: a coded error is the caller's (info), or one an
 * operator should notice (warn); an error without a code, INTERNAL_SERVER_ERROR, or one Yoga
 * flagged as unexpected is a fault of ours (error).
 */
export function graphqlErrorLevel(error: GraphQLErrorLike): 'info' | 'warn' | 'error' {
  const { code, unexpected } = error.extensions ?? {};
  if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR' || unexpected) return 'error';
  return WORTH_A_WARNING.has(code) ? 'warn' : 'info';
}

/**
 * Logs one error of a GraphQL answer at its level. A client error is one line with its code
 * and path and no stack; a fault keeps its stack, except one a subgraph reported, whose stack
 * is in that subgraph's log under the same request id.
 */
export function logGraphQLError(logger: Logger, error: GraphQLErrorLike): void {
  const level = graphqlErrorLevel(error);
  const { code, serviceName } = error.extensions ?? {};
  const fields = {
    code,
    ...(error.path ? { path: error.path.join('.') } : {}),
    ...(serviceName ? { subgraph: serviceName } : {}),
  };
  if (level === 'error' && !serviceName) logger.error({ ...fields, err: error }, error.message);
  else logger[level](fields, error.message);
}

type LogArguments = unknown[];

/**
 * A logger for graphql-yoga's `logging` option. Yoga logs every error it masks with
 * `error(err)`; those go through `logGraphQLError`, everything else as Yoga wrote it.
 */
export function graphqlServerLogger(logger: Logger) {
  const one = (args: LogArguments) => (args.length === 1 ? args[0] : args);
  return {
    debug: (...args: LogArguments) => logger.debug(one(args)),
    info: (...args: LogArguments) => logger.info(one(args)),
    warn: (...args: LogArguments) => logger.warn(one(args)),
    error: (...args: LogArguments) => {
      const [first] = args;
      if (args.length === 1 && isGraphQLErrorLike(first)) logGraphQLError(logger, first);
      else logger.error(one(args));
    },
  };
}

/**
 * A graphql-yoga plugin that logs the client errors of every answer (info or warn, with their
 * code). Faults are not logged again here: Yoga masks them and logs them through
 * `graphqlServerLogger`, with their stack.
 */
export function useClientErrorLog(logger: Logger) {
  return {
    onResultProcess({ result }: { result: unknown }): void {
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: unknown } | null)?.errors;
        if (!Array.isArray(errors)) continue;
        for (const error of errors) {
          if (isGraphQLErrorLike(error) && graphqlErrorLevel(error) !== 'error') {
            logGraphQLError(logger, error);
          }
        }
      }
    },
  };
}
