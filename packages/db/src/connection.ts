import mariadb, { type Connection, type ConnectionConfig } from 'mariadb';

/** Connection settings from a `mysql://` or `mariadb://` URL; the database in the path is optional. */
export function connectionConfig(
  url: string,
  extra: Partial<ConnectionConfig> = {},
): ConnectionConfig {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    ...(database ? { database } : {}),
    connectTimeout: 5_000,
    ...extra,
  };
}

/** Opens one connection, hands it to `work`, and always closes it. */
export async function withConnection<T>(
  url: string,
  work: (connection: Connection) => Promise<T>,
  extra: Partial<ConnectionConfig> = {},
): Promise<T> {
  const connection = await mariadb.createConnection(connectionConfig(url, extra));
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** The same server URL pointed at no database, for CREATE and DROP DATABASE. */
export function serverUrlOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/';
  return parsed.toString();
}

export function databaseOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(
      `The database URL must name a database of letters, digits and _ (got "${name}")`,
    );
  }
  return name;
}

export async function createDatabase(url: string): Promise<void> {
  const name = databaseOf(url);
  await withConnection(serverUrlOf(url), (connection) =>
    connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    ),
  );
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseOf(url);
  await withConnection(serverUrlOf(url), (connection) =>
    connection.query(`DROP DATABASE IF EXISTS \`${name}\``),
  );
}

/** Resolves when the server answers; the error says where it looked. */
export async function pingServer(url: string): Promise<void> {
  await withConnection(serverUrlOf(url), (connection) => connection.ping());
}
