import type { IncomingMessage } from 'node:http';
import { createSessionRevocationList } from '@capstone/auth';
import {
  redisKeyPrefix,
  servicePort,
  subgraphUrls as configuredSubgraphUrls,
  type Env,
  type SubgraphName,
} from '@capstone/config';
import {
  createLogger,
  createMetricsRegistry,
  graphqlServerLogger,
  useClientErrorLog,
  type ReadinessCheck,
} from '@capstone/observability';
import {
  connectOptionalRedis,
  serveGraphqlWs,
  startHttpService,
  useOperationMetrics,
  type RunningService,
} from '@capstone/server-kit';
import { useApolloFederation } from '@envelop/apollo-federation';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createApolloGateway } from './apollo-gateway.js';
import type { GatewayContext } from './context.js';
import { maskErrors } from './mask-errors.js';
import { corsFor } from './plugins/cors.js';
import type { Listener } from './plugins/credentials.js';
import { useAuthentication } from './plugins/use-authentication.js';
import { useClientAddress } from './plugins/use-client-address.js';
import { useCodedRequestErrors } from './plugins/use-coded-request-errors.js';
import { useCsrfPrevention } from './plugins/use-csrf-prevention.js';
import { useFederatedSubscriptions } from './plugins/use-federated-subscriptions.js';
import { useInternalIdentity } from './plugins/use-internal-identity.js';
import { useLocalizedErrors } from './plugins/use-localized-errors.js';
import { usePublicListener } from './plugins/use-public-listener.js';
import { useRateLimit } from './plugins/use-rate-limit.js';
import { useRestApi } from './plugins/use-rest-api.js';
import { useQueryLimits } from './plugins/use-query-limits.js';
import { useTrustedDocuments } from './plugins/use-trusted-documents.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';
import { checkApolloInternals } from './subscriptions/apollo-internals.js';
import { createFederatedSubscribe } from './subscriptions/federated-subscribe.js';
import { createSubscriptionLimits } from './subscriptions/subscription-limits.js';
import { createUpstreamClients } from './subscriptions/upstream-clients.js';
import { readSupergraph } from './supergraph.js';

export interface GatewayServiceOptions {
  config: Env;
  port?: number;
  /** The internal listener's port (platform services' signed identities); 0 = any free port. */
  internalPort?: number;
  /** The metrics port; unset: 9000 + (port − 4000). */
  metricsPort?: number;
  subgraphUrls?: Record<SubgraphName, string>;
}

const SUBGRAPH_PROBE_TIMEOUT_MS = 1_500;

export async function startGateway({
  config,
  port,
  internalPort,
  metricsPort,
  subgraphUrls,
}: GatewayServiceOptions): Promise<RunningService> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const registry = createMetricsRegistry('gateway');
  const urls = subgraphUrls ?? configuredSubgraphUrls(config);
  const fetcherFor = createSubgraphFetcher(registry, config.SUBGRAPH_TIMEOUT_MS, {
    deduplicate: config.SUBGRAPH_DEDUPLICATION,
  });
  // In development the gateway follows the running subgraphs, so a schema change shows up
  // without recomposing by hand; elsewhere it serves the supergraph composed and checked at build.
  const source =
    config.SUPERGRAPH_SOURCE ?? (config.NODE_ENV === 'development' ? 'subgraphs' : 'file');
  const gateway = createApolloGateway({
    supergraph:
      source === 'file'
        ? { from: 'file', sdl: readSupergraph() }
        : { from: 'subgraphs', pollIntervalMs: 2_000, internalSecret: config.INTERNAL_JWT_SECRET },
    subgraphUrls: urls,
    logger,
    fetcherFor,
  });
  await gateway.load();
  checkApolloInternals(gateway);
  const redis = await connectOptionalRedis(config.REDIS_URL, logger);
  const revokedSessions = createSessionRevocationList({
    redis,
    prefix: redisKeyPrefix(config),
    ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    onError: (error) => logger.warn({ err: error }, 'Session revocation list: Redis error'),
  });

  const upstream = createUpstreamClients(urls, config.INTERNAL_JWT_SECRET);
  const subscribe = createFederatedSubscribe({
    gateway,
    upstream,
    limits: createSubscriptionLimits(
      config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      config.MAX_SUBSCRIPTIONS_PER_USER,
    ),
    internalSecret: config.INTERNAL_JWT_SECRET,
    logger,
    registry,
  });

  const production = config.NODE_ENV === 'production';
  const yoga: YogaServerInstance<{ req: IncomingMessage; listener?: Listener }, GatewayContext> =
    createYoga<{ req: IncomingMessage; listener?: Listener }, GatewayContext>({
      graphqlEndpoint: '/graphql',
      maskedErrors: { isDev: !production, maskError: maskErrors },
      graphiql: !production,
      landingPage: false,
      healthCheckEndpoint: '/yoga-health',
      maxRequestBodySize: config.MAX_REQUEST_BYTES,
      cors: corsFor(config.CORS_ORIGINS),
      logging: graphqlServerLogger(logger),
      plugins: [
        // Signed identities only on the internal listener; no null origin.
        usePublicListener(),
        // A browser may not send a "simple" request (a form post, say) that the gateway would run.
        useCsrfPrevention({
          header: 'x-graphql-csrf',
          credentialHeaders: ['authorization', 'x-api-key'],
        }),
        // The context, in order: who asks, from where, within their allowance, signed for the
        // subgraphs. They run after parsing and validation, as the context factory did.
        useAuthentication({
          accountsBaseUrl: urls.accounts,
          internalSecret: config.INTERNAL_JWT_SECRET,
          apiKeyCacheSeconds: config.API_KEY_CACHE_SECONDS,
          revokedSessions,
        }),
        useClientAddress(),
        useRateLimit({
          perMinute: {
            anonymous: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
            user: config.RATE_LIMIT_USER_PER_MINUTE,
            apiKey: config.RATE_LIMIT_API_KEY_PER_MINUTE,
          },
          keyPrefix: config.DATABASE_PREFIX,
          redis,
        }),
        useInternalIdentity({ secret: config.INTERNAL_JWT_SECRET }),
        useTrustedDocuments(config),
        useQueryLimits(config),
        useCodedRequestErrors(),
        // REST under /api/v1: each route runs its catalogue operation through this same pipeline.
        useRestApi({
          maxRequestBytes: config.MAX_REQUEST_BYTES,
          graphql: (request: Request, serverContext: object): Promise<Response> =>
            Promise.resolve(yoga.fetch(request, serverContext as { req: IncomingMessage })),
        }),
        useApolloFederation({ gateway }),
        useFederatedSubscriptions(subscribe),
        useOperationMetrics(registry),
        useClientErrorLog(logger),
        useLocalizedErrors(),
      ],
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
    // Platform services (portfolio, scenario, ai) ask on a user's behalf here, with a signed
    // identity; docker-compose and k8s keep this port off the public network.
    internal: {
      port: internalPort ?? config.GATEWAY_INTERNAL_PORT,
      handler: (request, response) =>
        yoga.handle(request, response, { req: request, listener: 'internal' }),
    },
    metricsPort,
    metricsToken: config.METRICS_TOKEN,
    logger,
    registry,
    checks,
    // graphql-ws at the same /graphql; SSE needs nothing more (Yoga streams text/event-stream).
    attach: (server) =>
      serveGraphqlWs(server, yoga, {
        logger,
        // Browsers cannot set headers on a WebSocket, so credentials come in connectionParams.
        headersFor: (params) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(params ?? {})) {
            const header = name.toLowerCase();
            if (
              (header === 'authorization' || header === 'x-api-key') &&
              typeof value === 'string'
            ) {
              headers[header] = value;
            }
          }
          return headers;
        },
      }),
    onClose: async () => {
      await upstream.close();
      await gateway.stop();
      revokedSessions.close();
      redis?.disconnect();
    },
  });
}
