import { useApolloFederation } from '@envelop/apollo-federation';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import {
  servicePort,
  subgraphUrls as configuredSubgraphUrls,
  type Env,
  type SubgraphName,
} from '@capstone/config';
import { createLogger, createMetricsRegistry, type ReadinessCheck } from '@capstone/observability';
import { startHttpService, type RunningService } from '@capstone/server-kit';
import { createYoga } from 'graphql-yoga';
import { createApolloGateway } from './apollo-gateway.js';
import { maskErrors } from './mask-errors.js';
import { readSupergraph } from './supergraph.js';

export interface GatewayServiceOptions {
  config: Env;
  port?: number;
  subgraphUrls?: Record<SubgraphName, string>;
}

const SUBGRAPH_PROBE_TIMEOUT_MS = 1_500;

export async function startGateway({
  config,
  port,
  subgraphUrls,
}: GatewayServiceOptions): Promise<RunningService> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const registry = createMetricsRegistry('gateway');
  const urls = subgraphUrls ?? configuredSubgraphUrls(config);
  const gateway = createApolloGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls: urls,
    logger,
  });
  await gateway.load();

  const production = config.NODE_ENV === 'production';
  const yoga = createYoga({
    graphqlEndpoint: '/graphql',
    maskedErrors: { isDev: !production, maskError: maskErrors },
    graphiql: !production,
    landingPage: false,
    healthCheckEndpoint: '/yoga-health',
    logging: logger,
    plugins: [useApolloFederation({ gateway }), usePrometheus({ registry, endpoint: false })],
  });

  // The gateway answers with partial data when a subgraph is down, so subgraphs do not make it
  // unready; /readyz still names each one that does not answer.
  const checks: ReadinessCheck[] = Object.entries(urls).map(([name, url]) => ({
    name: `subgraph:${name}`,
    optional: true,
    check: async () => {
      const response = await fetch(new URL('/healthz', url), {
        signal: AbortSignal.timeout(SUBGRAPH_PROBE_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`answered ${response.status}`);
    },
  }));

  return startHttpService({
    name: 'gateway',
    host: config.HOST,
    port: port ?? servicePort(config, 'gateway'),
    handler: yoga,
    logger,
    registry,
    checks,
    onClose: () => gateway.stop(),
  });
}
