import { tradingDays } from '@capstone/krx-calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOnTickGrid } from '@capstone/krx-rules';
import {
  KNOWN_SPLITS,
  startKisSimulator,
  type KisSimulator,
  type SimulatedBar,
} from '@capstone/kis-simulator';

// Twelve years of history: 2015-01-02 up to the last trading day of 2026 ("today" is a Saturday).
const now = () => new Date('2027-01-02T12:00:00+09:00');
let simulator: KisSimulator;
let bars: Map<string, SimulatedBar[]>;

beforeAll(async () => {
  simulator = await startKisSimulator({ now });
  bars = new Map(
    simulator.universe.map((instrument) => [
      instrument.symbol,
      simulator.dailyBars(instrument.symbol),
    ]),
  );
  simulator.indexBars('0001');
});
afterAll(() => simulator.close());

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function returnsByDate(series: SimulatedBar[]): Map<string, number> {
  const result = new Map<string, number>();
  for (let i = 1; i < series.length; i++) {
    const previous = series[i - 1];
    const bar = series[i];
    if (previous && bar) result.set(bar.date, Math.log(bar.close / previous.close));
  }
  return result;
}

function correlation(a: Map<string, number>, b: Map<string, number>): number {
  const pairs = [...a]
    .filter(([date]) => b.has(date))
    .map(([date, x]) => [x, b.get(date) ?? 0] as const);
  const mx = mean(pairs.map(([x]) => x));
  const my = mean(pairs.map(([, y]) => y));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('synthetic daily bars', () => {
  // How fast they are generated is measured by bench/, never asserted here.
  it('cover 50 stocks × 12 years (and the index)', () => {
    const total = [...bars.values()].reduce((sum, series) => sum + series.length, 0);
    expect(bars.size).toBe(50);
    expect(total).toBeGreaterThan(120_000);
  });

  it('fall exactly on KRX trading days, from listing to the last day before today, but for halts', () => {
    const calendar = tradingDays('2015-01-02', '2026-12-31');
    // Samsung Electronics did not trade from 30 April to 3 May 2018, before its 50:1 split.
    const halted = ['2018-04-30', '2018-05-02', '2018-05-03'];
    expect(bars.get('005930')?.map((bar) => bar.date)).toEqual(
      calendar.filter((day) => !halted.includes(day)),
    );
    expect(calendar.at(-1)).toBe('2026-12-30');
    const lges = bars.get('373220') ?? [];
    expect(lges[0]?.date).toBe('2022-01-27');
    expect(lges.map((bar) => bar.date)).toEqual(tradingDays('2022-01-27', '2026-12-31'));
  });

  it('are consistent OHLC on the KRX tick grid, with positive volume, within the daily limit', () => {
    const problems: string[] = [];
    for (const instrument of simulator.universe) {
      const series = bars.get(instrument.symbol) ?? [];
      series.forEach((bar, i) => {
        const where = `${instrument.symbol} ${bar.date}`;
        if (bar.low > Math.min(bar.open, bar.close))
          problems.push(`${where}: low above open/close`);
        if (bar.high < Math.max(bar.open, bar.close))
          problems.push(`${where}: high below open/close`);
        if (!(bar.volume > 0)) problems.push(`${where}: volume ${bar.volume}`);
        for (const price of [bar.open, bar.high, bar.low, bar.close]) {
          if (
            !Number.isInteger(price) ||
            !isOnTickGrid(price, { market: instrument.market, date: bar.date })
          ) {
            problems.push(`${where}: ${price} is off the tick grid`);
          }
        }
        // The limit is around the base price: the previous close, over a split's ratio.
        const split = KNOWN_SPLITS.find(
          (known) => known.symbol === instrument.symbol && known.date === bar.date,
        );
        const base = (series[i - 1]?.close ?? bar.open) / (split?.ratio ?? 1);
        if (bar.high > base * 1.3 || bar.low < base * 0.7) {
          problems.push(`${where}: beyond the ±30% limit`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('are the same for the same seed and differ for another', async () => {
    const twin = await startKisSimulator({ now });
    const other = await startKisSimulator({ now, seed: 7 });
    const restricted = await startKisSimulator({ now, symbols: ['000660', '005930'] });
    try {
      expect(twin.dailyBars('005930')).toEqual(bars.get('005930'));
      expect(twin.indexBars('0001')).toEqual(simulator.indexBars('0001'));
      expect(other.dailyBars('005930')).not.toEqual(bars.get('005930'));
      // Each stock draws from its own stream: a smaller universe leaves its path unchanged.
      expect(restricted.dailyBars('005930')).toEqual(bars.get('005930'));
    } finally {
      await Promise.all([twin.close(), other.close(), restricted.close()]);
    }
  });

  it('pass through pinned closes exactly, and run free after them', async () => {
    const pinned = await startKisSimulator({
      now,
      symbols: ['005930', '036460'],
      pinnedCloses: {
        '005930': { date: '2022-09-19', close: 56_400 },
        '036460': { date: '2022-09-19', close: 36_300 },
      },
    });
    try {
      const samsung = pinned.dailyBars('005930');
      const at = (series: readonly SimulatedBar[], date: string) =>
        series.find((bar) => bar.date === date);
      expect(at(samsung, '2022-09-19')?.close).toBe(56_400);
      expect(at(pinned.dailyBars('036460'), '2022-09-19')?.close).toBe(36_300);
      // Still a random path on both sides of the pin, not a straight line to it.
      const before = samsung.filter((bar) => bar.date < '2022-09-19').map((bar) => bar.close);
      expect(new Set(before.slice(-20)).size).toBeGreaterThan(10);
      expect(samsung.at(-1)?.date).toBe(bars.get('005930')?.at(-1)?.date);
      // Unpinned runs are untouched by another run's pins.
      expect(simulator.dailyBars('005930')).toEqual(bars.get('005930'));
    } finally {
      await pinned.close();
    }
  });

  it('correlate more within a KRX sector than across sectors', () => {
    // Adjusted prices: a split is no return.
    const returns = new Map(
      [...bars.keys()].map((symbol) => [
        symbol,
        returnsByDate(simulator.adjustedDailyBars(symbol)),
      ]),
    );
    const within: number[] = [];
    const across: number[] = [];
    const universe = simulator.universe;
    for (let i = 0; i < universe.length; i++) {
      for (let j = i + 1; j < universe.length; j++) {
        const a = universe[i];
        const b = universe[j];
        if (!a || !b) continue;
        const c = correlation(
          returns.get(a.symbol) ?? new Map(),
          returns.get(b.symbol) ?? new Map(),
        );
        (a.sectorCode === b.sectorCode ? within : across).push(c);
      }
    }
    expect(mean(across)).toBeGreaterThan(0.1); // the market factor
    // KRX's classes mix the factor model's groups (전기·전자 holds chipmakers, battery makers and
    // power-equipment makers), so the margin is smaller than within one group.
    expect(mean(within)).toBeGreaterThan(mean(across) + 0.05);
  });

  it('cluster volatility: squared index returns are autocorrelated', () => {
    const index = simulator.indexBars('0001');
    const squared = index
      .slice(1)
      .map((bar, i) => Math.log(bar.close / (index[i]?.close ?? bar.close)) ** 2);
    const m = mean(squared);
    let numerator = 0;
    let denominator = 0;
    squared.forEach((value, i) => {
      denominator += (value - m) ** 2;
      if (i > 0) numerator += (value - m) * ((squared[i - 1] ?? m) - m);
    });
    expect(numerator / denominator).toBeGreaterThan(0.05);
  });

  it('crash at least once: a market drawdown of more than 20% within 12 years', () => {
    const index = simulator.indexBars('0001');
    let peak = 0;
    let worst = 0;
    for (const bar of index) {
      peak = Math.max(peak, bar.close);
      worst = Math.max(worst, 1 - bar.close / peak);
    }
    expect(worst).toBeGreaterThan(0.2);
  });

  it('build cap-weighted indices from the universe, KOSPI 200 with its 30% cap', () => {
    const kospi = simulator.indexBars('0001');
    const kosdaq = simulator.indexBars('1001');
    const k200 = simulator.indexBars('2001');
    expect(kospi[0]).toMatchObject({ date: '2015-01-02', close: 1926.44 });
    expect(kosdaq[0]).toMatchObject({ date: '2015-01-02', close: 553.73 });
    expect(k200[0]?.close).toBe(256.3);
    expect(kospi.map((bar) => bar.date)).toEqual(tradingDays('2015-01-02', '2026-12-31'));
    const problems = [...kospi, ...kosdaq, ...k200].filter(
      (bar) =>
        bar.low > Math.min(bar.open, bar.close) ||
        bar.high < Math.max(bar.open, bar.close) ||
        [bar.open, bar.high, bar.low, bar.close].some(
          (level) => Number(level.toFixed(2)) !== level,
        ) ||
        !(bar.volume > 0),
    );
    expect(problems).toEqual([]);
    // Different weights, different paths.
    const move = (series: typeof kospi) => (series.at(-1)?.close ?? 0) / (series[0]?.close ?? 1);
    expect(move(k200)).not.toBeCloseTo(move(kospi), 6);
  });
});
