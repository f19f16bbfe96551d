import { describe, expect, it } from 'vitest';
import {
  NO_COSTS,
  QuantInputError,
  runBacktest,
  type BacktestInput,
  type TrailingData,
} from '@capstone/quant';
import { tradingDays } from '@capstone/krx-calendar';

const DATES = tradingDays('2023-01-02', '2023-12-28');
/** Three synthetic stocks with different, deterministic paths. */
function closes(shock?: { from: string; factor: number }): number[][] {
  return [0, 1, 2].map((k) =>
    DATES.map((date, t) => {
      const base = Math.round(
        10_000 * (1 + 0.3 * Math.sin((t + 1) * (k + 1) * 0.05)) + 20 * t * (k - 1),
      );
      return shock && date >= shock.from ? Math.round(base * shock.factor) : base;
    }),
  );
}
const base = (overrides: Partial<BacktestInput> = {}): BacktestInput => ({
  dates: DATES,
  symbols: ['A', 'B', 'C'],
  closes: closes(),
  initialCash: 30_000_000,
  strategy: { kind: 'target-weights', weights: [0.5, 0.3, 0.2], rebalance: { every: 'quarterly' } },
  costs: NO_COSTS,
  ...overrides,
});

describe('walk-forward backtests are out of sample by construction', () => {
  it('gives the weight function only data up to the rebalance date, as copies', async () => {
    const seen: { asOf: string; last: string; lengths: number[]; buffers: number[] }[] = [];
    const decide = (trailing: TrailingData, asOf: string) => {
      seen.push({
        asOf,
        last: trailing.dates.at(-1)!,
        lengths: trailing.returns.map((r) => r.length),
        buffers: trailing.returns.map((r) => r.buffer.byteLength / 8),
      });
      return [1 / 3, 1 / 3, 1 / 3];
    };
    const result = await runBacktest(
      base({
        strategy: { kind: 'walk-forward', decide, rebalance: { every: 'monthly' }, lookback: 40 },
      }),
    );
    expect(seen.length).toBeGreaterThan(8);
    for (const call of seen) {
      expect(call.last).toBe(call.asOf);
      expect(call.lengths).toEqual([40, 40, 40]);
      // The arrays own exactly their window: no view onto later prices through .buffer.
      expect(call.buffers).toEqual([40, 40, 40]);
    }
    // No decision before 40 returns exist: the portfolio waits in cash.
    expect(result.decisions[0]!.date > DATES[39]!).toBe(true);
    expect(result.equity.values[10]).toBe(30_000_000);
  });

  it('decides the same weights before a date whatever the prices after it', async () => {
    const momentum = (trailing: TrailingData) => {
      const growth = trailing.returns.map((r) =>
        Math.max(
          1e-6,
          r.reduce((g, x) => g * (1 + x), 1),
        ),
      );
      const sum = growth.reduce((a, b) => a + b, 0);
      return growth.map((g) => g / sum);
    };
    const strategy = {
      kind: 'walk-forward' as const,
      decide: momentum,
      rebalance: { every: 'monthly' as const },
      lookback: 60,
    };
    const plain = await runBacktest(base({ strategy }));
    const crashed = await runBacktest(
      base({ strategy, closes: closes({ from: '2023-09-01', factor: 0.4 }) }),
    );
    const before = (r: typeof plain) => r.decisions.filter((d) => d.date < '2023-09-01');
    expect(before(crashed)).toEqual(before(plain));
    expect(crashed.decisions.at(-1)).not.toEqual(plain.decisions.at(-1));
  });
});

describe('a backtest window inside the data', () => {
  it('invests from `from` while a walk-forward decision may look back before it', async () => {
    const seen: number[] = [];
    const result = await runBacktest(
      base({
        from: '2023-07-03',
        to: '2023-10-31',
        strategy: {
          kind: 'walk-forward',
          decide: (trailing) => {
            seen.push(trailing.returns[0]!.length);
            return [0.4, 0.4, 0.2];
          },
          rebalance: { every: 'monthly' },
          lookback: 60,
        },
      }),
    );
    expect(result.equity.dates[0]).toBe('2023-07-03');
    expect(result.equity.dates.at(-1)).toBe('2023-10-31');
    // The first decision, on the first day, already has 60 returns from before the window.
    expect(result.decisions[0]).toMatchObject({ date: '2023-07-03', observations: 60 });
    expect(seen[0]).toBe(60);
    expect(result.trades[0]!.date).toBe('2023-07-03');
    expect(result.rebalances.map((r) => r.date)).toEqual([
      '2023-07-03',
      '2023-08-01',
      '2023-09-01',
      '2023-10-04',
    ]);
  });
});

describe('rebalancing rules and cash', () => {
  it('rebalances on the first trading day of each quarter (KRX calendar)', async () => {
    const result = await runBacktest(base());
    expect(result.rebalances.map((r) => r.date)).toEqual([
      '2023-01-02',
      '2023-04-03',
      '2023-07-03',
      '2023-10-04',
    ]);
  });

  it('buys once and never trades again under "none"', async () => {
    const result = await runBacktest(
      base({
        strategy: {
          kind: 'target-weights',
          weights: [0.5, 0.3, 0.2],
          rebalance: { every: 'none' },
        },
      }),
    );
    expect(new Set(result.trades.map((t) => t.date))).toEqual(new Set(['2023-01-02']));
  });

  it('rebalances when a weight drifts past the threshold, and only then', async () => {
    const result = await runBacktest(
      base({
        strategy: {
          kind: 'target-weights',
          weights: [0.5, 0.3, 0.2],
          rebalance: { every: 'threshold', threshold: 0.05 },
        },
      }),
    );
    const reasons = result.rebalances.map((r) => r.reason);
    expect(reasons[0]).toBe('initial');
    expect(reasons.slice(1).every((r) => r === 'threshold')).toBe(true);
    expect(reasons.length).toBeGreaterThan(1);
  });

  it('keeps cash non-negative when commissions would push buys over, scaling the buys down', async () => {
    const costly = {
      commission: (a: number) => Math.floor(a * 0.05),
      sellTax: () => 0,
      tickSize: () => 1,
    };
    const result = await runBacktest(base({ costs: costly }));
    expect(result.finalCash).toBeGreaterThanOrEqual(0);
    const first = result.trades.filter((t) => t.date === '2023-01-02');
    const spent = first.reduce((s, t) => s + t.amount + t.commission, 0);
    expect(spent).toBeLessThanOrEqual(30_000_000);
  });
});

describe('ledger replay', () => {
  it('replays deposits, trades, dividends and withdrawals with a time-weighted index', async () => {
    const px = closes();
    const result = await runBacktest(
      base({
        initialCash: 0,
        strategy: {
          kind: 'ledger',
          entries: [
            { date: DATES[0]!, type: 'DEPOSIT', amount: 10_000_000 },
            {
              date: DATES[0]!,
              type: 'BUY',
              symbol: 'A',
              quantity: 100,
              price: px[0]![0]!,
              commission: 150,
            },
            { date: DATES[50]!, type: 'DIVIDEND', symbol: 'A', amount: 30_000 },
            { date: DATES[100]!, type: 'DEPOSIT', amount: 5_000_000 },
            { date: DATES[150]!, type: 'SELL', symbol: 'A', quantity: 40, price: px[0]![150]! },
            { date: DATES[200]!, type: 'WITHDRAW', amount: 1_000_000 },
          ],
        },
      }),
    );
    const a = px[0]!;
    expect(result.holdings[0]).toEqual({ symbol: 'A', quantity: 60 });
    const sold = 40 * a[150]!;
    expect(result.finalCash).toBe(
      10_000_000 - 100 * a[0]! - 150 + 30_000 + 5_000_000 + sold - 1_000_000,
    );
    // The deposit on day 100 is not a return: the index moves only with A and the dividend.
    const ratio = result.index[100]! / result.index[99]!;
    const expected = (result.equity.values[100]! - 5_000_000) / result.equity.values[99]!;
    expect(ratio).toBeCloseTo(expected, 12);
  });

  it('refuses a sale of shares not held and cash that would go negative, naming the entry', async () => {
    const sellTooMany = base({
      initialCash: 1_000_000,
      strategy: {
        kind: 'ledger',
        entries: [{ date: DATES[1]!, type: 'SELL', symbol: 'A', quantity: 1, price: 10_000 }],
      },
    });
    await expect(runBacktest(sellTooMany)).rejects.toMatchObject({
      field: 'strategy.entries[0].quantity',
    });
    const overdraw = base({
      initialCash: 1_000,
      strategy: { kind: 'ledger', entries: [{ date: DATES[1]!, type: 'WITHDRAW', amount: 2_000 }] },
    });
    await expect(runBacktest(overdraw)).rejects.toMatchObject({ field: 'strategy.entries[0]' });
  });
});

describe('backtest bad input gets a typed error naming the input', () => {
  const cases: [string, Partial<BacktestInput>][] = [
    [
      'closes[1][3]',
      { closes: closes().map((c, i) => (i === 1 ? c.map((v, t) => (t === 3 ? NaN : v)) : c)) },
    ],
    ['closes[2]', { closes: closes().map((c, i) => (i === 2 ? c.slice(1) : c)) }],
    ['dates', { dates: DATES.slice(1) }],
    [
      'strategy.weights',
      {
        strategy: {
          kind: 'target-weights',
          weights: [0.5, 0.3, 0.3],
          rebalance: { every: 'monthly' },
        },
      },
    ],
    [
      'strategy.weights[1]',
      {
        strategy: {
          kind: 'target-weights',
          weights: [0.8, -0.1, 0.3],
          rebalance: { every: 'monthly' },
        },
      },
    ],
    [
      'strategy.rebalance.every',
      {
        strategy: {
          kind: 'target-weights',
          weights: [0.5, 0.3, 0.2],
          rebalance: { every: 'weekly' as never },
        },
      },
    ],
    ['initialCash', { initialCash: -1 }],
  ];
  for (const [field, patch] of cases) {
    it(`names ${field}`, async () => {
      const error = await runBacktest(base(patch)).catch((e) => e);
      expect(error).toBeInstanceOf(QuantInputError);
      expect(error.field).toBe(field);
    });
  }

  it('names the date when the weight function returns weights that do not sum to 1', async () => {
    const error = await runBacktest(
      base({
        strategy: {
          kind: 'walk-forward',
          decide: () => [0.2, 0.2, 0.2],
          rebalance: { every: 'monthly' },
          lookback: 20,
        },
      }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(QuantInputError);
    expect(error.field).toMatch(/^strategy\.decide\(2023-\d\d-\d\d\)$/);
  });
});
