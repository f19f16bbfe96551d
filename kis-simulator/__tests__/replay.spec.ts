import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import {
  chartBar,
  chartPages,
  credentials,
  issueToken,
  manualClock,
  quote,
  quotedBar,
  TR,
} from './support/kis.js';

// Real daily bars, read in place from ../shared (never copied into the project).
const dataUrl = new URL('../../../shared/data/krx/arclien_stock/', import.meta.url);
const dataDir = fileURLToPath(dataUrl);

function csvBars(symbol: string) {
  return readFileSync(new URL(`${symbol}.csv`, dataUrl), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split(','))
    .filter(([, open]) => Number(open) !== 0)
    .map(([date, open, high, low, close, volume]) => ({
      date: date ?? '',
      open: Number(open),
      high: Number(high),
      low: Number(low),
      close: Number(close),
      volume: Number(volume),
    }));
}

describe('replaying real KRX bars', () => {
  let simulator: KisSimulator;
  const who = credentials();
  let token: string;

  beforeAll(async () => {
    simulator = await startKisSimulator({ dataDir, rateLimits: { real: 1000, mock: 1000 } });
    token = await issueToken(simulator, who);
  });
  afterAll(() => simulator.close());

  it('serves 005930 paged back to 2015 as the CSV’s non-zero rows, adjusted across its split', async () => {
    const pages = await chartPages(
      (to) =>
        quote(simulator, { who, token }, TR.chart, {
          FID_COND_MRKT_DIV_CODE: 'J',
          FID_INPUT_ISCD: '005930',
          FID_INPUT_DATE_1: '20150101',
          FID_INPUT_DATE_2: to,
          FID_PERIOD_DIV_CODE: 'D',
          FID_ORG_ADJ_PRC: '0',
        }),
      100,
    );
    const served = pages.flat().map(chartBar).reverse();
    const csv = csvBars('005930');
    expect(csv).toHaveLength(1895); // 1,898 trading days less 3 halted around the 2018 split
    expect(served[0]?.date).toBe('2015-01-02');
    expect(served.at(-1)?.date).toBe('2022-09-19');
    // The file's prices are split-adjusted and its volumes are not: the adjusted series has its
    // prices, and volumes on the same basis (×50 before the split).
    const beforeSplit = (bar: { date: string }) => bar.date < '2018-05-04';
    expect(served).toEqual(
      csv.map((bar) => ({ ...bar, volume: bar.volume * (beforeSplit(bar) ? 50 : 1) })),
    );
    // The raw series is what traded: 1,330,000 won a share on 2 January 2015.
    const raw = simulator.dailyBars('005930');
    expect(raw[0]).toMatchObject({ date: '2015-01-02', close: 26_600 * 50 });
    expect(raw).toEqual(
      csv.map((bar) =>
        beforeSplit(bar)
          ? {
              ...bar,
              open: bar.open * 50,
              high: bar.high * 50,
              low: bar.low * 50,
              close: bar.close * 50,
            }
          : bar,
      ),
    );
  });

  it('keeps a file that is raw across a split (Kakao, 2021) as it is, and adjusts it', () => {
    const csv = csvBars('035720');
    expect(simulator.dailyBars('035720')).toEqual(csv);
    const adjusted = simulator.adjustedDailyBars('035720');
    const day = (bars: typeof csv, date: string) => bars.find((bar) => bar.date === date)!;
    expect(day(adjusted, '2021-04-09').close).toBe(day(csv, '2021-04-09').close / 5);
    expect(day(adjusted, '2021-04-15')).toEqual(day(csv, '2021-04-15'));
  });

  it('takes every <code>.csv, with names from the built-in table', () => {
    expect(simulator.universe).toHaveLength(54);
    expect(simulator.universe.find((instrument) => instrument.symbol === '036570')).toEqual({
      symbol: '036570',
      isin: 'KR7036570000',
      nameKo: 'NC', // its name in the 2026 master file
      nameEn: 'NCSOFT',
      market: 'KOSPI',
      kind: 'COMMON_STOCK',
      sectorCode: '0029',
    });
    expect(
      simulator.universe.filter((instrument) => instrument.market === 'KOSDAQ').length,
    ).toBeGreaterThan(5);
    expect(simulator.dailyBars('207940')[0]?.date).toBe('2016-11-10');
  });

  it('synthesises the indices from the stocks (cap-weighted, chained)', () => {
    const kospi = simulator.indexBars('0001');
    expect(kospi[0]).toMatchObject({ date: '2015-01-02', close: 1926.44 });
    expect(kospi.at(-1)?.date).toBe('2022-09-19');
    expect(kospi).toHaveLength(1898);
    for (const bar of kospi) {
      expect(bar.low).toBeLessThanOrEqual(Math.min(bar.open, bar.close));
      expect(bar.high).toBeGreaterThanOrEqual(Math.max(bar.open, bar.close));
    }
    // The March 2020 crash shows in the synthesised KOSPI as in the real one.
    const level = (date: string) => kospi.find((bar) => bar.date === date)?.close ?? 0;
    expect(level('2020-03-19') / level('2020-01-20')).toBeLessThan(0.75);
    expect(simulator.indexBars('1001').length).toBeGreaterThan(1800);
  });
});

describe('replay on an injected clock (time travel)', () => {
  const clock = manualClock('2020-03-10T12:00:00+09:00');
  let simulator: KisSimulator;
  const who = credentials();
  let token: string;

  beforeAll(async () => {
    simulator = await startKisSimulator({
      dataDir,
      symbols: ['005930', '000660'],
      now: clock.now,
      sessionClock: 'krx',
    });
    token = await issueToken(simulator, who);
  });
  afterAll(() => simulator.close());

  const price = async () =>
    (
      await quote(simulator, { who, token }, TR.price, {
        FID_COND_MRKT_DIV_CODE: 'J',
        FID_INPUT_ISCD: '005930',
      })
    ).body.output;

  it('serves history up to yesterday and walks today’s real bar live, ending exactly on it', async () => {
    const file = csvBars('005930');
    const today = file.find((bar) => bar.date === '2020-03-10');
    expect(simulator.dailyBars('005930').at(-1)?.date).toBe('2020-03-09');
    const midday = await price();
    expect(Number(midday.stck_prpr)).toBeGreaterThanOrEqual(today?.low ?? 0);
    expect(Number(midday.stck_prpr)).toBeLessThanOrEqual(today?.high ?? 0);
    expect(Number(midday.acml_vol)).toBeLessThan(today?.volume ?? 0);
    clock.set('2020-03-10T16:00:00+09:00');
    const closed = await price();
    expect(quotedBar('2020-03-10', closed)).toEqual(today);
    clock.set('2020-03-11T08:00:00+09:00');
    expect(simulator.dailyBars('005930').at(-1)).toEqual(today);
  });

  it('continues past the end of the files with seeded sessions from the last close', async () => {
    const late = manualClock('2022-09-20T15:00:00+09:00');
    const after = await startKisSimulator({ dataDir, symbols: ['005930'], now: late.now });
    try {
      const session = { who: credentials(), token: '' };
      session.token = await issueToken(after, session.who);
      const { output } = (
        await quote(after, session, TR.price, {
          FID_COND_MRKT_DIV_CODE: 'J',
          FID_INPUT_ISCD: '005930',
        })
      ).body;
      expect(Number(output.stck_sdpr)).toBe(56_400); // 2022-09-19's close
      expect(Number(output.stck_prpr)).toBeGreaterThan(56_400 * 0.7);
      expect(after.dailyBars('005930').at(-1)?.date).toBe('2022-09-19');
    } finally {
      await after.close();
    }
  });
});

describe('replay of unknown codes', () => {
  it('names a code it does not know by the code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kis-replay-'));
    try {
      writeFileSync(
        join(dir, '123456.csv'),
        '2024-01-02,1000,1100,990,1050,500,0\n2024-01-03,0,0,0,0,0,0\n2024-01-04,1050,1060,1000,1010,300,-0.038\n',
      );
      writeFileSync(join(dir, 'README.txt'), 'not a bar file');
      const simulator = await startKisSimulator({ dataDir: dir });
      try {
        expect(simulator.universe).toEqual([
          expect.objectContaining({ symbol: '123456', nameKo: '123456', nameEn: '123456' }),
        ]);
        expect(simulator.dailyBars('123456').map((bar) => bar.date)).toEqual([
          '2024-01-02',
          '2024-01-04',
        ]);
      } finally {
        await simulator.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
