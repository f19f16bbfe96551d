/**
 * Every `extensions.code` a client of the gateway can receive, with the HTTP status the
 * gateway answers with where the error stops the whole request (undefined: the request is
 * answered 200 with the error beside whatever data could be resolved).
 * `docs/api/errors.md` explains each one in Korean and English; a test keeps the two in step.
 */
export const ERROR_CODES = {
  // Raised by the subgraphs' resolvers.
  BAD_USER_INPUT: { httpStatus: undefined },
  NOT_FOUND: { httpStatus: undefined },
  CONFLICT: { httpStatus: undefined },
  UNAUTHENTICATED: { httpStatus: 401 },
  FORBIDDEN: { httpStatus: undefined },
  RATE_LIMITED: { httpStatus: 429 },
  SERVICE_UNAVAILABLE: { httpStatus: undefined },
  INTERNAL_SERVER_ERROR: { httpStatus: undefined },
  // Raised by the gateway.
  SUBGRAPH_UNAVAILABLE: { httpStatus: undefined },
  PERSISTED_QUERY_NOT_FOUND: { httpStatus: 404 },
  PERSISTED_QUERY_ONLY: { httpStatus: 403 },
  QUERY_TOO_DEEP: { httpStatus: 400 },
  TOO_MANY_ALIASES: { httpStatus: 400 },
  TOO_MANY_TOKENS: { httpStatus: 400 },
  TOO_MANY_DIRECTIVES: { httpStatus: 400 },
  QUERY_TOO_COSTLY: { httpStatus: 400 },
  TOO_MANY_SUBSCRIPTIONS: { httpStatus: undefined },
  SUBSCRIBER_TOO_SLOW: { httpStatus: undefined },
  // Raised by GraphQL Yoga before execution.
  GRAPHQL_PARSE_FAILED: { httpStatus: 400 },
  GRAPHQL_VALIDATION_FAILED: { httpStatus: 400 },
} as const satisfies Record<string, { httpStatus: number | undefined }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes by name, so that code reads `ErrorCode.NOT_FOUND` and a typo fails to compile. */
export const ErrorCode = Object.fromEntries(
  Object.keys(ERROR_CODES).map((code) => [code, code]),
) as { readonly [Code in ErrorCode]: Code };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
