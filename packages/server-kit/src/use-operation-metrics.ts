import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Registry } from 'prom-client';

/**
 * Per-operation metrics for /metrics: request counts and latency histograms by operation, phase
 * timings and errors. Left out on purpose: the latency summary (quantiles are computed on every
 * observation) and the deprecated-field counter (it walks every document against the schema);
 * both cost far more per request than they tell.
 */
export function useOperationMetrics(registry: Registry) {
  return usePrometheus({
    registry,
    endpoint: false,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
      graphql_envelop_error_result: true,
      graphql_envelop_schema_change: false,
      graphql_yoga_http_duration: true,
    },
  });
}
