import { randomBytes } from 'node:crypto';
import { dropDatabase, migrate } from '@capstone/db';
import { prismaFiles } from '@capstone/market-data';
import { createEtlPool } from '@capstone/market-data/etl';
import type { Pool } from 'mysql2/promise';

/** A fresh, migrated market-data database of its own, with an ETL pool on it. */
export async function scratchMarketData(): Promise<{
  url: string;
  pool: Pool;
  drop: () => Promise<void>;
}> {
  const worker = process.env.VITEST_POOL_ID ?? '0';
  const server = new URL(process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306');
  server.pathname = `/capstone_test_${worker}_${randomBytes(3).toString('hex')}_market_data`;
  const url = server.toString();
  await migrate({ url, migrationsDir: prismaFiles.migrationsDir });
  const pool = createEtlPool(url);
  return {
    url,
    pool,
    drop: async () => {
      await pool.end();
      await dropDatabase(url);
    },
  };
}

/** Adds instruments the bars can refer to. */
export async function addInstruments(pool: Pool, symbols: string[]): Promise<void> {
  await pool.query(
    `INSERT INTO Instrument (symbol, nameKo, market, updatedAt) VALUES ${symbols.map(() => "(?, ?, 'KOSPI', ?)").join(', ')}`,
    symbols.flatMap((symbol) => [symbol, `종목 ${symbol}`, new Date()]),
  );
}
