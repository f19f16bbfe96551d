import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { largestCommonStocks, parseStockMaster } from '@capstone/kis-client';
import { krxSectorOf } from '@capstone/krx-rules';
import { DEFAULT_UNIVERSE, startKisSimulator } from '@capstone/kis-simulator';

/** KIS's real master files, beside the project (never copied into it). */
const master = (file: string, market: 'KOSPI' | 'KOSDAQ') =>
  parseStockMaster(
    readFileSync(new URL(`../../../shared/kis/master_files/${file}`, import.meta.url)),
    market,
  );
const records = [...master('kospi_code.mst', 'KOSPI'), ...master('kosdaq_code.mst', 'KOSDAQ')];

describe('the synthetic universe', () => {
  it('is the 50 largest common stocks by market value in the real master files, largest first', () => {
    expect(DEFAULT_UNIVERSE).toEqual(largestCommonStocks(records, 50).map((r) => r.symbol));
  });

  it('has each stock’s code, ISIN, name, market and KRX sector as the master files do', async () => {
    const simulator = await startKisSimulator();
    try {
      const { universe } = simulator;
      expect(universe.map((instrument) => instrument.symbol)).toEqual(DEFAULT_UNIVERSE);
      const bySymbol = new Map(records.map((record) => [record.symbol, record]));
      for (const instrument of universe) {
        const record = bySymbol.get(instrument.symbol)!;
        expect(instrument).toMatchObject({
          isin: record.isin,
          nameKo: record.nameKo,
          market: record.market,
          kind: 'COMMON_STOCK',
          sectorCode:
            krxSectorOf({ ...record.industry, krxSemiconductor: record.krxSemiconductor })?.code ??
            null,
        });
      }
      expect(universe.slice(0, 2)).toEqual([
        {
          symbol: '005930',
          isin: 'KR7005930003',
          nameKo: '삼성전자',
          nameEn: 'Samsung Electronics',
          market: 'KOSPI',
          kind: 'COMMON_STOCK',
          sectorCode: '0013',
        },
        {
          symbol: '000660',
          isin: 'KR7000660001',
          nameKo: 'SK하이닉스',
          nameEn: 'SK hynix',
          market: 'KOSPI',
          kind: 'COMMON_STOCK',
          sectorCode: '0013',
        },
      ]);
      expect(
        new Set(universe.map((instrument) => instrument.sectorCode)).size,
      ).toBeGreaterThanOrEqual(10);
    } finally {
      await simulator.close();
    }
  });
});

describe('options', () => {
  it('refuses a history start the KRX calendar cannot cover, and unknown synthetic symbols', async () => {
    await expect(startKisSimulator({ historyFrom: '2005-01-03' })).rejects.toThrow(/2010/);
    await expect(startKisSimulator({ historyFrom: '2015-13-01' })).rejects.toThrow();
    await expect(startKisSimulator({ symbols: ['999999'] })).rejects.toThrow(/999999/);
  });

  it('starts later histories where asked', async () => {
    const simulator = await startKisSimulator({
      historyFrom: '2023-01-02',
      symbols: ['005930'],
      now: () => new Date('2024-01-03T12:00:00+09:00'),
    });
    try {
      const bars = simulator.dailyBars('005930');
      expect(bars[0]?.date).toBe('2023-01-02');
      expect(bars.at(-1)?.date).toBe('2024-01-02');
    } finally {
      await simulator.close();
    }
  });
});
