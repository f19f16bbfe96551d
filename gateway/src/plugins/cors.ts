import type { CORSOptions } from 'graphql-yoga';

const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'x-request-id',
  'x-graphql-csrf',
  // The REST routes' request headers.
  'idempotency-key',
  'if-none-match',
];
/** Ten minutes: Chromium honours up to two hours, Firefox a day. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;
// What a REST client reads from an answer.
const EXPOSED_HEADERS = ['location', 'etag', 'link', 'retry-after', 'content-language'];

/**
 * CORS for the listed origins only. Yoga, given a list, answers an unlisted origin with
 * `Access-Control-Allow-Origin: null` (and credentials allowed), which a sandboxed iframe or a
 * `file:` page, whose origin is `null`, would read as permission. An unlisted origin, `null`
 * above all, gets no CORS headers at all, so the browser keeps the answer from the page.
 */
export function corsFor(origins: readonly string[]) {
  const listed = new Set(origins.filter((origin) => origin !== 'null'));
  return (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    if (!origin || !listed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      // The app is on another origin, and every request it sends is preflighted: without a max
      // age, Chromium keeps a preflight for 5 s, so each click after a pause waited for two round
      // trips. The answer only ever repeats the fixed lists above.
      maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    };
  };
}
