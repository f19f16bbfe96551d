import { describe, expect, it } from 'vitest';
import { Decimal } from '@capstone/server-kit';
import {
  LedgerError,
  applyEntry,
  averageCost,
  replay,
  type LedgerEntry,
} from '../src/ledger/ledger.js';

const d = (value: string | number) => new Decimal(value);
const entry = (partial: Partial<LedgerEntry> & Pick<LedgerEntry, 'type'>): LedgerEntry => ({
  amount: d(0),
  fee: d(0),
  tax: d(0),
  ...partial,
});
const deposit = (amount: number) => entry({ type: 'DEPOSIT', amount: d(amount) });
const buy = (symbol: string, quantity: number, price: number, fee = 0) =>
  entry({
    type: 'BUY',
    symbol,
    quantity: d(quantity),
    price: d(price),
    amount: d(quantity * price),
    fee: d(fee),
  });
const sell = (symbol: string, quantity: number, price: number, fee = 0, tax = 0) =>
  entry({
    type: 'SELL',
    symbol,
    quantity: d(quantity),
    price: d(price),
    amount: d(quantity * price),
    fee: d(fee),
    tax: d(tax),
  });

describe('the portfolio ledger', () => {
  it('derives cash, quantity and average cost from deposits and buys', () => {
    const state = replay([
      deposit(1_000_000),
      buy('005930', 10, 50_000, 75),
      buy('005930', 5, 56_000, 42),
    ]);
    const position = state.positions.get('005930')!;
    expect(state.cash.toFixed()).toBe('219883');
    expect(position.quantity.toFixed()).toBe('15');
    expect(position.costBasis.toFixed()).toBe('780117');
    expect(averageCost(position).toFixed()).toBe('52007.8');
  });

  it('realises profit on a sale at average cost, after fee and tax', () => {
    const state = replay([
      deposit(1_000_000),
      buy('000660', 10, 90_000),
      sell('000660', 4, 100_000, 60, 920),
    ]);
    expect(state.realizedPnl.toFixed()).toBe('39020');
    expect(state.positions.get('000660')!.quantity.toFixed()).toBe('6');
    expect(state.positions.get('000660')!.costBasis.toFixed()).toBe('540000');
    expect(state.cash.toFixed()).toBe(String(1_000_000 - 900_000 + 400_000 - 980));
  });

  it('closes a position without leaving rounding behind', () => {
    const state = replay([
      deposit(1_000),
      buy('A00001', 3, 100, 1),
      sell('A00001', 1, 100),
      sell('A00001', 2, 100),
    ]);
    const position = state.positions.get('A00001')!;
    expect(position.quantity.isZero()).toBe(true);
    expect(position.costBasis.isZero()).toBe(true);
    expect(state.cash.plus(0).toFixed()).toBe(
      state.netContributions.plus(state.realizedPnl).toFixed(),
    );
  });

  it('refuses to sell more than is held, and changes nothing', () => {
    const before = replay([deposit(1_000_000), buy('005930', 10, 50_000)]);
    expect(() => applyEntry(before, sell('005930', 11, 50_000))).toThrow(LedgerError);
    expect(() => applyEntry(before, sell('000660', 1, 50_000))).toThrow(/only 0 held/);
    expect(before.positions.get('005930')!.quantity.toFixed()).toBe('10');
  });

  it('refuses to withdraw or spend more cash than there is', () => {
    const state = replay([deposit(100_000)]);
    expect(() => applyEntry(state, entry({ type: 'WITHDRAW', amount: d(100_001) }))).toThrow(
      /only 100000 cash is available/,
    );
    expect(() => applyEntry(state, buy('005930', 2, 50_000, 1))).toThrow(LedgerError);
    expect(state.cash.toFixed()).toBe('100000');
  });

  it('adds dividends net of tax to cash', () => {
    const state = replay([
      deposit(0),
      entry({ type: 'DIVIDEND', symbol: '105560', amount: d(10_000), tax: d(1_540) }),
    ]);
    expect(state.cash.toFixed()).toBe('8460');
    expect(state.dividends.toFixed()).toBe('8460');
  });

  it('rejects negative amounts and trades without a quantity', () => {
    expect(() => applyEntry(replay([]), entry({ type: 'DEPOSIT', amount: d(-1) }))).toThrow(
      /negative/,
    );
    expect(() =>
      applyEntry(replay([deposit(10)]), entry({ type: 'BUY', symbol: 'X', amount: d(1) })),
    ).toThrow(/positive quantity/);
  });

  it('names the field of the entry at fault when it refuses one', () => {
    const state = replay([deposit(100_000), buy('005930', 1, 50_000)]);
    const fieldOf = (refused: LedgerEntry) => {
      try {
        applyEntry(state, refused);
      } catch (error) {
        return (error as LedgerError).field;
      }
      return undefined;
    };
    expect(fieldOf(sell('005930', 2, 50_000))).toBe('quantity');
    expect(fieldOf(buy('005930', 2, 50_000))).toBe('quantity');
    expect(fieldOf(entry({ type: 'WITHDRAW', amount: d(100_001) }))).toBe('amount');
    expect(fieldOf(entry({ type: 'DEPOSIT', amount: d(5), fee: d(-1) }))).toBe('fee');
    expect(fieldOf(entry({ type: 'DIVIDEND', symbol: '005930', amount: d(5), tax: d(6) }))).toBe(
      'tax',
    );
  });
});
