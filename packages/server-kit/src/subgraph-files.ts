import { mariadbAdapter } from '@capstone/db';
import { runService } from './run-service.js';
import { startSubgraph, type AnySubgraphDefinition } from './start-subgraph.js';

/**
 * A subgraph's `createPrismaClient`, from the client class Prisma generated for it: every
 * subgraph reaches MariaDB through the same driver adapter. `options` are Prisma's own (`log`).
 */
export function prismaClientFactory<Client, Options extends { adapter?: unknown }>(
  PrismaClient: new (options: Options) => Client,
): (databaseUrl: string, options?: Omit<Options, 'adapter'>) => Client {
  return (databaseUrl, options) =>
    new PrismaClient({ ...options, adapter: mariadbAdapter(databaseUrl) } as Options);
}

/** The whole of a subgraph's `main.ts`: its own process, configured from the environment. */
export function runSubgraph(definition: AnySubgraphDefinition): Promise<void> {
  return runService(definition.name, (config) => startSubgraph(definition, { config }));
}
