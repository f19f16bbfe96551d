import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator } from '@capstone/kis-simulator';
import {
  KisNotSupportedError,
  KisUnknownSymbolError,
  createKisClient,
  memoryTokenStore,
  type DailyBar,
  type KisClient,
} from '@capstone/kis-client';
import { credentials } from './support/loopback.js';

type Simulator = Awaited<ReturnType<typeof startKisSimulator>>;

let simulator: Simulator;
let kis: KisClient;

beforeAll(async () => {
  simulator = await startKisSimulator({
    dataDir: new URL('../../../shared/data/krx/arclien_stock', import.meta.url).pathname,
    symbols: ['005930'],
  });
  kis = createKisClient({
    env: 'real',
    ...credentials(),
    restUrl: simulator.restUrl,
    tokenStore: memoryTokenStore(),
  });
});

afterAll(async () => {
  await kis?.close();
  await simulator?.close();
});

const ohlcv = (bar: DailyBar) => ({
  date: bar.date,
  open: bar.open,
  high: bar.high,
  low: bar.low,
  close: bar.close,
  volume: bar.volume,
});

describe('paging the daily chart of 005930 back to 2015-01-02', () => {
  it('returns exactly the adjusted bars the simulator replays, oldest first', async () => {
    const truth = simulator.adjustedDailyBars('005930');
    expect(truth[0]!.date).toBe('2015-01-02');
    const to = truth.at(-1)!.date;
    const requestsBefore = simulator.stats().requests;

    const bars = await kis.dailyBars('005930', {
      from: '2015-01-02',
      to,
      period: 'D',
      adjusted: true,
    });

    expect(bars.map(ohlcv)).toEqual(truth);
    expect(bars.every((bar) => Number.isInteger(bar.close) && bar.tradedValue >= 0)).toBe(true);
    // 100 rows a call: no more calls than pages (plus a possible empty last one).
    const calls = simulator.stats().requests - requestsBefore;
    expect(calls).toBeLessThanOrEqual(Math.ceil(truth.length / 100) + 1);
  });

  it('yields page by page for upserts: at most 100 rows each, newest page first', async () => {
    const truth = simulator.dailyBars('005930');
    const from = truth[truth.length - 250]!.date;
    const to = truth.at(-1)!.date;
    const pages: DailyBar[][] = [];
    for await (const page of kis.dailyBarPages('005930', {
      from,
      to,
      period: 'D',
      adjusted: true,
    })) {
      pages.push(page);
    }
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    for (const page of pages) {
      expect(page.map((bar) => bar.date)).toEqual([...page.map((bar) => bar.date)].sort());
    }
    expect(pages[0]!.at(-1)!.date).toBe(to);
    expect(pages.reverse().flat().map(ohlcv)).toEqual(truth.slice(-250));
  });

  it('stops at a range inside the history and keeps only its dates', async () => {
    const bars = await kis.dailyBars('005930', { from: '2016-03-02', to: '2016-03-31' });
    const truth = simulator
      .adjustedDailyBars('005930')
      .filter((bar) => bar.date >= '2016-03-02' && bar.date <= '2016-03-31');
    expect(bars.map(ohlcv)).toEqual(truth);
  });

  it('reads raw prices when asked, and the split’s ratio and day in both series', async () => {
    const range = { from: '2018-04-25', to: '2018-05-09' };
    const raw = await kis.dailyBars('005930', { ...range, adjusted: false });
    const adjusted = await kis.dailyBars('005930', range);
    expect(raw.map(ohlcv)).toEqual(
      simulator.dailyBars('005930').filter((bar) => bar.date >= range.from && bar.date <= range.to),
    );
    const splitDay = (bars: DailyBar[]) => bars.filter((bar) => bar.splitRatio);
    expect(splitDay(raw).map((bar) => [bar.date, bar.splitRatio])).toEqual([['2018-05-04', 0.02]]);
    expect(splitDay(adjusted).map((bar) => bar.date)).toEqual(['2018-05-04']);
    // Before the split the raw close is 50 times the adjusted one; after it they agree.
    expect(raw[0]!.close).toBe(adjusted[0]!.close * 50);
    expect(raw.at(-1)!.close).toBe(adjusted.at(-1)!.close);
  });
});

describe('the other quotation endpoints', () => {
  it('reads the current price into numbers', async () => {
    const price = await kis.currentPrice('005930');
    expect(price.symbol).toBe('005930');
    for (const field of ['price', 'open', 'high', 'low', 'volume', 'previousClose'] as const) {
      expect(Number.isInteger(price[field])).toBe(true);
    }
    expect(price.low).toBeLessThanOrEqual(price.price);
    expect(price.high).toBeGreaterThanOrEqual(price.price);
    expect(price.upperLimit).toBeGreaterThan(price.lowerLimit);
  });

  it('refuses an unknown symbol with a typed error', async () => {
    await expect(kis.currentPrice('999999')).rejects.toBeInstanceOf(KisUnknownSymbolError);
  });

  it('reads the latest 30 days oldest first', async () => {
    const rows = await kis.recentDailyPrices('005930');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(30);
    expect(rows.map((row) => row.date)).toEqual([...rows.map((row) => row.date)].sort());
    const truth = new Map(simulator.dailyBars('005930').map((bar) => [bar.date, bar]));
    for (const row of rows) expect(row.close).toBe(truth.get(row.date)?.close);
  });

  it('pages the KOSPI index chart 50 rows at a time', async () => {
    const truth = simulator.indexBars('0001');
    const from = truth[truth.length - 120]!.date;
    const to = truth.at(-1)!.date;
    const pages: number[] = [];
    for await (const page of kis.indexBarPages('0001', { from, to })) pages.push(page.length);
    expect(pages).toEqual([50, 50, 20]);
    const bars = await kis.indexBars('0001', { from, to, period: 'D' });
    expect(
      bars.map(({ date, open, high, low, close, volume, tradedValue }) => ({
        date,
        open,
        high,
        low,
        close,
        volume,
        value: tradedValue,
      })),
    ).toEqual(truth.slice(-120));
  });

  it('refuses real-only TRs on a mock client without calling KIS', async () => {
    const mock = createKisClient({
      env: 'mock',
      ...credentials(),
      restUrl: simulator.restUrl,
      tokenStore: memoryTokenStore(),
    });
    const before = simulator.stats().requests;
    await expect(mock.stockInfo('005930')).rejects.toBeInstanceOf(KisNotSupportedError);
    await expect(mock.holidays('2026-01-02')).rejects.toThrow(/^CTCA0903R NOT_SUPPORTED/);
    expect(simulator.stats().requests).toBe(before);
    await mock.close();
  });

  it('reads the market calendar (real only)', async () => {
    const days = await kis.holidays('2026-01-01');
    expect(days.length).toBeGreaterThan(0);
    expect(days[0]).toEqual({
      date: '2026-01-01',
      weekday: 'thu',
      businessDay: false,
      tradingDay: false,
      marketOpen: false,
      settlementDay: false,
    });
    expect(days.find((day) => day.date === '2026-01-02')).toMatchObject({ marketOpen: true });
  });

  it('reads the stock info of a real-environment instrument', async () => {
    const info = await kis.stockInfo('005930');
    expect(info).toMatchObject({ symbol: '005930', isin: 'KR7005930003' });
    expect(info.name.length).toBeGreaterThan(0);
  });
});
