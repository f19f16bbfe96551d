import type { IndexChartCode } from '@capstone/kis-client';
import type { BarTarget } from './bars.js';
import type { Pool } from '../storage/pool.js';
import { TRACKED_INDICES } from '../settings.js';

export interface StockTarget {
  kind: 'stock';
  symbol: string;
  /** Listing date from the master file, when known: no bars are expected before it. */
  listedOn: string | null;
}

/** Every tracked stock still listed (largest first) and the collected indices. */
export async function trackedTargets(pool: Pool): Promise<(StockTarget | BarTarget)[]> {
  const [rows] = await pool.query(
    'SELECT symbol, listedOn FROM Instrument WHERE tracked = true AND delistedOn IS NULL ORDER BY marketCap IS NULL, marketCap DESC, symbol',
  );
  return [
    ...(rows as { symbol: string; listedOn: string | null }[]).map((row): StockTarget => ({
      kind: 'stock',
      symbol: row.symbol,
      listedOn: row.listedOn,
    })),
    ...TRACKED_INDICES.map((index): BarTarget => ({ kind: 'index', code: index.code })),
  ];
}

export const listedOnOf = (target: BarTarget | StockTarget) =>
  'listedOn' in target ? target.listedOn : null;

export const isIndexCode = (code: string): code is IndexChartCode =>
  TRACKED_INDICES.some((index) => index.code === code);
