import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { largestCommonStocks, parseStockMaster } from '@capstone/kis-client';

/** KIS's real master files, beside the project (never copied into it). */
const master = (file: string, market: 'KOSPI' | 'KOSDAQ') =>
  parseStockMaster(
    new Uint8Array(
      readFileSync(new URL(`../../../../shared/kis/master_files/${file}`, import.meta.url)),
    ),
    market,
  );

describe('the default universe', () => {
  const records = [...master('kospi_code.mst', 'KOSPI'), ...master('kosdaq_code.mst', 'KOSDAQ')];

  it('is the 50 largest common stocks of the real master files, by market cap', () => {
    const universe = largestCommonStocks(records, 50);
    expect(universe).toHaveLength(50);
    expect(universe[0]?.symbol).toBe('005930');
    expect(universe.map((record) => record.symbol)).toContain('000660');
    const caps = universe.map((record) => record.marketCapEok!);
    expect(caps).toEqual([...caps].sort((a, b) => b - a));
    // Nothing left out was larger than the smallest one taken.
    const taken = new Set(universe.map((record) => record.symbol));
    const smallest = caps.at(-1)!;
    const larger = largestCommonStocks(records, records.length).filter(
      (record) => !taken.has(record.symbol) && record.marketCapEok! > smallest,
    );
    expect(larger).toEqual([]);
  });

  it('leaves out preferred shares, ETFs and the other non-stock listings', () => {
    const universe = largestCommonStocks(records, 300);
    expect(universe.every((record) => record.securityGroup === 'ST' && !record.preferred)).toBe(
      true,
    );
    // Samsung Electronics' preferred share is among the largest listings, but not a common stock.
    expect(records.some((record) => record.symbol === '005935')).toBe(true);
    expect(universe.map((record) => record.symbol)).not.toContain('005935');
  });
});
