import { describe, expect, it } from 'vitest';
import {
  krxCostModel,
  SELL_TAX_RULES,
  tradeCosts,
  type Market,
  type TradeInput,
} from '@capstone/krx-rules';

const sell = (market: Market, tradeDate: string, amountWon: TradeInput['amountWon'] = 1_000_000) =>
  tradeCosts({ side: 'sell', amountWon, market, tradeDate });

describe('sell-side taxes', () => {
  it('on 1,000,000 won of KOSPI shares: 1,800 in 2024, 1,500 in 2025, 2,000 in 2026', () => {
    expect(sell('KOSPI', '2024-06-14')).toMatchObject({
      securitiesTransactionTax: 300,
      ruralSpecialTax: 1_500,
      tax: 1_800,
    });
    expect(sell('KOSPI', '2025-06-13')).toMatchObject({
      securitiesTransactionTax: 0,
      ruralSpecialTax: 1_500,
      tax: 1_500,
    });
    expect(sell('KOSPI', '2026-06-12')).toMatchObject({
      securitiesTransactionTax: 500,
      ruralSpecialTax: 1_500,
      tax: 2_000,
    });
  });

  it('on 1,000,000 won of KOSDAQ shares: the same totals, with no rural special tax', () => {
    for (const [date, tax] of [
      ['2024-06-14', 1_800],
      ['2025-06-13', 1_500],
      ['2026-06-12', 2_000],
    ] as const) {
      expect(sell('KOSDAQ', date), date).toMatchObject({
        securitiesTransactionTax: tax,
        ruralSpecialTax: 0,
        tax,
      });
    }
  });

  it('through every period of the table', () => {
    const totals = (market: Market) =>
      ['2018-06-14', '2020-06-12', '2022-06-14', '2023-06-14'].map(
        (date) => sell(market, date).tax,
      );
    expect(totals('KOSPI')).toEqual([3_000, 2_500, 2_300, 2_000]);
    expect(totals('KOSDAQ')).toEqual([3_000, 2_500, 2_300, 2_000]);
    expect(totals('KONEX')).toEqual([3_000, 1_000, 1_000, 1_000]);
    expect(sell('KONEX', '2026-06-12').tax).toBe(1_000);
  });

  it('follow the settlement date, the day of the transfer', () => {
    // 2019's cut reached transfers from 2019-06-03: trades from 2019-05-30.
    expect(sell('KOSPI', '2019-05-29').tax).toBe(3_000);
    expect(sell('KOSPI', '2019-05-30')).toMatchObject({
      tax: 2_500,
      method: { settlementDate: '2019-06-03' },
    });
    // A sale on 2024-12-27 settles on 2025-01-02 (12-31 is the year-end closing).
    expect(sell('KOSPI', '2024-12-26').tax).toBe(1_800);
    expect(sell('KOSPI', '2024-12-27')).toMatchObject({
      tax: 1_500,
      method: { settlementDate: '2025-01-02', tax: { ruleId: 'sell-tax.kospi.2025-01-01' } },
    });
  });

  it('cut each tax below one won, exactly where floating point would not', () => {
    expect(sell('KOSPI', '2024-06-14', 1_234_567)).toMatchObject({
      securitiesTransactionTax: 370, // 370.37
      ruralSpecialTax: 1_851, // 1,851.85
      tax: 2_221,
    });
    // 10,000 × 0.0003 is 2.9999999999999996 in floating point.
    expect(sell('KOSPI', '2024-06-14', 10_000).securitiesTransactionTax).toBe(3);
    // The largest safe amount, given as a string (as decimal.js prints it).
    expect(sell('KOSDAQ', '2024-06-14', '9007199254740991').tax).toBe(16_212_958_658_533);
    expect(sell('KOSDAQ', '2024-06-14', 9_007_199_254_740_991n).tax).toBe(16_212_958_658_533);
  });

  it('are zero on a buy and on exchange-traded products', () => {
    expect(
      tradeCosts({ side: 'buy', amountWon: 1_000_000, market: 'KOSPI', tradeDate: '2024-06-14' }),
    ).toMatchObject({ tax: 0, commission: 150, method: { tax: { basis: 'buy-untaxed' } } });
    expect(
      tradeCosts({
        side: 'sell',
        amountWon: 1_000_000,
        market: 'KOSPI',
        securityType: 'ETF',
        tradeDate: '2024-06-14',
      }),
    ).toMatchObject({
      tax: 0,
      method: { tax: { basis: 'exempt-product', ruleId: 'sell-tax.exempt.etp', verified: false } },
    });
  });

  it('come from a table whose periods meet without gaps or overlaps, each with a source', () => {
    for (const market of ['KOSPI', 'KOSDAQ', 'KONEX'] as const) {
      const rows = SELL_TAX_RULES.filter((rule) => rule.market === market);
      expect(rows[0]?.from).toBeNull();
      expect(rows.at(-1)?.until).toBeNull();
      rows.slice(1).forEach((row, index) => expect(row.from).toBe(rows[index]?.until));
      for (const row of rows) expect(row.source).toMatch(/증권거래세법 시행령 제5조/);
    }
  });
});

describe('commission', () => {
  it('is the rate on both sides, cut to the won (or to 10 won when asked)', () => {
    const trade = { side: 'sell', market: 'KOSPI', tradeDate: '2024-06-14' } as const;
    expect(tradeCosts({ ...trade, amountWon: 1_234_567 }).commission).toBe(185);
    expect(tradeCosts({ ...trade, amountWon: 1_234_567, commissionUnit: 10 }).commission).toBe(180);
    // 1,100,000 × 0.00015 is 164.99999999999997 in floating point.
    expect(tradeCosts({ ...trade, amountWon: 1_100_000 }).commission).toBe(165);
    expect(
      tradeCosts({ ...trade, amountWon: 1_000_000, commissionRate: '0.000140527' }),
    ).toMatchObject({ commission: 140, rates: { commission: '0.000140527' } });
    expect(
      tradeCosts({ ...trade, amountWon: 1_000_000, commissionRate: 0.00015 }).rates.commission,
    ).toBe('0.00015');
  });
});

describe('the record of how', () => {
  it('names the rates, the rules and the dates', () => {
    expect(sell('KOSPI', '2024-06-14')).toEqual({
      commission: 150,
      securitiesTransactionTax: 300,
      ruralSpecialTax: 1_500,
      tax: 1_800,
      rates: {
        commission: '0.00015',
        securitiesTransactionTax: '0.0003',
        ruralSpecialTax: '0.0015',
      },
      method: {
        side: 'sell',
        amountWon: '1000000',
        market: 'KOSPI',
        securityType: 'stock',
        tradeDate: '2024-06-14',
        settlementDate: '2024-06-18',
        commission: { rate: '0.00015', truncatedTo: 1 },
        tax: {
          basis: 'sell-tax-table',
          ruleId: 'sell-tax.kospi.2024-01-01',
          ruleFrom: '2024-01-01',
          ruleUntil: '2025-01-01',
          source: expect.stringContaining('대통령령 제33209호'),
          verified: true,
          truncatedTo: 1,
        },
        ruleIds: ['commission.rate-parameter', 'settlement.t-plus-2', 'sell-tax.kospi.2024-01-01'],
      },
    });
  });
});

describe('krxCostModel, the cost model the backtests take', () => {
  const model = krxCostModel();

  it('charges commission and sell taxes as tradeCosts does, cutting fractions of a won first', () => {
    expect(model.commission(1_000_000.9, 'buy', '2024-06-14')).toBe(150);
    expect(model.sellTax(1_000_000, 'KOSPI', '2024-06-14')).toBe(1_800);
    expect(model.sellTax(1_000_000.9, 'KOSDAQ', '2026-06-12')).toBe(2_000);
    expect(
      krxCostModel({ commissionRate: '0.0001' }).commission(1_000_000, 'sell', '2024-06-14'),
    ).toBe(100);
  });

  it('treats a closed day as the next trading day', () => {
    // Saturday 2024-12-28 → Monday 12-30, which settles on 2025-01-03 at 2025's rate.
    expect(model.sellTax(1_000_000, 'KOSPI', '2024-12-28')).toBe(1_500);
  });

  it('gives the stock tick of the date', () => {
    expect(model.tickSize(15_000, 'KOSPI', '2022-06-14')).toBe(50);
    expect(model.tickSize(15_000, 'KOSPI', '2024-06-14')).toBe(10);
  });
});
