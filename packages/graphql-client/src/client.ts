import { GraphQLRequestError } from './errors.js';
import type { GraphQLErrorItem, GraphQLResult, TypedDocument, Variables } from './types.js';

export interface GraphQLClientOptions {
  /** The endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** Headers for every request, e.g. credentials. A request's own headers win over these. */
  headers?: Record<string, string>;
  /** Gives up after this long (default 30 s); 0 waits as long as the server takes. */
  timeoutMs?: number;
  /**
   * The id of the request being served, if any, sent on in `requestIdHeader` so that one id
   * follows a request through every service. Called once per request.
   */
  requestId?: () => string | undefined;
  /** Default `x-request-id`. */
  requestIdHeader?: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Aborts the request (the error's code is then ABORTED). */
  signal?: AbortSignal;
  operationName?: string;
  /** Overrides the client's timeout for this request. */
  timeoutMs?: number;
}

export interface GraphQLClient {
  readonly url: string;
  /**
   * Sends one operation and gives back what the server answered, GraphQL errors included, with
   * its HTTP status and headers. Throws GraphQLRequestError only when no GraphQL answer came.
   */
  execute<Data = unknown, Vars extends Variables = Variables>(
    document: TypedDocument<Data, Vars> | string,
    variables?: Vars,
    options?: RequestOptions,
  ): Promise<GraphQLResult<Data>>;
  /** Sends one operation and gives back its data; any GraphQL error throws GraphQLRequestError. */
  request<Data = unknown, Vars extends Variables = Variables>(
    document: TypedDocument<Data, Vars> | string,
    variables?: Vars,
    options?: RequestOptions,
  ): Promise<Data>;
  /** The same client, sending these headers too (over its own). */
  withHeaders(headers: Record<string, string>): GraphQLClient;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** A client for one GraphQL endpoint over HTTP POST with a JSON body. */
export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const requestIdHeader = options.requestIdHeader ?? 'x-request-id';

  async function execute<Data, Vars extends Variables>(
    document: TypedDocument<Data, Vars> | string,
    variables?: Vars,
    request: RequestOptions = {},
  ): Promise<GraphQLResult<Data>> {
    const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    const signals = [timeout, request.signal].filter((signal) => signal !== undefined);
    const requestId = options.requestId?.();
    // Set one by one: header names are case-insensitive, and a later one replaces an earlier.
    const headers = new Headers({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    });
    if (requestId) headers.set(requestIdHeader, requestId);
    for (const [name, value] of Object.entries({ ...options.headers })) headers.set(name, value);
    for (const [name, value] of Object.entries({ ...request.headers })) headers.set(name, value);
    let response: Response;
    let text: string;
    try {
      response = await send(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: String(document),
          ...(variables ? { variables } : {}),
          ...(request.operationName ? { operationName: request.operationName } : {}),
        }),
        signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
      });
      text = await response.text();
    } catch (error) {
      if (timeout?.aborted) {
        throw GraphQLRequestError.transportFailure(
          'TIMEOUT',
          `${options.url} did not answer within ${timeoutMs} ms`,
          { cause: error },
        );
      }
      if (request.signal?.aborted) {
        throw GraphQLRequestError.transportFailure('ABORTED', 'The request was aborted', {
          cause: error,
        });
      }
      throw GraphQLRequestError.transportFailure(
        'NETWORK_ERROR',
        `${options.url} could not be reached: ${(error as Error).message}`,
        { cause: error },
      );
    }
    return {
      status: response.status,
      headers: response.headers,
      ...graphQLBody<Data>(text, response.status),
    };
  }

  return {
    url: options.url,
    execute,
    async request<Data, Vars extends Variables>(
      document: TypedDocument<Data, Vars> | string,
      variables?: Vars,
      request?: RequestOptions,
    ): Promise<Data> {
      const result = await execute(document, variables, request);
      if (result.errors?.length) throw GraphQLRequestError.fromErrors(result.errors, result.status);
      if (result.data == null) {
        throw GraphQLRequestError.transportFailure(
          'BAD_RESPONSE',
          `The server answered ${result.status} without data`,
          { status: result.status },
        );
      }
      return result.data;
    },
    withHeaders: (headers) =>
      createGraphQLClient({ ...options, headers: { ...options.headers, ...headers } }),
  };
}

/** The GraphQL part of a response body; anything that is not one is a BAD_RESPONSE. */
function graphQLBody<Data>(
  text: string,
  status: number,
): Pick<GraphQLResult<Data>, 'data' | 'errors' | 'extensions'> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!isGraphQLBody(body)) {
    throw GraphQLRequestError.transportFailure(
      'BAD_RESPONSE',
      `The server answered ${status} without a GraphQL body: ${text.slice(0, 200)}`,
      { status },
    );
  }
  const { data, errors, extensions } = body;
  return {
    ...(data !== undefined ? { data: data as Data | null } : {}),
    ...(errors !== undefined ? { errors } : {}),
    ...(extensions !== undefined ? { extensions } : {}),
  };
}

function isGraphQLBody(
  body: unknown,
): body is { data?: unknown; errors?: GraphQLErrorItem[]; extensions?: Record<string, unknown> } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { data, errors } = body as Record<string, unknown>;
  const validErrors =
    errors === undefined ||
    (Array.isArray(errors) &&
      errors.every(
        (error) => typeof error === 'object' && error !== null && typeof error.message === 'string',
      ));
  return validErrors && (data !== undefined || errors !== undefined);
}
