import { readFileSync } from 'node:fs';
import { databaseUrl, type Env } from '@capstone/config';
import { withConnection } from '@capstone/db';
import type { BarRow } from '@capstone/market-data';
import { repoRoot } from '@capstone/platform';
import { join } from 'node:path';

/** The real KRX daily bars beside the project (never copied into it). */
export const KRX_DATA_DIR = join(repoRoot, '..', 'shared', 'data', 'krx', 'arclien_stock');

/** Real KOSPI closes, 2010-01-04 … 2025-05-22 (close only; see SOURCES.md there). */
export const KOSPI_CLOSES_FILE = join(
  repoRoot,
  '..',
  'shared',
  'data',
  'krx',
  'index',
  'kospi_close_credit_2010-2025_walnutbrown.csv',
);

/** KOSPI closes from the shared file, oldest first (its one blank close left out). */
export function readKospiCloses(
  from = '0000-00-00',
  to = '9999-99-99',
): { date: string; close: string }[] {
  return readFileSync(KOSPI_CLOSES_FILE, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([date, close]) => date && close && date >= from && date <= to)
    .map(([date, close]) => ({ date: date!, close: close! }))
    .reverse();
}

/** The CSV holds what the ETL writes, so the ETL's row type is the fixture's. */
export type Bar = BarRow;

/** Trading days of one stock from the shared CSV (rows of zeros are weekends and holidays). */
export function readKrxBars(symbol: string, from = '0000-00-00', to = '9999-99-99'): Bar[] {
  const text = readFileSync(join(KRX_DATA_DIR, `${symbol}.csv`), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(','))
    .filter(([date, open]) => open !== '0' && date! >= from && date! <= to)
    .map(([date, open, high, low, close, volume]) => ({
      date: date!,
      open: open!,
      high: high!,
      low: low!,
      close: close!,
      volume: volume!,
    }));
}

/**
 * Puts real bars straight into a test's market-data database, for tests of other services
 * that need exact, known closes. Straight in because no API writes prices: they come only from
 * KIS through the ETL, and that path to these same bars (a simulator replaying the CSV files,
 * backfilled through the API) is tested on its own in e2e/market-data-etl and
 * e2e/market-data-admin, where it takes a simulator, a worker and a run per test.
 */
export async function insertKrxBars(
  config: Env,
  symbols: string[],
  from: string,
  to: string,
): Promise<number> {
  let count = 0;
  await withConnection(databaseUrl(config, 'market-data'), async (connection) => {
    for (const symbol of symbols) {
      const bars = readKrxBars(symbol, from, to);
      if (bars.length === 0) continue;
      await connection.batch(
        // The files' prices are what the ETL stores as adjusted; as the raw close they stand for
        // the days after the last split (the split-adjusted files say nothing of earlier ones).
        'INSERT INTO DailyBar (symbol, date, open, high, low, close, volume, rawClose) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE close = VALUES(close), rawClose = VALUES(rawClose)',
        bars.map((bar) => [
          symbol,
          bar.date,
          bar.open,
          bar.high,
          bar.low,
          bar.close,
          bar.volume,
          bar.close,
        ]),
      );
      count += bars.length;
    }
  });
  return count;
}

/**
 * Puts real KOSPI closes (index 0001) into a test's market-data database, as insertKrxBars does
 * for stocks: the file has closes only, so open, high and low repeat the close and the volumes
 * are 0.
 */
export async function insertKospiBars(config: Env, from: string, to: string): Promise<number> {
  const bars = readKospiCloses(from, to);
  await withConnection(databaseUrl(config, 'market-data'), async (connection) => {
    await connection.query(
      "INSERT INTO MarketIndex (code, name, tracked, updatedAt) VALUES ('0001', 'KOSPI', true, NOW(3)) ON DUPLICATE KEY UPDATE tracked = true",
    );
    if (bars.length === 0) return;
    await connection.batch(
      "INSERT INTO IndexBar (code, date, open, high, low, close, volume, tradedValue) VALUES ('0001', ?, ?, ?, ?, ?, 0, 0) ON DUPLICATE KEY UPDATE close = VALUES(close)",
      bars.map((bar) => [bar.date, bar.close, bar.close, bar.close, bar.close]),
    );
  });
  return bars.length;
}
