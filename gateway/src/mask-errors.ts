import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type YogaMaskedErrorOpts } from 'graphql-yoga';

/**
 * Subgraphs mask their own unexpected errors, so an error that arrives from a subgraph
 * with a code of its own (BAD_USER_INPUT, NOT_FOUND, ...) is meant for the caller. Apollo
 * Gateway wraps it around the subgraph's plain JSON error, which Yoga would otherwise take
 * for an unexpected one and hide. It is passed on as it is: Yoga logs every error it replaces
 * as a fault of ours. Everything else is masked, in every mode: Yoga's development masking
 * would add the original error's message and stack trace (database errors, file paths) to the
 * answer, and a gateway outside production may still face the network. The log has it all.
 */
export const maskErrors: YogaMaskedErrorOpts['maskError'] = (error, message) => {
  if (error instanceof GraphQLError) {
    const { serviceName, code } = error.extensions as { serviceName?: string; code?: string };
    if (serviceName && code && code !== 'INTERNAL_SERVER_ERROR') return error;
  }
  return yogaMaskError(error, message, false);
};
