import { describe, expect, it } from 'vitest';
import { valuePortfolio, type HoldingInput } from '../app/src/valuation/valuation.js';
import { summarizeIndex } from '../app/src/live/market.js';

const holding = (
  symbol: string,
  quantity: string,
  costBasis: string,
  instrument: Partial<HoldingInput['instrument']> = {},
): HoldingInput => ({
  symbol,
  quantity,
  costBasis,
  instrument: { lastClose: null, lastQuote: null, ...instrument },
});
const quote = (
  price: string,
  change: string,
  changeRate: string,
  tradedAt = '2026-11-26T01:00:00Z',
) => ({
  price,
  change,
  changeRate,
  tradedAt,
});

describe('a portfolio valued at the freshest prices', () => {
  const portfolio = {
    cash: '1000000',
    holdings: [
      holding('005930', '100', '5640000', {
        lastClose: { date: '2026-11-25', close: '70000' },
        lastQuote: quote('71000', '1000', '0.0142857'),
      }),
      holding('000660', '10', '900000', { lastClose: { date: '2026-11-25', close: '100000' } }),
    ],
  };

  it('prefers a live tick, then the last trade, then the last close', () => {
    const atRest = valuePortfolio(portfolio);
    expect(atRest.holdings.map((h) => [h.price, h.source])).toEqual([
      [71000, 'lastTrade'],
      [100000, 'close'],
    ]);
    expect(atRest.source).toBe('close');
    const live = valuePortfolio(portfolio, {
      '005930': quote('72000', '2000', '0.0285714', '2026-11-26T01:00:05Z'),
      '000660': quote('99000', '-1000', '-0.01', '2026-11-26T01:00:03Z'),
    });
    expect(live.source).toBe('live');
    expect(live.asOf).toBe('2026-11-26T01:00:05Z');
    expect(live.totalValue).toBe(1_000_000 + 7_200_000 + 990_000);
  });

  it('adds up today’s move from the quotes, against yesterday’s value', () => {
    const live = valuePortfolio(portfolio, {
      '005930': quote('72000', '2000', '0.0285714'),
      '000660': quote('99000', '-1000', '-0.01'),
    });
    expect(live.dayChange).toBe(200_000 - 10_000);
    expect(live.dayChangeRate).toBeCloseTo(190_000 / (9_190_000 - 190_000), 12);
  });

  it('weighs each holding against the whole, cash included', () => {
    const value = valuePortfolio(portfolio);
    expect(value.totalValue).toBe(1_000_000 + 7_100_000 + 1_000_000);
    expect(value.holdings.map((h) => h.weight)).toEqual([
      7_100_000 / 9_100_000,
      1_000_000 / 9_100_000,
    ]);
    expect(value.unrealizedPnl).toBe(7_100_000 + 1_000_000 - 6_540_000);
  });

  it('leaves holdings without any price out of the totals, and names them', () => {
    const value = valuePortfolio({ cash: '500', holdings: [holding('247540', '3', '300')] });
    expect(value).toMatchObject({
      totalValue: 500,
      source: 'none',
      unpriced: ['247540'],
      dayChange: null,
    });
    expect(value.holdings[0]).toMatchObject({
      marketValue: null,
      weight: null,
      unrealizedPnl: null,
    });
  });
});

describe('an index from its daily bars', () => {
  it('gives the last close and its move from the close before, marked with its day', () => {
    expect(
      summarizeIndex([
        { date: '2026-11-24', close: '2500.00' },
        { date: '2026-11-25', close: '2450.00' },
      ]),
    ).toMatchObject({ close: 2450, date: '2026-11-25', change: -50, changeRate: -0.02 });
    expect(summarizeIndex([])).toMatchObject({ close: null, change: null, changeRate: null });
  });
});
