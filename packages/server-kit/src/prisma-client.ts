import { mariadbAdapter } from '@capstone/db';

// Its own entry point (`@capstone/server-kit/prisma`): the migrator behind @capstone/db is heavy,
// and processes that never open a Prisma client (the ETL's command line) should not load it.

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
