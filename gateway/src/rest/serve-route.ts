import { MESSAGES_EXTENSION, preferredLanguage, type Language } from '@capstone/errors';
import { REST_BASE, withoutTypename } from '@capstone/operations';
import { gatewayMessage } from '../plugins/gateway-messages.js';
import { etagOf, locationOf, notModified, pageOf } from './conventions.js';
import { readEvents, sse, type SseEvent } from './event-stream.js';
import {
  problemFromErrors,
  problemResponse,
  restProblem,
  type GraphQLErrorItem,
} from './problem.js';
import { RestInputError, requestVariables } from './request-variables.js';
import type { CompiledRoute, RouteTable } from './route-table.js';

/** How long a stream waits for a refusal before it starts. */
const FIRST_EVENT_WAIT_MS = 1_000;
/** What the wait for a stream's first event gives when none came in time. */
const NO_EVENT_YET = Symbol('no event yet');

/** Runs a GraphQL request through the gateway's own Yoga pipeline (plugins and all). */
/** A fault of the gateway's own (its answer was not what the route needs), in both languages. */
const gatewayFault = (english: string): GraphQLErrorItem => ({
  message: english,
  extensions: {
    code: 'INTERNAL_SERVER_ERROR',
    [MESSAGES_EXTENSION]: gatewayMessage(english, undefined),
  },
});

export type RunGraphql = (request: Request) => Promise<Response>;

// Headers that describe the REST request's own body or caching, not the caller.
const NOT_FORWARDED = new Set([
  'content-type',
  'content-length',
  'accept',
  'accept-encoding',
  'if-none-match',
  'idempotency-key',
  'transfer-encoding',
  'connection',
]);

/**
 * The GraphQL request for a route: its catalogue operation by hash (so trusted), the caller's
 * headers (credentials, language, request id) as they came.
 */
function graphqlRequest(
  request: Request,
  route: CompiledRoute,
  variables: Record<string, unknown>,
  accept: string,
): Request {
  const headers = new Headers();
  request.headers.forEach((value, name) => {
    if (!NOT_FORWARDED.has(name)) headers.set(name, value);
  });
  headers.set('content-type', 'application/json');
  headers.set('accept', accept);
  return new Request(new URL('/graphql', request.url), {
    method: 'POST',
    headers,
    body: JSON.stringify({
      operationName: route.catalogued.name,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: route.catalogued.hash } },
    }),
    signal: request.signal,
  });
}

const json = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

/** Headers of a refused GraphQL answer a REST client needs too (Retry-After on 429). */
function passedOn(response: Response): Record<string, string> {
  const retryAfter = response.headers.get('retry-after');
  return retryAfter ? { 'retry-after': retryAfter } : {};
}

function failure(
  errors: GraphQLErrorItem[],
  language: Language,
  request: Request,
  from: Response,
): Response {
  const problem = problemFromErrors(errors, language, new URL(request.url).pathname);
  const headers = passedOn(from);
  if (problem.status === 429 && !headers['retry-after']) headers['retry-after'] = '60';
  return problemResponse(problem, language, headers);
}

async function answer(
  route: CompiledRoute,
  request: Request,
  runGraphql: RunGraphql,
  variables: Record<string, unknown>,
  language: Language,
): Promise<Response> {
  const response = await runGraphql(
    graphqlRequest(request, route, variables, 'application/graphql-response+json'),
  );
  let body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorItem[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = { errors: [gatewayFault('The gateway answered without JSON')] };
  }
  if (body.errors?.length) return failure(body.errors, language, request, response);
  const data = body.data ?? null;
  const result = withoutTypename(route.field ? (data?.[route.field] ?? null) : data);
  // An unknown id reads as null (over GraphQL, `portfolio(id)` is null for one you cannot see).
  const missing = route.field
    ? result === null
    : data === null || Object.values(data).some((value) => value === null);
  if (missing && route.method === 'GET') {
    return restProblem(
      'NOT_FOUND',
      { ko: '찾는 항목이 없습니다', en: 'There is nothing at this address' },
      request,
    );
  }

  const url = new URL(request.url);
  let value = result;
  const headers: Record<string, string> = {};
  if (route.paginate && result && typeof result === 'object') {
    const list =
      route.paginate === '.' ? result : (result as Record<string, unknown>)[route.paginate];
    if (Array.isArray(list)) {
      const { page, next } = pageOf(list, url);
      value = route.paginate === '.' ? page : { ...result, [route.paginate]: page };
      if (next) headers.link = next;
    }
  }
  const text = JSON.stringify(value);
  if (route.answer === 'created' || route.answer === 'accepted') {
    const location = route.location ? locationOf(route.location, value) : undefined;
    if (location) headers.location = location;
    return json(text, route.answer === 'created' ? 201 : 202, headers);
  }
  if (route.method === 'GET') {
    const etag = etagOf(text);
    headers.etag = etag;
    // Private: the answer is the caller's; no-cache: a cache keeps it but asks again (cheap, 304).
    headers['cache-control'] = 'private, no-cache';
    headers.vary = 'authorization, x-api-key, accept-language';
    if (notModified(request, etag)) return new Response(null, { status: 304, headers });
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  }
  return json(text, 200, headers);
}

/** A subscription as server-sent events: `progress` for each event, `error` if it fails. */
async function events(
  route: CompiledRoute,
  request: Request,
  runGraphql: RunGraphql,
  variables: Record<string, unknown>,
  language: Language,
): Promise<Response> {
  const response = await runGraphql(graphqlRequest(request, route, variables, 'text/event-stream'));
  if (!response.headers.get('content-type')?.includes('text/event-stream') || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { errors?: GraphQLErrorItem[] };
    return failure(body.errors ?? [gatewayFault('No event stream')], language, request, response);
  }
  const stream = readEvents(response.body);
  // A client that goes away gives the subscription back at once, not at its next event.
  const abandon = () => void stream.cancel();
  request.signal.addEventListener('abort', abandon, { once: true });
  if (request.signal.aborted) abandon();
  // A subscription refused at once is a problem, not a stream: its first event says so, and comes
  // at once. An allowed one may wait for its first change (a queued run), so the stream starts
  // after a short wait whether or not an event came.
  const deadline = Date.now() + FIRST_EVENT_WAIT_MS;
  let pending = stream.next();
  let first: SseEvent | undefined | typeof NO_EVENT_YET;
  for (;;) {
    first = await Promise.race([
      pending,
      new Promise<typeof NO_EVENT_YET>((resolve) =>
        setTimeout(() => resolve(NO_EVENT_YET), Math.max(0, deadline - Date.now())),
      ),
    ]);
    // Keep-alive comments say nothing; look at the next event, within the same wait.
    if (first === NO_EVENT_YET || !first?.comment || first.data !== undefined) break;
    pending = stream.next();
  }
  const parse = (data: string | undefined) =>
    JSON.parse(data ?? '{}') as { data?: Record<string, unknown>; errors?: GraphQLErrorItem[] };
  if (first !== NO_EVENT_YET && first?.event === 'next') {
    const payload = parse(first.data);
    if (payload.errors?.length && !payload.data?.[route.field ?? '']) {
      request.signal.removeEventListener('abort', abandon);
      await stream.cancel();
      return failure(payload.errors, language, request, response);
    }
  }
  const encoder = new TextEncoder();
  const instance = new URL(request.url).pathname;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        let event = first === NO_EVENT_YET ? await pending : first;
        for (; event; event = await stream.next()) {
          if (event.event === 'complete') break;
          if (event.event !== 'next') {
            if (event.comment) controller.enqueue(encoder.encode(':\n\n'));
            continue;
          }
          const payload = parse(event.data);
          if (payload.errors?.length) {
            controller.enqueue(
              encoder.encode(sse('error', problemFromErrors(payload.errors, language, instance))),
            );
            break;
          }
          controller.enqueue(
            encoder.encode(
              sse(
                'progress',
                withoutTypename(route.field ? payload.data?.[route.field] : payload.data),
              ),
            ),
          );
        }
        // Not when the caller went away (its subscription was cut, the run has not ended).
        if (!request.signal.aborted) controller.enqueue(encoder.encode('event: end\ndata: {}\n\n'));
      } catch {
        // The caller went away, or the gateway's stream broke; either way this stream ends.
      } finally {
        request.signal.removeEventListener('abort', abandon);
        await stream.cancel();
        try {
          controller.close();
        } catch {
          // Cancelled by the caller already: nothing is left to close.
        }
      }
    },
    async cancel() {
      await stream.cancel();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    },
  });
}

/** Answers a request under REST_BASE, or undefined when it is not one. */
export async function serveRoute(
  request: Request,
  table: RouteTable,
  runGraphql: RunGraphql,
  maxRequestBytes: number,
): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (url.pathname !== REST_BASE && !url.pathname.startsWith(`${REST_BASE}/`)) return undefined;
  let found: ReturnType<RouteTable['match']>;
  try {
    found = table.match(request.method, url.pathname);
  } catch {
    found = undefined; // a malformed %-escape in the path matches nothing
  }
  if (!found) {
    return restProblem(
      'NOT_FOUND',
      { ko: '이 주소에는 API가 없습니다', en: 'No API route has this address' },
      request,
    );
  }
  if ('allowed' in found) {
    const response = restProblem(
      'METHOD_NOT_ALLOWED',
      {
        ko: `이 주소는 ${found.allowed.join(', ')} 요청만 받습니다`,
        en: `This address takes ${found.allowed.join(', ')} only`,
      },
      request,
    );
    response.headers.set('allow', found.allowed.join(', '));
    return response;
  }
  const { route, params } = found;
  const language = preferredLanguage(request.headers.get('accept-language'));
  try {
    const variables = await requestVariables(route, params, request, maxRequestBytes);
    if (route.answer === 'events') {
      return await events(route, request, runGraphql, variables, language);
    }
    return await answer(route, request, runGraphql, variables, language);
  } catch (error) {
    if (error instanceof RestInputError) {
      return restProblem(error.code, error.messages, request, error.field);
    }
    throw error;
  }
}
