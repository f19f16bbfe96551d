import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '@capstone/server-kit';
import {
  LedgerError,
  applyEntry,
  emptyLedger,
  type LedgerEntry,
  type LedgerState,
} from '../src/ledger/ledger.js';

const SYMBOLS = ['005930', '000660', '035420'];
const money = (max: number) =>
  fc.integer({ min: 0, max: max * 10_000 }).map((units) => new Decimal(units).dividedBy(10_000));
const shares = fc
  .integer({ min: 1, max: 5_000_000 })
  .map((units) => new Decimal(units).dividedBy(1_000));

const entry: fc.Arbitrary<LedgerEntry> = fc.oneof(
  fc.record({
    type: fc.constant('DEPOSIT' as const),
    amount: money(50_000_000),
    fee: money(100),
    tax: fc.constant(new Decimal(0)),
  }),
  fc.record({
    type: fc.constant('WITHDRAW' as const),
    amount: money(50_000_000),
    fee: money(100),
    tax: fc.constant(new Decimal(0)),
  }),
  fc.record({
    type: fc.constant('DIVIDEND' as const),
    symbol: fc.constantFrom(...SYMBOLS),
    amount: money(100_000),
    fee: fc.constant(new Decimal(0)),
    tax: money(1_000),
  }),
  fc
    .record({
      type: fc.constantFrom('BUY' as const, 'SELL' as const),
      symbol: fc.constantFrom(...SYMBOLS),
      quantity: shares,
      price: money(1_000_000).filter((price) => !price.isZero()),
      fee: money(500),
      tax: money(500),
    })
    .map((trade) => ({ ...trade, amount: trade.quantity.times(trade.price).toDecimalPlaces(4) })),
);

const sum = (values: Iterable<Decimal>) =>
  [...values].reduce((total, value) => total.plus(value), new Decimal(0));

/** Cash an accepted entry moves, worked out independently of the ledger's own code. */
function cashFlow(e: LedgerEntry): Decimal {
  switch (e.type) {
    case 'DEPOSIT':
      return e.amount.minus(e.fee);
    case 'WITHDRAW':
      return e.amount.plus(e.fee).negated();
    case 'DIVIDEND':
      return e.amount.minus(e.fee).minus(e.tax);
    case 'BUY':
      return e.amount.plus(e.fee).plus(e.tax).negated();
    case 'SELL':
      return e.amount.minus(e.fee).minus(e.tax);
    case 'SPLIT':
      return new Decimal(0);
  }
}

describe('ledger properties', () => {
  it('for any sequence of trades, cash and positions reconcile exactly, and refused trades change nothing', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        let state: LedgerState = emptyLedger;
        let expectedCash = new Decimal(0);
        const expectedShares = new Map<string, Decimal>();
        for (const e of entries) {
          const before = state;
          try {
            state = applyEntry(state, e);
          } catch (error) {
            expect(error).toBeInstanceOf(LedgerError);
            expect(state).toBe(before); // nothing half-applied
            continue;
          }
          expectedCash = expectedCash.plus(cashFlow(e));
          if (e.type === 'BUY' || e.type === 'SELL') {
            const held = expectedShares.get(e.symbol!) ?? new Decimal(0);
            expectedShares.set(
              e.symbol!,
              e.type === 'BUY' ? held.plus(e.quantity!) : held.minus(e.quantity!),
            );
          }
        }
        // What the ledger says agrees with an independent sum of the accepted entries.
        expect(state.cash.toFixed()).toBe(expectedCash.toFixed());
        for (const [symbol, quantity] of expectedShares) {
          expect(state.positions.get(symbol)!.quantity.toFixed()).toBe(quantity.toFixed());
        }
        // Nothing goes negative.
        expect(state.cash.isNegative()).toBe(false);
        for (const position of state.positions.values()) {
          expect(position.quantity.isNegative()).toBe(false);
          expect(position.costBasis.isNegative()).toBe(false);
          if (position.quantity.isZero()) expect(position.costBasis.isZero()).toBe(true);
        }
        // Cash plus the cost still held is what came in plus what was earned, to the won and below.
        const costHeld = sum([...state.positions.values()].map((position) => position.costBasis));
        expect(state.cash.plus(costHeld).toFixed()).toBe(
          state.netContributions.plus(state.dividends).plus(state.realizedPnl).toFixed(),
        );
        expect(state.realizedPnl.toFixed()).toBe(
          sum([...state.positions.values()].map((position) => position.realizedPnl)).toFixed(),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a sale of more than is held and a withdrawal of more than the cash, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.constantFrom(...SYMBOLS),
        (entries, symbol) => {
          let state: LedgerState = emptyLedger;
          for (const e of entries) {
            try {
              state = applyEntry(state, e);
            } catch {
              // refused entries are covered above
            }
          }
          const held = state.positions.get(symbol)?.quantity ?? new Decimal(0);
          const oversell: LedgerEntry = {
            type: 'SELL',
            symbol,
            quantity: held.plus('0.001'),
            price: new Decimal(1),
            amount: held.plus('0.001'),
            fee: new Decimal(0),
            tax: new Decimal(0),
          };
          expect(() => applyEntry(state, oversell)).toThrow(LedgerError);
          const overdraw: LedgerEntry = {
            type: 'WITHDRAW',
            amount: state.cash.plus('0.0001'),
            fee: new Decimal(0),
            tax: new Decimal(0),
          };
          expect(() => applyEntry(state, overdraw)).toThrow(LedgerError);
        },
      ),
      { numRuns: 300 },
    );
  });
});
