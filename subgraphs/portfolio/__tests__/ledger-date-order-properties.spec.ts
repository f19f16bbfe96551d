import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isTradingDay } from '@capstone/krx-calendar';
import { settlementDate } from '@capstone/krx-rules';
import { Decimal } from '@capstone/server-kit';
import { seoulDay, validateInDateOrder, type DatedEntry } from '../src/ledger/dated.js';
import { emptyLedger, applyEntry, settledCashOn, type LedgerState } from '../src/ledger/ledger.js';
import { settlesOn } from '../src/trade-rules.js';

/**
 * The ledger accepts entries in any order of recording, dated anywhere in a window, and checks
 * the whole of it in date order on every append. Whatever it accepted, read in date order, never
 * shows negative cash or a negative position at any point, and settled cash never exceeds cash.
 */
const SYMBOLS = ['005930', '000660'];
const FIRST_DAY = '2025-05-26';
const DAYS = 20;
const won = (max: number) => fc.integer({ min: 0, max }).map((value) => new Decimal(value));

const when = fc
  .record({ day: fc.integer({ min: 0, max: DAYS - 1 }), minute: fc.integer({ min: 0, max: 1439 }) })
  .map(({ day, minute }) => {
    const date = addDays(FIRST_DAY, day);
    return new Date(Date.parse(`${date}T00:00:00+09:00`) + minute * 60_000);
  });

type Draft = Omit<DatedEntry, 'sequence'>;

const draft: fc.Arbitrary<Draft> = fc.oneof(
  fc.record({
    type: fc.constant('DEPOSIT' as const),
    amount: won(10_000_000),
    fee: fc.constant(new Decimal(0)),
    tax: fc.constant(new Decimal(0)),
    occurredAt: when,
  }),
  fc.record({
    type: fc.constant('WITHDRAW' as const),
    amount: won(10_000_000),
    fee: won(1_000),
    tax: fc.constant(new Decimal(0)),
    occurredAt: when,
  }),
  fc.record({
    type: fc.constant('DIVIDEND' as const),
    symbol: fc.constantFrom(...SYMBOLS),
    amount: won(100_000),
    fee: fc.constant(new Decimal(0)),
    tax: won(10_000),
    occurredAt: when,
  }),
  fc.record({
    type: fc.constant('SPLIT' as const),
    symbol: fc.constantFrom(...SYMBOLS),
    shareFactor: fc.constantFrom(new Decimal(2), new Decimal(5), new Decimal('0.5')),
    amount: fc.constant(new Decimal(0)),
    fee: fc.constant(new Decimal(0)),
    tax: fc.constant(new Decimal(0)),
    occurredAt: when,
  }),
  fc
    .record({
      type: fc.constantFrom('BUY' as const, 'SELL' as const),
      symbol: fc.constantFrom(...SYMBOLS),
      quantity: fc.integer({ min: 1, max: 200 }).map((value) => new Decimal(value)),
      price: fc.integer({ min: 1, max: 100_000 }).map((value) => new Decimal(value)),
      fee: won(500),
      tax: won(500),
      occurredAt: when,
    })
    .map((trade) => ({
      ...trade,
      tax: trade.type === 'BUY' ? new Decimal(0) : trade.tax,
      amount: trade.quantity.times(trade.price),
      // T+2 from the trading day the trade counts as (the next one on a weekend or holiday).
      settlesOn: settlesOn(seoulDay(trade.occurredAt)),
    })),
);

/** Every point of the ledger in date order, replayed independently of the checks. */
function pointsInDateOrder(entries: DatedEntry[]): LedgerState[] {
  const ordered = [...entries].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.sequence - b.sequence,
  );
  const points: LedgerState[] = [];
  let state = emptyLedger;
  for (const entry of ordered) {
    state = applyEntry(state, { ...entry, date: seoulDay(entry.occurredAt) });
    points.push(state);
  }
  return points;
}

describe('the ledger read in date order', () => {
  it('never shows negative cash or positions, nor more settled cash than cash, whatever order entries were recorded in', () => {
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 40 }), (drafts) => {
        const accepted: DatedEntry[] = [];
        drafts.forEach((entry, sequence) => {
          const candidate = [...accepted, { ...entry, sequence }];
          if (!validateInDateOrder(candidate).refusal) accepted.push({ ...entry, sequence });
        });
        // A refused entry leaves the accepted ledger valid; the accepted one replays cleanly.
        expect(validateInDateOrder(accepted).refusal).toBeUndefined();
        for (const state of pointsInDateOrder(accepted)) {
          expect(state.cash.isNegative()).toBe(false);
          for (const position of state.positions.values()) {
            expect(position.quantity.isNegative()).toBe(false);
          }
          for (let day = 0; day <= DAYS + 5; day++) {
            const settled = settledCashOn(state, addDays(FIRST_DAY, day));
            expect(settled.isNegative()).toBe(false);
            expect(settled.lessThanOrEqualTo(state.cash)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a withdrawal of sale cash before the sale settles, and allows it once it has', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: DAYS - 1 }),
        (shares, price, offset) => {
          const day = addDays(FIRST_DAY, offset);
          fc.pre(isTradingDay(day));
          const at = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);
          const zero = new Decimal(0);
          const amount = new Decimal(shares * price);
          const settles = settlementDate(day);
          const base: DatedEntry[] = [
            {
              type: 'DEPOSIT',
              amount,
              fee: zero,
              tax: zero,
              occurredAt: at(day, '08:00'),
              sequence: 1,
            },
            {
              type: 'BUY',
              symbol: '005930',
              quantity: new Decimal(shares),
              price: new Decimal(price),
              amount,
              fee: zero,
              tax: zero,
              occurredAt: at(day, '09:00'),
              sequence: 2,
            },
            {
              type: 'SELL',
              symbol: '005930',
              quantity: new Decimal(shares),
              price: new Decimal(price),
              amount,
              fee: zero,
              tax: zero,
              settlesOn: settles,
              occurredAt: at(day, '10:00'),
              sequence: 3,
            },
          ];
          const withdraw = (date: string): DatedEntry => ({
            type: 'WITHDRAW',
            amount,
            fee: zero,
            tax: zero,
            occurredAt: at(date, '12:00'),
            sequence: 4,
          });
          const dayBefore = addDays(settles, -1);
          expect(validateInDateOrder([...base, withdraw(dayBefore)]).refusal?.error.field).toBe(
            'amount',
          );
          expect(validateInDateOrder([...base, withdraw(settles)]).refusal).toBeUndefined();
        },
      ),
      { numRuns: 100 },
    );
  });
});
