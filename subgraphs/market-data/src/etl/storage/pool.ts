import { createPool, type Pool, type PoolOptions } from 'mysql2/promise';

export type { Pool, PoolConnection } from 'mysql2/promise';

/**
 * The ETL's own connection pool: raw mysql2 rather than Prisma, because bulk upserts need
 * multi-row `INSERT … ON DUPLICATE KEY UPDATE` and the counts MySQL reports for them.
 * Dates come back as 'YYYY-MM-DD' strings and DATETIMEs are UTC, so no value passes through
 * the process's time zone; big integers and decimals come back as strings, never as floats.
 */
export function createEtlPool(url: string, options: Partial<PoolOptions> = {}): Pool {
  return createPool({
    uri: url,
    connectionLimit: 4,
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    decimalNumbers: false,
    connectTimeout: 5_000,
    // Without CLIENT_FOUND_ROWS an upsert that leaves a row as it was counts 0, not 1, so the
    // ingest path can tell new and changed rows from identical ones (see changedRows).
    flags: ['-FOUND_ROWS'],
    ...options,
  });
}
