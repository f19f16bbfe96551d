import {
  localizeError,
  preferredLanguage,
  type Language,
  type LocalizedMessage,
} from '@capstone/errors';

/** A GraphQL error as the gateway serialises it. */
export interface GraphQLErrorItem {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** An RFC 9457 problem, with the GraphQL error code and the field it is about. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  field?: string;
  instance?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The HTTP status for a code. The caller's mistakes are 4xx; what is left (INTERNAL_SERVER_ERROR,
 * an unknown code) is ours, 500; an unreachable subgraph is 503, which a client may retry.
 */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_TOKENS: 400,
  TOO_MANY_DIRECTIVES: 400,
  QUERY_TOO_COSTLY: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PERSISTED_QUERY_ONLY: 403,
  CSRF_HEADER_MISSING: 403,
  NOT_FOUND: 404,
  PERSISTED_QUERY_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  TOO_MANY_SUBSCRIPTIONS: 429,
  SERVICE_UNAVAILABLE: 503,
  SUBGRAPH_UNAVAILABLE: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const statusOf = (code: string): number => STATUS[code] ?? 500;

/** The problem's `type`: the code's entry in docs/api/errors.md. */
export const problemType = (code: string): string =>
  `https://capstone-trading.example/docs/api/errors#${code.toLowerCase().replaceAll('_', '-')}`;

/** A problem from the first error of a GraphQL answer, in the caller's language. */
export function problemFromErrors(
  errors: readonly GraphQLErrorItem[],
  language: Language,
  instance: string,
): Problem {
  const first = localizeError(
    { message: errors[0]?.message ?? 'Unknown error', extensions: errors[0]?.extensions },
    language,
  );
  const code =
    typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const field = [first.extensions?.argument, first.extensions?.variable, first.extensions?.field]
    .map((value) => (typeof value === 'string' ? value : undefined))
    .find(Boolean);
  const status = statusOf(code);
  return {
    type: problemType(code),
    title: TITLES[status] ?? 'Error',
    status,
    detail: first.message,
    code,
    ...(field ? { field } : {}),
    instance,
  };
}

/** A problem the REST layer finds itself (before any operation runs). */
export function restProblem(
  code: string,
  message: LocalizedMessage,
  request: Request,
  field?: string,
): Response {
  const language = preferredLanguage(request.headers.get('accept-language'));
  return problemResponse(
    problemFromErrors(
      [{ message: message[language], extensions: { code, ...(field ? { field } : {}) } }],
      language,
      new URL(request.url).pathname,
    ),
    language,
  );
}

export function problemResponse(
  problem: Problem,
  language: Language,
  headers: HeadersInit = {},
): Response {
  const response = new Response(JSON.stringify(problem), {
    status: problem.status,
    headers,
  });
  response.headers.set('content-type', PROBLEM_CONTENT_TYPE);
  response.headers.set('content-language', language);
  return response;
}
