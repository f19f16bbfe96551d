import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js words every variable coercion error this way ("was not provided", "got invalid
// value", "must not be null"); Apollo Gateway passes them on without a code.
const VARIABLE_ERROR = /^Variable "\$([^"]+)"/;

/**
 * Every error carries `extensions.code`: a variable that is missing, null or of the wrong type
 * is the caller's mistake, BAD_USER_INPUT, with `extensions.variable` naming it (Apollo
 * Server's convention). A subgraph's coded answer about a variable gets the name too.
 */
export function useCodedRequestErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          if (!result.errors.some((error) => needsCode(error))) return;
          setResult({ ...result, errors: result.errors.map(withCode) });
        },
      };
    },
  };
}

function needsCode(error: GraphQLError): boolean {
  const { code, variable } = error.extensions;
  const named = VARIABLE_ERROR.exec(error.message)?.[1];
  return named !== undefined && (code === undefined || variable === undefined);
}

function withCode(error: GraphQLError): GraphQLError {
  if (!needsCode(error)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...error.extensions,
      code: error.extensions.code ?? 'BAD_USER_INPUT',
      variable: VARIABLE_ERROR.exec(error.message)![1],
    },
  });
}
