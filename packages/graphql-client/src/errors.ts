import type { GraphQLErrorItem } from './types.js';

/** Why no GraphQL answer came back at all. */
export type TransportFailure = 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED' | 'BAD_RESPONSE';

/**
 * A request that did not give data: either the server answered with GraphQL errors (`code` is
 * the first one's `extensions.code`), or no GraphQL answer came (`code` is a TransportFailure).
 */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  /** The first error's `extensions.code` (INTERNAL_SERVER_ERROR when it has none), or why nothing came. */
  readonly code: string;
  /** Every error the server sent; empty for a transport failure. */
  readonly errors: readonly GraphQLErrorItem[];
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** True when the server never gave a GraphQL answer (unreachable, timed out, not GraphQL). */
  readonly transport: boolean;

  private constructor(
    message: string,
    details: {
      code: string;
      errors: readonly GraphQLErrorItem[];
      status?: number;
      transport: boolean;
      cause?: unknown;
    },
  ) {
    super(message, { cause: details.cause });
    this.code = details.code;
    this.errors = details.errors;
    this.status = details.status;
    this.transport = details.transport;
  }

  /** The server answered with errors; the message lists each as `CODE: message`. */
  static fromErrors(errors: readonly GraphQLErrorItem[], status: number): GraphQLRequestError {
    const codeOf = (error: GraphQLErrorItem) =>
      typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
    return new GraphQLRequestError(
      errors.map((error) => `${codeOf(error)}: ${error.message}`).join('; '),
      { code: codeOf(errors[0]!), errors, status, transport: false },
    );
  }

  static transportFailure(
    code: TransportFailure,
    message: string,
    details: { status?: number; cause?: unknown } = {},
  ): GraphQLRequestError {
    return new GraphQLRequestError(message, { code, errors: [], transport: true, ...details });
  }
}
