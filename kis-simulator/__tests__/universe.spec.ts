import { describe, expect, it } from 'vitest';
import { startKisSimulator } from '@capstone/kis-simulator';

describe('the synthetic universe', () => {
  it('is the 50 largest KRX stocks with real codes, names, markets and sectors', async () => {
    const simulator = await startKisSimulator();
    try {
      const { universe } = simulator;
      expect(universe).toHaveLength(50);
      expect(new Set(universe.map((instrument) => instrument.symbol)).size).toBe(50);
      expect(universe.slice(0, 2)).toEqual([
        {
          symbol: '005930',
          isin: 'KR7005930003',
          nameKo: '삼성전자',
          nameEn: 'Samsung Electronics',
          market: 'KOSPI',
          sector: 'Semiconductors & Electronics',
        },
        {
          symbol: '000660',
          isin: 'KR7000660001',
          nameKo: 'SK하이닉스',
          nameEn: 'SK hynix',
          market: 'KOSPI',
          sector: 'Semiconductors & Electronics',
        },
      ]);
      const kosdaq = universe.filter((instrument) => instrument.market === 'KOSDAQ');
      expect(kosdaq.map((instrument) => instrument.symbol)).toEqual(
        expect.arrayContaining(['247540', '086520']),
      );
      expect(new Set(universe.map((instrument) => instrument.sector)).size).toBeGreaterThanOrEqual(
        10,
      );
      for (const instrument of universe) {
        expect(instrument.symbol).toMatch(/^\d{6}$/);
        expect(instrument.isin).toBe(`KR7${instrument.symbol}00${instrument.isin.at(-1)}`);
      }
    } finally {
      await simulator.close();
    }
  });

  it('computes the ISO 6166 check digit the way the real ISINs have it', async () => {
    const simulator = await startKisSimulator();
    try {
      const isin = (symbol: string) =>
        simulator.universe.find((instrument) => instrument.symbol === symbol)?.isin;
      // Check digits from the real master files (shared/kis/master_files).
      expect(isin('035420')).toBe('KR7035420009');
      expect(isin('373220')).toBe('KR7373220003');
      expect(isin('207940')).toBe('KR7207940008');
      expect(isin('105560')).toBe('KR7105560007');
      expect(isin('015760')).toBe('KR7015760002');
      expect(isin('247540')).toBe('KR7247540008');
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
