import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { largestCommonStocks, parseStockMaster } from '@capstone/kis-client';
import { findKrxSector, krxSector, sectorIncludes } from '@capstone/krx-rules';
import { instrumentRow } from '../src/etl/jobs/instrument-master.js';

/** KIS's real master files, beside the project (never copied into it). */
const master = (file: string, market: 'KOSPI' | 'KOSDAQ') =>
  parseStockMaster(
    readFileSync(new URL(`../../../../shared/kis/master_files/${file}`, import.meta.url)),
    market,
  );
const records = [...master('kospi_code.mst', 'KOSPI'), ...master('kosdaq_code.mst', 'KOSDAQ')];
const rows = records.map((record) => instrumentRow(record, '2026-07-01'));
const bySymbol = new Map(rows.map((row) => [row.symbol, row]));

describe('the sectors the ETL stores from the real master files', () => {
  it('are codes of the one taxonomy for every stock that has an industry', () => {
    const stocks = rows.filter((row) => row.kind === 'COMMON_STOCK');
    const unknown = stocks.filter((row) => row.sectorCode && !krxSector(row.sectorCode));
    expect(unknown).toEqual([]);
    // About 250 KOSDAQ records (software and game companies) carry no industry at all.
    const without = stocks.filter((row) => row.sectorCode === null);
    expect(without.filter((row) => row.market === 'KOSPI').map((row) => row.nameKo)).toEqual([
      '신라교역',
      '동원수산',
    ]);
    expect(without.length).toBeLessThan(300);
  });

  it('let a shock on 반도체 reach every semiconductor stock of the 50 largest, and only 전기·전자', () => {
    const semiconductors = findKrxSector('반도체').code;
    const universe = largestCommonStocks(records, 50);
    const reached = universe.filter((record) =>
      sectorIncludes(semiconductors, bySymbol.get(record.symbol)?.sectorCode),
    );
    const names = reached.map((record) => record.nameKo);
    expect(names).toEqual(expect.arrayContaining(['삼성전자', 'SK하이닉스', '한미반도체']));
    // Every member of the KRX semiconductor index among them, and every 전기·전자 company.
    for (const record of universe) {
      const member = record.krxSemiconductor || /^(0013|1028)$/.test(record.industry.medium);
      expect([record.nameKo, reached.includes(record)]).toEqual([record.nameKo, member]);
    }
    expect(reached).toHaveLength(12);
  });

  it('let a shock on 금융 reach the insurers and brokers filed under it', () => {
    const finance = findKrxSector('금융').code;
    for (const symbol of ['105560', '032830', '000810', '006800']) {
      expect(sectorIncludes(finance, bySymbol.get(symbol)?.sectorCode)).toBe(true);
    }
    expect(bySymbol.get('032830')?.sectorCode).toBe('0025'); // 삼성생명: 보험
  });
});
