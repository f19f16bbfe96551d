import {
  INTERNAL_IDENTITY_HEADER,
  InternalTokenError,
  verifyInternalIdentity,
  type Identity,
} from '@capstone/auth';
import { databaseUrl, servicePort, type Env, type SubgraphName } from '@capstone/config';
import {
  createLogger,
  createMetricsRegistry,
  type Logger,
  type NodeHandler,
  type ReadinessCheck,
} from '@capstone/observability';
import { unauthenticated, type LocalizedMessage } from '@capstone/errors';
import type { GraphQLSchema } from 'graphql';
import type { Registry } from 'prom-client';
import { serveGraphqlWs } from './graphql-ws-server.js';
import { startHttpService, type RunningService } from './http-service.js';
import { createSubgraphYoga } from './subgraph-yoga.js';

/** What a subgraph needs of its Prisma client: a liveness query and a way to let go. */
export interface DatabaseClient {
  $queryRawUnsafe(query: string): Promise<unknown>;
  $disconnect(): Promise<void>;
}

export interface SubgraphBase<Db> {
  db: Db;
  /** The database `db` is connected to, for clients of its own (a raw pool, say). */
  databaseUrl: string;
  config: Env;
  logger: Logger;
  /** The subgraph's metrics registry (served on /metrics), for metrics of its own domain. */
  registry: Registry;
}

/** Everything that makes one subgraph what it is; the running of it is shared. */
export interface SubgraphDefinition<Db extends DatabaseClient, Services, Context extends object> {
  name: SubgraphName;
  schema: GraphQLSchema;
  createDatabaseClient: (url: string) => Db;
  /** Long-lived helpers built once at start-up (key stores, rate limiters, clients). */
  createServices?: (base: SubgraphBase<Db>) => Services | Promise<Services>;
  /** Built for every request, with the identity the gateway vouched for. */
  context: (
    base: SubgraphBase<Db> & { services: Services; identity: Identity; request: Request },
  ) => Context;
  /** HTTP routes served beside /graphql, by exact path. */
  routes?: (base: SubgraphBase<Db> & { services: Services }) => Record<string, NodeHandler>;
  /** Releases what `createServices` built. */
  closeServices?: (services: Services) => Promise<void> | void;
}

export interface StartSubgraphOptions {
  config: Env;
  /** Defaults to the configured port for this subgraph; 0 picks a free one. */
  port?: number;
  /** Defaults to this subgraph's database on the configured server. */
  databaseUrl?: string;
}

export function defineSubgraph<Db extends DatabaseClient, Services, Context extends object>(
  definition: SubgraphDefinition<Db, Services, Context>,
): SubgraphDefinition<Db, Services, Context> {
  return definition;
}

/** Any subgraph, for code that starts them without caring about their context types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphDefinition = SubgraphDefinition<any, any, any>;

/**
 * Starts a subgraph: its Yoga server behind the operational endpoints, with its own logs
 * and metrics. Only requests that carry the gateway's signed identity are served.
 */
export async function startSubgraph<Db extends DatabaseClient, Services, Context extends object>(
  definition: SubgraphDefinition<Db, Services, Context>,
  { config, port, databaseUrl: url }: StartSubgraphOptions,
): Promise<RunningService> {
  const { name } = definition;
  const logger = createLogger(name, config.LOG_LEVEL);
  const registry = createMetricsRegistry(name);
  const dbUrl = url ?? databaseUrl(config, name);
  const db = definition.createDatabaseClient(dbUrl);
  const base: SubgraphBase<Db> = { db, databaseUrl: dbUrl, config, logger, registry };
  const services = (await definition.createServices?.(base)) as Services;
  const checks: ReadinessCheck[] = [
    { name: 'database', check: () => db.$queryRawUnsafe('SELECT 1') },
  ];

  const yoga = createSubgraphYoga<Context>({
    schema: definition.schema,
    logger,
    registry,
    production: config.NODE_ENV === 'production',
    context: async ({ request }) => {
      const identity = await identityFrom(request, config.INTERNAL_JWT_SECRET);
      return definition.context({ ...base, services, identity, request });
    },
  });
  const routes = definition.routes?.({ ...base, services }) ?? {};
  const handler: NodeHandler = (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const route = routes[path];
    return route ? route(request, response) : yoga(request, response);
  };

  return startHttpService({
    // Subscriptions arrive from the gateway over one multiplexed WebSocket: the connection proves
    // it is the gateway, and each subscription carries the identity of the user it is for.
    attach: definition.schema.getSubscriptionType()
      ? (server) =>
          serveGraphqlWs(server, yoga, {
            onConnect: async (params) => {
              try {
                await verifyInternalIdentity(
                  String(params?.[INTERNAL_IDENTITY_HEADER] ?? ''),
                  config.INTERNAL_JWT_SECRET,
                );
                return true;
              } catch {
                return false;
              }
            },
            headersFor: (_params, extensions) => ({
              [INTERNAL_IDENTITY_HEADER]: String(extensions?.[INTERNAL_IDENTITY_HEADER] ?? ''),
            }),
          })
      : undefined,
    name,
    host: config.HOST,
    metricsToken: config.METRICS_TOKEN,
    port: port ?? servicePort(config, name),
    handler,
    logger,
    registry,
    checks,
    onClose: async () => {
      await definition.closeServices?.(services);
      await db.$disconnect();
    },
  });
}

/** Subgraphs trust only the gateway: a request without its signed identity is refused. */
async function identityFrom(request: Request, secret: string): Promise<Identity> {
  const token = request.headers.get(INTERNAL_IDENTITY_HEADER);
  const refuse = (message: LocalizedMessage) => unauthenticated(message, { http: { status: 401 } });
  if (!token) {
    throw refuse({
      ko: '서브그래프는 게이트웨이를 거친 요청에만 응답합니다',
      en: 'Subgraphs answer only requests that come through the gateway',
    });
  }
  try {
    return await verifyInternalIdentity(token, secret);
  } catch (error) {
    if (error instanceof InternalTokenError) {
      // The token's fault is for the operator who wired the services, and stays in English.
      throw refuse({
        ko: `내부 신원 토큰이 유효하지 않습니다: ${error.message}`,
        en: error.message,
      });
    }
    throw error;
  }
}
