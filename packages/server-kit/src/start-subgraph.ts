import { databaseUrl, servicePort, type Env, type SubgraphName } from '@capstone/config';
import {
  createLogger,
  createMetricsRegistry,
  type Logger,
  type ReadinessCheck,
} from '@capstone/observability';
import type { GraphQLSchema } from 'graphql';
import { startHttpService, type RunningService } from './http-service.js';
import { createSubgraphYoga } from './subgraph-yoga.js';

/** What a subgraph needs of its Prisma client: a liveness query and a way to let go. */
export interface DatabaseClient {
  $queryRawUnsafe(query: string): Promise<unknown>;
  $disconnect(): Promise<void>;
}

/** Everything that makes one subgraph what it is; the running of it is shared. */
export interface SubgraphDefinition<Db extends DatabaseClient, Context extends object> {
  name: SubgraphName;
  schema: GraphQLSchema;
  createDatabaseClient: (url: string) => Db;
  /** Built for every request. */
  context: (base: { db: Db; logger: Logger; request: Request }) => Context;
}

export interface StartSubgraphOptions {
  config: Env;
  /** Defaults to the configured port for this subgraph; 0 picks a free one. */
  port?: number;
  /** Defaults to this subgraph's database on the configured server. */
  databaseUrl?: string;
}

export function defineSubgraph<Db extends DatabaseClient, Context extends object>(
  definition: SubgraphDefinition<Db, Context>,
): SubgraphDefinition<Db, Context> {
  return definition;
}

/** Starts a subgraph: its Yoga server behind the operational endpoints, with its own logs and metrics. */
export async function startSubgraph<Db extends DatabaseClient, Context extends object>(
  definition: SubgraphDefinition<Db, Context>,
  { config, port, databaseUrl: url }: StartSubgraphOptions,
): Promise<RunningService> {
  const { name } = definition;
  const logger = createLogger(name, config.LOG_LEVEL);
  const registry = createMetricsRegistry(name);
  const db = definition.createDatabaseClient(url ?? databaseUrl(config, name));
  const checks: ReadinessCheck[] = [
    { name: 'database', check: () => db.$queryRawUnsafe('SELECT 1') },
  ];
  const yoga = createSubgraphYoga<Context>({
    schema: definition.schema,
    logger,
    registry,
    production: config.NODE_ENV === 'production',
    context: ({ request }) => definition.context({ db, logger, request }),
  });
  return startHttpService({
    name,
    host: config.HOST,
    port: port ?? servicePort(config, name),
    handler: yoga,
    logger,
    registry,
    checks,
    onClose: () => db.$disconnect(),
  });
}

/** Any subgraph, for code that starts them without caring about their context types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphDefinition = SubgraphDefinition<any, any>;
