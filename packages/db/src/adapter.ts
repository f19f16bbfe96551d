import { PrismaMariaDb } from '@prisma/adapter-mariadb';
import { connectionConfig } from './connection.js';

/** The Prisma driver adapter for one subgraph's database. */
export function mariadbAdapter(
  url: string,
  options: { connectionLimit?: number } = {},
): PrismaMariaDb {
  const { host, port, user, password, database, connectTimeout } = connectionConfig(url);
  return new PrismaMariaDb({
    host,
    port,
    user,
    password,
    database,
    connectTimeout,
    connectionLimit: options.connectionLimit ?? 10,
  });
}
