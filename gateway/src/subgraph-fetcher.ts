import { GraphQLError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * The fetch every subgraph call goes through: it gives up after `timeoutMs`, and records
 * latency and failures per subgraph for /metrics.
 */
export function createSubgraphFetcher(registry: Registry, timeoutMs: number) {
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

  return (subgraph: string) =>
    async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const stop = duration.startTimer({ subgraph });
      try {
        const response = await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        stop({ outcome: response.ok ? 'ok' : `http_${response.status}` });
        if (!response.ok) failures.inc({ subgraph, reason: `http_${response.status}` });
        return response;
      } catch (error) {
        const reason = (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
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
    };
}
