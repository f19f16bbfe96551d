import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type DailyBarRow,
  type InstrumentRow,
  IngestValueError,
  upsertDailyBars,
  upsertInstruments,
  upsertQuotes,
} from '../src/etl/storage/ingest.js';
import { addInstruments, scratchMarketData } from './support/scratch-database.js';

let db: Awaited<ReturnType<typeof scratchMarketData>>;

beforeAll(async () => {
  db = await scratchMarketData();
  await addInstruments(db.pool, ['005930', '000660']);
});
afterAll(() => db?.drop());
beforeEach(async () => {
  await db.pool.query('DELETE FROM DailyBar');
  await db.pool.query('DELETE FROM Quote');
});

const bars = (symbol: string, count: number, close = 100): DailyBarRow[] =>
  Array.from({ length: count }, (_, day) => ({
    symbol,
    date: new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    open: '100',
    high: '110',
    low: '90',
    close: String(close + day),
    volume: String(1_000 + day),
    rawClose: String(close + day),
    splitRatio: null,
    exDateCode: null,
    revaluationReason: null,
  }));

const stored = async () => {
  const [rows] = await db.pool.query(
    'SELECT symbol, date, open, high, low, close, volume FROM DailyBar ORDER BY symbol, date',
  );
  return rows as Record<string, string>[];
};

describe('the ingest path', () => {
  it('writes every row once however it splits them into statements, transactions and connections', async () => {
    const rows = [...bars('005930', 53), ...bars('000660', 41)];
    const stats = await upsertDailyBars(db.pool, rows, {
      batchRows: 7,
      transactionRows: 20,
      parallel: 3,
    });
    expect(stats).toEqual({ rows: 94, changed: 94 });
    const written = await stored();
    expect(written).toHaveLength(94);
    expect(written[0]).toEqual({
      symbol: '000660',
      date: '2024-01-01',
      open: '100.00',
      high: '110.00',
      low: '90.00',
      close: '100.00',
      volume: '1000',
    });
  });

  it('changes nothing, and says so, when the same rows come again', async () => {
    const rows = bars('005930', 30);
    await upsertDailyBars(db.pool, rows);
    const before = await stored();
    expect(await upsertDailyBars(db.pool, rows, { batchRows: 4 })).toEqual({
      rows: 30,
      changed: 0,
    });
    expect(await stored()).toEqual(before);
  });

  it('counts new and corrected rows as changed, and overwrites a corrected bar', async () => {
    await upsertDailyBars(db.pool, bars('005930', 10));
    const corrected = bars('005930', 12);
    corrected[3] = { ...corrected[3]!, close: '999' };
    expect(await upsertDailyBars(db.pool, corrected)).toEqual({ rows: 12, changed: 3 });
    expect((await stored())[3]?.close).toBe('999.00');
  });

  it('writes a transaction whole or not at all', async () => {
    const rows = [...bars('005930', 5), { ...bars('005930', 1)[0]!, symbol: '123456' }];
    await expect(
      upsertDailyBars(db.pool, rows, { batchRows: 2, transactionRows: 10 }),
    ).rejects.toThrow(/foreign key/i);
    expect(await stored()).toEqual([]);
  });

  it('refuses a value that is not what its column holds, before anything reaches the database', async () => {
    const rows = [
      ...bars('005930', 3),
      { ...bars('005930', 1)[0]!, close: '1); DROP TABLE DailyBar; --' },
    ];
    await expect(upsertDailyBars(db.pool, rows)).rejects.toThrow(IngestValueError);
    await expect(
      upsertDailyBars(db.pool, [{ ...bars('005930', 1)[0]!, date: '2024-1-1' }]),
    ).rejects.toThrow(/DailyBar.date: "2024-1-1" is not a date/);
    expect(await stored()).toEqual([]);
  });

  it('writes names as they are, quotes and all; the master sets sectors and keeps a sector it lacks', async () => {
    await db.pool.query("UPDATE Instrument SET sectorCode = '0029', delistedOn = '2024-01-02'");
    const row: InstrumentRow = {
      symbol: '005930',
      nameKo: '삼성전자 \'A\' \\ "B"',
      market: 'KOSPI',
      kind: 'COMMON_STOCK',
      securityGroup: 'ST',
      sectorCode: '0013',
      isin: null,
      listedOn: '1975-06-11',
      halted: false,
      administrative: true,
      liquidationTrading: false,
      marketWarning: 'CAUTION',
      parValue: '100',
      listedShares: '5846278000',
      marketCap: '400000000000000',
      marketCapAsOf: '2024-01-04',
      masterSeenOn: '2024-01-05',
    };
    await upsertInstruments(db.pool, [
      row,
      { ...row, symbol: '000660', nameKo: 'SK하이닉스', sectorCode: null, administrative: false },
    ]);
    const [rows] = await db.pool.query(
      'SELECT symbol, nameKo, sectorCode, administrative, marketWarning, listedShares, marketCap, marketCapAsOf, delistedOn FROM Instrument ORDER BY symbol',
    );
    const common = {
      marketWarning: 'CAUTION',
      listedShares: '5846278000',
      marketCap: '400000000000000',
      marketCapAsOf: '2024-01-04',
      // Listed again in today's master.
      delistedOn: null,
    };
    expect(rows).toEqual([
      { ...common, symbol: '000660', nameKo: 'SK하이닉스', sectorCode: '0029', administrative: 0 },
      { ...common, symbol: '005930', nameKo: row.nameKo, sectorCode: '0013', administrative: 1 },
    ]);
  });

  it('never moves a quote back in time, whatever order the stream and the poller deliver in', async () => {
    const quote = (price: string, at: string) => ({
      symbol: '005930',
      price,
      change: '0',
      changeRate: '-0.0123',
      volume: '10',
      tradedAt: new Date(at),
      source: 'STREAM' as const,
    });
    await upsertQuotes(db.pool, [quote('56000', '2024-01-02T01:00:02Z')]);
    await upsertQuotes(db.pool, [quote('55000', '2024-01-02T01:00:01Z')]);
    const [rows] = await db.pool.query('SELECT price, changeRate, tradedAt FROM Quote');
    expect(rows).toEqual([
      { price: '56000.00', changeRate: '-0.012300', tradedAt: '2024-01-02 01:00:02.000' },
    ]);
  });
});
