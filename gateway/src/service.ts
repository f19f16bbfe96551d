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
import type { IncomingMessage } from 'node:http';
import { signInternalIdentity } from '@capstone/auth';
import { createApolloGateway } from './apollo-gateway.js';
import { createAuthenticator } from './authenticate.js';
import type { GatewayContext } from './context.js';
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

  const authenticate = createAuthenticator({
    accountsBaseUrl: urls.accounts,
    internalSecret: config.INTERNAL_JWT_SECRET,
    apiKeyCacheSeconds: config.API_KEY_CACHE_SECONDS,
  });

  const production = config.NODE_ENV === 'production';
  const yoga = createYoga<{ req: IncomingMessage }, GatewayContext>({
    context: async ({ request, req }): Promise<GatewayContext> => {
      const identity = await authenticate(request);
      return {
        identity,
        internalToken: await signInternalIdentity(identity, config.INTERNAL_JWT_SECRET),
        clientIp: req?.socket.remoteAddress,
      };
    },
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
