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
});
