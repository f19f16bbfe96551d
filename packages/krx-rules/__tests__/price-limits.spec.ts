import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWithinPriceLimits, priceLimits, type Market } from '@capstone/krx-rules';

// Real KRX daily bars, read in place from ../shared (never copied into the project).
const dataDir = new URL('../../../../shared/data/krx/arclien_stock/', import.meta.url);

/** The close of a day and the close of the trading day before it (the base price). */
function closes(code: string, date: string): { base: number; close: number } {
  const rows = readFileSync(new URL(`${code}.csv`, dataDir), 'utf8')
    .split('\n')
    .map((line) => line.split(','))
    .filter(([day, open]) => day && open && Number(open) !== 0);
  const index = rows.findIndex(([day]) => day === date);
  expect(index, `${code} ${date}`).toBeGreaterThan(0);
  return { base: Number(rows[index - 1]?.[4]), close: Number(rows[index]?.[4]) };
}

describe('daily price limits', () => {
  it("reproduce KRX's worked example: the width is cut to the base price's tick", () => {
    expect(priceLimits(9_940, { market: 'KOSDAQ', date: '2024-06-14' })).toMatchObject({
      width: 2_980,
      upper: 12_920,
      lower: 6_960,
      rule: { id: 'limit.30pct-2015' },
    });
  });

  it('equal the closes of stocks that finished the day at their limit', () => {
    // Days on which a stock of shared/data/krx moved ±14.x% (before 2015-06-15) or ±29.x% and
    // closed at its high or low; split-adjusted stretches are left out (their prices are off-grid).
    const cases: Array<[code: string, date: string, market: Market, limit: 'upper' | 'lower']> = [
      ['036570', '2021-11-11', 'KOSPI', 'upper'], // 605,000 → 786,000
      ['066570', '2020-12-23', 'KOSPI', 'upper'], // 92,200 → 119,500 (upper crosses into 500-won ticks)
      ['285130', '2019-11-27', 'KOSPI', 'upper'],
      ['285130', '2020-07-22', 'KOSPI', 'upper'],
      ['091990', '2020-03-31', 'KOSDAQ', 'upper'],
      ['096530', '2020-03-06', 'KOSDAQ', 'upper'],
      ['096530', '2020-03-09', 'KOSDAQ', 'upper'],
      ['096530', '2020-03-25', 'KOSDAQ', 'upper'],
      ['096530', '2020-03-26', 'KOSDAQ', 'upper'],
      ['096530', '2020-05-14', 'KOSDAQ', 'upper'],
      ['086520', '2021-08-09', 'KOSDAQ', 'upper'],
      ['068760', '2020-03-24', 'KOSDAQ', 'upper'], // base + width = 57,350, off the 100-won grid
      ['036570', '2015-01-28', 'KOSPI', 'upper'], // ±15%
      ['006280', '2015-06-02', 'KOSPI', 'upper'],
      ['028260', '2015-01-05', 'KOSPI', 'lower'],
      ['086280', '2015-01-13', 'KOSPI', 'lower'],
      ['007070', '2015-02-17', 'KOSPI', 'lower'],
    ];
    for (const [code, date, market, limit] of cases) {
      const { base, close } = closes(code, date);
      expect(priceLimits(base, { market, date })?.[limit], `${code} ${date}`).toBe(close);
    }
  });

  it('widen from ±15% to ±30% on 2015-06-15, but not on KONEX', () => {
    expect(priceLimits(10_000, { market: 'KOSPI', date: '2015-06-12' })).toMatchObject({
      upper: 11_500,
      lower: 8_500,
    });
    expect(priceLimits(10_000, { market: 'KOSPI', date: '2015-06-15' })).toMatchObject({
      upper: 13_000,
      lower: 7_000,
    });
    expect(priceLimits(10_000, { market: 'KONEX', date: '2024-06-14' })).toMatchObject({
      upper: 11_500,
      lower: 8_500,
    });
  });

  it('move a limit that lands off its own grid inside the range', () => {
    // 2,005 × 0.3 = 601.5 → 600 (tick 5 at the base); 1,405 lies in the 1-won band and stays.
    expect(priceLimits(2_005, { market: 'KOSPI', date: '2024-06-14' })).toMatchObject({
      upper: 2_605,
      lower: 1_405,
    });
    // 1,999 × 0.3 = 599.7 → 599 (tick 1); 2,598 lies in the 5-won band, so the limit is 2,595.
    expect(priceLimits(1_999, { market: 'KOSPI', date: '2024-06-14' })).toMatchObject({
      upper: 2_595,
      lower: 1_400,
    });
  });

  it('bound prices inclusively, and do not exist for ELWs', () => {
    const context = { market: 'KOSDAQ', date: '2024-06-14' } as const;
    expect(isWithinPriceLimits(12_920, 9_940, context)).toBe(true);
    expect(isWithinPriceLimits(12_922, 9_940, context)).toBe(false); // +30.0% yet past the limit
    expect(isWithinPriceLimits(6_950, 9_940, context)).toBe(false);
    expect(priceLimits(9_940, { ...context, market: 'KOSPI', securityType: 'ELW' })).toBeNull();
    expect(isWithinPriceLimits(50_000, 9_940, { ...context, securityType: 'ELW' })).toBe(true);
  });
});
