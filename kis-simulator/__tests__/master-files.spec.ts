import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndexMaster, parseStockMaster } from '@capstone/kis-client';
import {
  DEFAULT_UNIVERSE,
  MASTER_EXTRAS,
  startKisSimulator,
  type KisSimulator,
} from '@capstone/kis-simulator';
import { manualClock } from './support/kis.js';

const clock = manualClock('2024-03-05T11:00:00+09:00');
let simulator: KisSimulator;

beforeAll(async () => {
  // The default universe (all KOSPI), a KOSDAQ stock, a preferred share and an ETF.
  simulator = await startKisSimulator({
    now: clock.now,
    symbols: [...DEFAULT_UNIVERSE, '247540', ...MASTER_EXTRAS],
  });
});
afterAll(() => simulator.close());

async function download(
  name: string,
  from: KisSimulator = simulator,
): Promise<{ entries: string[]; file: Uint8Array }> {
  const response = await fetch(`${from.masterFilesUrl}/${name}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/zip');
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  const entries = Object.keys(files);
  return { entries, file: files[entries[0] ?? ''] ?? new Uint8Array() };
}

const recordLengths = (file: Uint8Array) => {
  const lengths: number[] = [];
  let start = 0;
  file.forEach((byte, i) => {
    if (byte === 0x0a) {
      lengths.push(i - start);
      start = i + 1;
    }
  });
  return lengths;
};

describe('master files', () => {
  it('serves the three zips at KIS’s paths, under the REST host', () => {
    expect(simulator.masterFilesUrl).toBe(`${simulator.restUrl}/common/master`);
  });

  it('writes kospi_code.mst in the real layout, which the client’s parser reads back', async () => {
    const { entries, file } = await download('kospi_code.mst.zip');
    expect(entries).toEqual(['kospi_code.mst']);
    // 9 + 12 + 40 bytes of code, ISIN and cp949 name, then the 227-byte block: 288 bytes + LF.
    expect(new Set(recordLengths(file))).toEqual(new Set([288]));
    const records = parseStockMaster(file, 'KOSPI');
    const kospi = simulator.universe.filter((instrument) => instrument.market === 'KOSPI');
    expect(records.map((record) => record.symbol)).toEqual(
      kospi.map((instrument) => instrument.symbol),
    );
    const samsung = records.find((record) => record.symbol === '005930');
    const lastBar = simulator.dailyBars('005930').at(-1);
    expect(samsung).toEqual({
      market: 'KOSPI',
      symbol: '005930',
      isin: 'KR7005930003',
      nameKo: '삼성전자',
      securityGroup: 'ST',
      exchangeTradedProduct: null,
      industry: { large: '0027', medium: '0013', small: '0000' },
      basePrice: lastBar?.close,
      halted: false,
      administrative: false,
      liquidationTrading: false,
      marketWarning: 'none',
      exDateCode: '00',
      parChange: 'none',
      capitalIncreaseCode: '00',
      parValue: 100,
      krxSemiconductor: false,
      listedOn: '1975-06-11',
      listedSharesThousands: 5_846_278,
      marketCapEok: Math.round(((lastBar?.close ?? 0) * 5_846_278_000) / 1e8),
      preferred: false,
    });
    expect(records.find((record) => record.symbol === '000660')?.krxSemiconductor).toBe(true);
    expect(records.find((record) => record.symbol === '005935')).toMatchObject({
      nameKo: '삼성전자우',
      isin: 'KR7005931001',
      preferred: true,
    });
    expect(records.find((record) => record.symbol === '069500')).toMatchObject({
      securityGroup: 'EF',
      exchangeTradedProduct: 'ETF',
    });
    for (const record of records) {
      const instrument = kospi.find((candidate) => candidate.symbol === record.symbol);
      expect(record).toMatchObject({ isin: instrument?.isin, nameKo: instrument?.nameKo });
    }
  });

  it('writes kosdaq_code.mst with its own 221-byte block', async () => {
    const { file } = await download('kosdaq_code.mst.zip');
    expect(new Set(recordLengths(file))).toEqual(new Set([282]));
    const records = parseStockMaster(file, 'KOSDAQ');
    expect(records.find((record) => record.symbol === '247540')).toMatchObject({
      market: 'KOSDAQ',
      isin: 'KR7247540008',
      nameKo: '에코프로비엠',
      securityGroup: 'ST',
      listedOn: '2019-03-05',
      industry: { large: '1009', medium: '1028', small: '0000' },
    });
    expect(records.length).toBe(
      simulator.universe.filter((instrument) => instrument.market === 'KOSDAQ').length,
    );
  });

  it('writes idxcode.mst with the headline indices', async () => {
    const { entries, file } = await download('idxcode.mst.zip');
    expect(entries).toEqual(['idxcode.mst']);
    expect(new Set(recordLengths(file))).toEqual(new Set([45]));
    expect(parseIndexMaster(file)).toEqual(
      expect.arrayContaining([
        { division: '0', code: '0001', name: '종합' },
        { division: '1', code: '1001', name: 'KOSDAQ' },
        { division: '2', code: '2001', name: 'KOSPI200' },
        { division: '0', code: '0013', name: '전기·전자' },
      ]),
    );
  });

  it('announces a split on its day: halted before it, then the new par value and share count', async () => {
    const at = (day: string) => manualClock(`${day}T08:00:00+09:00`).now;
    const samsungOn = async (day: string) => {
      const dated = await startKisSimulator({ now: at(day), symbols: ['005930'] });
      try {
        const { file } = await download('kospi_code.mst.zip', dated);
        return parseStockMaster(file, 'KOSPI')[0]!;
      } finally {
        await dated.close();
      }
    };
    const halted = await samsungOn('2018-05-02');
    expect(halted).toMatchObject({ halted: true, parChange: 'none', parValue: 5000 });
    const split = await samsungOn('2018-05-04');
    expect(split).toMatchObject({ halted: false, parChange: 'split', parValue: 100 });
    expect(split.listedSharesThousands! / halted.listedSharesThousands!).toBeCloseTo(50, 2);
    // The base price is the last close before the halt over 50; the market cap is unchanged.
    expect(Math.abs(split.marketCapEok! / halted.marketCapEok! - 1)).toBeLessThan(0.01);
  });

  it('leaves a delisted instrument out from its delisting day', async () => {
    const dated = await startKisSimulator({
      now: clock.now,
      symbols: ['005930', '000660'],
    });
    try {
      dated.delist('000660', '2024-03-07');
      const symbols = async () =>
        parseStockMaster((await download('kospi_code.mst.zip', dated)).file, 'KOSPI').map(
          (record) => record.symbol,
        );
      expect(await symbols()).toEqual(['005930', '000660']);
      clock.set('2024-03-07T08:00:00+09:00');
      expect(await symbols()).toEqual(['005930']);
    } finally {
      clock.set('2024-03-05T11:00:00+09:00');
      await dated.close();
    }
  });

  it('answers 404 for a file KIS does not publish here', async () => {
    expect((await fetch(`${simulator.masterFilesUrl}/nope.mst.zip`)).status).toBe(404);
  });
});
