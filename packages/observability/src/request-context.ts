import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RequestContext {
  requestId: string;
  /** A request a machine makes on a timer (a schema poll): its access-log line is debug. */
  routine?: boolean;
}

/**
 * Carries the request id through every await of a request, so log lines written
 * deep inside a resolver or a database call still name the request they serve.
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();

const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/** The caller's `x-request-id` when it is sane, otherwise a fresh one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && ACCEPTABLE_ID.test(value) ? value : randomUUID();
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

/**
 * Marks the request being served as routine, such as the gateway's schema poll: it is logged
 * at debug when it succeeds, so that it does not drown the real traffic.
 */
export function markRoutineRequest(): void {
  const context = requestContext.getStore();
  if (context) context.routine = true;
}
