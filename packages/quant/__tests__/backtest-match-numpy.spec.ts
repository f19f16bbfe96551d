import { beforeAll, describe, expect, it } from 'vitest';
import {
  alignOnKrxCalendar,
  runBacktest,
  type BacktestResult,
  type CostModel,
  type Market,
} from '@capstone/quant';
import { loadKospi, loadStock, numpyReference, TEN_STOCKS } from './krx-data.js';

const FROM = '2016-01-01';
const TO = '2021-12-31';

/**
 * A plain cost model for the test (the product's comes from @capstone/krx-rules): 0.015%
 * commission and the dated KOSPI sell tax, truncated to the won; the KRX tick grid (2023 table).
 */
export const TEST_COSTS: CostModel = {
  commission: (amount) => Math.floor(amount * 0.00015),
  sellTax: (amount, _market: Market, date) =>
    Math.floor(amount * (date < '2019-05-30' ? 0.003 : date < '2021-01-01' ? 0.0025 : 0.0023)),
  tickSize: (price) =>
    price < 2000
      ? 1
      : price < 5000
        ? 5
        : price < 20000
          ? 10
          : price < 50000
            ? 50
            : price < 200000
              ? 100
              : price < 500000
                ? 500
                : 1000,
};

const DIVIDENDS = [
  { symbol: '005930', date: '2017-04-17', perShare: 560 },
  { symbol: '005930', date: '2019-04-16', perShare: 354 },
  { symbol: '000660', date: '2020-04-20', perShare: 1000 },
];

describe('backtest: monthly rebalancing with costs, against a plain numpy re-implementation', () => {
  let ref: any;
  let result: BacktestResult;
  beforeAll(async () => {
    const weights = TEN_STOCKS.map(() => 0.1);
    ref = await numpyReference('backtest_reference.py', {
      symbols: TEN_STOCKS,
      from: FROM,
      to: TO,
      weights,
      initialCash: 100_000_000,
      dividends: DIVIDENDS,
    });
    const aligned = alignOnKrxCalendar(
      TEN_STOCKS.map((code) => loadStock(code, FROM, TO)),
      { from: FROM, to: TO },
    );
    result = await runBacktest({
      dates: aligned.dates,
      symbols: aligned.symbols,
      closes: aligned.closes,
      initialCash: 100_000_000,
      strategy: { kind: 'target-weights', weights, rebalance: { every: 'monthly' } },
      costs: TEST_COSTS,
      dividends: DIVIDENDS,
      benchmark: loadKospi(FROM, TO),
    });
  }, 60_000);

  it('makes the same trades: every date, side, quantity, price, commission and tax', () => {
    const ours = result.trades.map((t) => [
      t.date,
      t.symbol,
      t.side,
      t.quantity,
      t.price,
      t.commission,
      t.tax,
    ]);
    expect(ours.length).toBeGreaterThan(500);
    expect(ours).toEqual(ref.trades);
  });

  it('ends with the same value and cash to the won, with the same equity every day', () => {
    expect(result.finalValue).toBe(ref.equity.at(-1));
    expect(result.finalCash).toBe(ref.cash);
    expect(result.equity.values).toEqual(ref.equity);
    expect(result.dividends.map((d) => [d.date, d.symbol, d.amount])).toEqual(ref.dividends);
  });

  it('never holds negative cash and adds the costs up from the trades', () => {
    expect(result.finalCash).toBeGreaterThanOrEqual(0);
    const commission = result.trades.reduce((s, t) => s + t.commission, 0);
    const tax = result.trades.reduce((s, t) => s + t.tax, 0);
    expect(result.costs).toEqual({ commission, tax, total: commission + tax });
    expect(result.rebalances.filter((r) => r.reason === 'calendar')).toHaveLength(71);
    expect(result.metrics.relative?.observations).toBeGreaterThan(1400);
  });
});
