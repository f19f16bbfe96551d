import { describe, expect, it } from 'vitest';
import {
  dividendWithholding,
  isWithinPriceLimits,
  krxCostModel,
  KrxRuleInputError,
  priceLimits,
  roundToTick,
  tickSize,
  tradeCosts,
  type Market,
  type TradeInput,
} from '@capstone/krx-rules';

const context = { market: 'KOSPI', date: '2024-06-14' } as const;
const trade: TradeInput = {
  side: 'sell',
  amountWon: 1_000,
  market: 'KOSPI',
  tradeDate: '2024-06-14',
};

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KrxRuleInputError);
    return (error as KrxRuleInputError).field;
  }
  return undefined;
}

describe('bad input', () => {
  it('gets a typed error naming the field', () => {
    expect(fieldOf(() => tickSize(-5, context))).toBe('price');
    expect(fieldOf(() => tickSize(Number.NaN, context))).toBe('price');
    expect(fieldOf(() => tickSize(Number.POSITIVE_INFINITY, context))).toBe('price');
    expect(fieldOf(() => tickSize(1_000, { ...context, market: 'NASDAQ' as Market }))).toBe(
      'context.market',
    );
    expect(fieldOf(() => tickSize(1_000, { ...context, date: '2024-13-01' }))).toBe('context.date');
    expect(fieldOf(() => tickSize(1_000, { ...context, date: '20240614' }))).toBe('context.date');
    expect(fieldOf(() => roundToTick(1_000, context, 'sideways' as 'up'))).toBe('mode');
    expect(fieldOf(() => priceLimits(9_940.5, context))).toBe('basePrice');
    expect(fieldOf(() => isWithinPriceLimits(-1, 9_940, context))).toBe('price');
    expect(fieldOf(() => tradeCosts({ ...trade, amountWon: -1 }))).toBe('amountWon');
    expect(fieldOf(() => tradeCosts({ ...trade, amountWon: 10.5 }))).toBe('amountWon');
    expect(fieldOf(() => tradeCosts({ ...trade, amountWon: '1e6' }))).toBe('amountWon');
    expect(fieldOf(() => tradeCosts({ ...trade, side: 'short' as 'sell' }))).toBe('side');
    expect(fieldOf(() => tradeCosts({ ...trade, market: 'kospi' as Market }))).toBe('market');
    expect(fieldOf(() => tradeCosts({ ...trade, tradeDate: '2024-06-15' }))).toBe('tradeDate');
    expect(fieldOf(() => tradeCosts({ ...trade, commissionRate: '-0.1' }))).toBe('commissionRate');
    expect(fieldOf(() => tradeCosts({ ...trade, commissionRate: 'abc' }))).toBe('commissionRate');
    expect(fieldOf(() => dividendWithholding(-100))).toBe('grossWon');
    expect(fieldOf(() => krxCostModel().sellTax(Number.NaN, 'KOSPI', '2024-06-14'))).toBe(
      'amountWon',
    );
  });

  it('says what is wrong in Korean first, then English', () => {
    expect(() => tickSize(-5, context)).toThrow(
      'price: 0보다 커야 합니다 / must be greater than zero (-5)',
    );
  });
});
