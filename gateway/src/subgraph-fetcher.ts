import { GraphQLError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { LRUCache } from 'lru-cache';
import { Agent, request } from 'undici';
import { INTERNAL_IDENTITY_HEADER } from '@capstone/auth';

/** The fetch Apollo's data sources call: a URL and a JSON body, always fully buffered. */
export type SubgraphFetch = (
  input: string | URL,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<Response>;

/**
 * The fetch every subgraph call goes through: it gives up after `timeoutMs`, and records
 * latency and failures per subgraph for /metrics.
 */
export function createSubgraphFetcher(
  registry: Registry,
  timeoutMs: number,
  { deduplicate = true }: { deduplicate?: boolean } = {},
) {
  const duration = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Latency of fetches from the gateway to each subgraph',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'gateway_subgraph_fetch_errors_total',
    help: 'Subgraph fetches that failed, by reason',
    labelNames: ['subgraph', 'reason'],
    registers: [registry],
  });

  const deduplicated = new Counter({
    name: 'gateway_subgraph_fetch_deduplicated_total',
    help: 'Subgraph fetches answered by an identical fetch already in flight',
    labelNames: ['subgraph'],
    registers: [registry],
  });

  // undici's own request API on a keep-alive pool: WHATWG fetch turns every body into a stream
  // and writes it in chunks, which profiling showed to be the gateway's largest cost.
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128, pipelining: 1 });

  async function send(subgraph: string, input: string | URL, init: FetchInit): Promise<Answer> {
    const stop = duration.startTimer({ subgraph });
    try {
      const { statusCode, headers, body } = await request(input, {
        method: (init.method ?? 'POST') as 'POST',
        headers: init.headers,
        body: init.body,
        dispatcher: agent,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const text = await body.text();
      const ok = statusCode >= 200 && statusCode < 300;
      stop({ outcome: ok ? 'ok' : `http_${statusCode}` });
      if (!ok) failures.inc({ subgraph, reason: `http_${statusCode}` });
      return {
        status: statusCode,
        headers: Object.entries(headers).flatMap(([name, value]) =>
          value === undefined
            ? []
            : (Array.isArray(value) ? value : [value]).map(
                (one) => [name, one] as [string, string],
              ),
        ),
        text,
      };
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const reason = code.includes('TIMEOUT') ? 'timeout' : 'unreachable';
      stop({ outcome: reason });
      failures.inc({ subgraph, reason });
      // A coded error (with the subgraph's name) is passed to the caller unmasked.
      throw new GraphQLError(
        reason === 'timeout'
          ? `The ${subgraph} service did not answer within ${timeoutMs} ms`
          : `The ${subgraph} service is unavailable`,
        { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph } },
      );
    }
  }

  // Identical reads in flight at the same time share one subgraph fetch: many clients asking
  // for the same portfolio or the same quotes at once cost the subgraph one answer. The key
  // holds the signed identity, so callers only ever share answers meant for the same caller;
  // the request id and client address are per request and deliberately left out.
  const inflight = new Map<string, Promise<Answer>>();
  // A caller's writes so far, counted when a mutation is sent and again when it is answered,
  // and part of the key: a read that starts after a caller's write never joins one that
  // started before it, so every caller reads their own writes.
  const writes = new LRUCache<string, number>({ max: 50_000 });
  const countWrite = (identity: string) => writes.set(identity, (writes.get(identity) ?? 0) + 1);

  return (subgraph: string): SubgraphFetch =>
    async (input, init = {}) => {
      const identity = init.headers?.[INTERNAL_IDENTITY_HEADER] ?? '';
      if (!isRead(init)) {
        countWrite(identity);
        const answer = send(subgraph, input, init);
        const counted = () => countWrite(identity);
        answer.then(counted, counted);
        return toResponse(await answer);
      }
      const key = deduplicate
        ? `${String(input)}\n${identity}\n${writes.get(identity) ?? 0}\n${init.body ?? ''}`
        : undefined;
      let answer: Promise<Answer> | undefined = key ? inflight.get(key) : undefined;
      if (answer) {
        deduplicated.inc({ subgraph });
      } else {
        answer = send(subgraph, input, init);
        if (key) {
          inflight.set(key, answer);
          const forget = () => inflight.delete(key);
          answer.then(forget, forget);
        }
      }
      return toResponse(await answer);
    };
}

const toResponse = ({ status, headers, text }: Answer) =>
  new Response(text, { status: isGraphQLRefusal(status, text) ? 200 : status, headers });

/**
 * A subgraph refuses a request it cannot run (a variable its scalar cannot parse) with 400 and
 * GraphQL errors, as GraphQL over HTTP says. Apollo's data source would hide those in one
 * uncoded "400: " error; answered as an ordinary GraphQL response, they reach the caller as
 * the coded errors they are.
 */
function isGraphQLRefusal(status: number, text: string): boolean {
  if (status !== 400 || !text.startsWith('{')) return false;
  try {
    const body = JSON.parse(text) as { errors?: unknown; data?: unknown };
    return Array.isArray(body.errors) && body.errors.length > 0 && body.data === undefined;
  } catch {
    return false;
  }
}

type FetchInit = NonNullable<Parameters<SubgraphFetch>[1]>;

interface Answer {
  status: number;
  headers: [string, string][];
  text: string;
}

/** Only queries are shared; a mutation is always sent as often as it was asked for. */
function isRead(init: FetchInit): boolean {
  const body = init.body;
  if ((init.method ?? 'POST') !== 'POST' || !body) return false;
  // Apollo Gateway sends `{"query":"<operation>",...}` with the operation printed first.
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{');
}
