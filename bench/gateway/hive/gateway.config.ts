import { defineConfig } from '@graphql-hive/gateway';

// The subgraphs trust only a signed identity; the benchmark client sends one and Hive Gateway
// passes it on, as our gateway does with its own.
export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      'x-capstone-identity': request.headers.get('x-capstone-identity') ?? '',
    }),
  },
  logging: 'error',
  // Hive Gateway shares identical in-flight fetches by default, as ours does; the benchmark can
  // turn that off in both (BENCH_DEDUPLICATION=off).
  ...(process.env.BENCH_DEDUPLICATION === 'off'
    ? { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }
    : {}),
});
