import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MasterFileError, parseIndexMaster, parseStockMaster } from '@capstone/kis-client';

// Real KIS master files, read from ../shared (never copied into the project).
const file = (name: string) =>
  readFileSync(new URL(`../../../../shared/kis/master_files/${name}`, import.meta.url));

describe('the KOSPI master file', () => {
  const records = parseStockMaster(file('kospi_code.mst'), 'KOSPI');

  it('has every record', () => {
    expect(records).toHaveLength(2568);
    expect(new Set(records.map((record) => record.symbol)).size).toBe(2568);
  });

  it('reads Samsung Electronics field by field', () => {
    expect(records.find((record) => record.symbol === '005930')).toMatchObject({
      market: 'KOSPI',
      isin: 'KR7005930003',
      nameKo: '삼성전자',
      securityGroup: 'ST',
      listedOn: '1975-06-11',
      halted: false,
      preferred: false,
    });
  });

  it('tells preferred shares and ETFs apart from common stock', () => {
    const preferred = records.find((record) => record.symbol === '005935');
    expect(preferred).toMatchObject({ nameKo: '삼성전자우', preferred: true });
    expect(records.filter((record) => record.securityGroup === 'EF').length).toBeGreaterThan(100);
  });
});

describe('the KOSDAQ master file', () => {
  const records = parseStockMaster(file('kosdaq_code.mst'), 'KOSDAQ');

  it('has every record, with its own layout', () => {
    expect(records).toHaveLength(1821);
    expect(records.find((record) => record.symbol === '247540')).toMatchObject({
      market: 'KOSDAQ',
      isin: 'KR7247540008',
      nameKo: '에코프로비엠',
      securityGroup: 'ST',
      listedOn: '2019-03-05',
    });
  });

  it('refuses a file in the wrong layout instead of misreading it', () => {
    expect(() => parseStockMaster(Buffer.from('005930   KR7005930003삼성전자\n'), 'KOSPI')).toThrow(
      MasterFileError,
    );
  });
});

describe('the index code file', () => {
  it('reads market division, code and name', () => {
    const codes = parseIndexMaster(file('idxcode.mst'));
    expect(codes).toHaveLength(491);
    expect(codes).toEqual(
      expect.arrayContaining([
        { division: '0', code: '0001', name: '종합' },
        { division: '1', code: '1001', name: 'KOSDAQ' },
        { division: '2', code: '2001', name: 'KOSPI200' },
      ]),
    );
  });
});

describe('the flags of a master record', () => {
  const records = [
    ...parseStockMaster(file('kospi_code.mst'), 'KOSPI'),
    ...parseStockMaster(file('kosdaq_code.mst'), 'KOSDAQ'),
  ];
  const bySymbol = new Map(records.map((record) => [record.symbol, record]));

  it('reads par values, the KRX semiconductor index and a clean record as it is', () => {
    expect(bySymbol.get('005930')).toMatchObject({
      parValue: 100,
      krxSemiconductor: false,
      exchangeTradedProduct: null,
      liquidationTrading: false,
      marketWarning: 'none',
      exDateCode: '00',
      parChange: 'none',
      capitalIncreaseCode: '00',
    });
    expect(bySymbol.get('000660')).toMatchObject({ parValue: 5000, krxSemiconductor: true });
    expect(bySymbol.get('247540')?.parValue).toBe(500);
  });

  it('tells ETFs from ETNs, which have no par value', () => {
    expect(bySymbol.get('069500')).toMatchObject({ exchangeTradedProduct: 'ETF', parValue: null });
    expect(bySymbol.get('Q500061')).toMatchObject({
      securityGroup: 'EN',
      exchangeTradedProduct: 'ETN',
    });
  });

  it('finds the stocks in liquidation trading and the administrative issues', () => {
    expect(records.filter((record) => record.liquidationTrading).map((r) => r.symbol)).toEqual(
      expect.arrayContaining(['060240', '467930', '469880']),
    );
    expect(records.filter((record) => record.administrative)).toHaveLength(112);
    expect(records.filter((record) => record.halted)).toHaveLength(119);
  });
});
