import { Decimal } from '@capstone/server-kit';

export type TransactionType = 'DEPOSIT' | 'WITHDRAW' | 'BUY' | 'SELL' | 'DIVIDEND';

/** One ledger line in exact arithmetic. `amount` is the cash before fee and tax. */
export interface LedgerEntry {
  type: TransactionType;
  symbol?: string | null;
  quantity?: Decimal | null;
  price?: Decimal | null;
  amount: Decimal;
  fee: Decimal;
  tax: Decimal;
}

export interface Position {
  symbol: string;
  quantity: Decimal;
  /** What the shares still held cost, buy fees and taxes included. */
  costBasis: Decimal;
  realizedPnl: Decimal;
}

export interface LedgerState {
  cash: Decimal;
  positions: ReadonlyMap<string, Position>;
  realizedPnl: Decimal;
  dividends: Decimal;
  /** Deposits less withdrawals. */
  netContributions: Decimal;
}

/** An entry the ledger refuses, naming the field of the entry at fault. */
export class LedgerError extends Error {
  override name = 'LedgerError';
  constructor(
    message: string,
    readonly field: 'symbol' | 'quantity' | 'amount' | 'fee' | 'tax',
  ) {
    super(message);
  }
}

/** Money keeps four decimal places, like the database columns. */
const MONEY_PLACES = 4;
const ZERO = new Decimal(0);

export const emptyLedger: LedgerState = {
  cash: ZERO,
  positions: new Map(),
  realizedPnl: ZERO,
  dividends: ZERO,
  netContributions: ZERO,
};

/**
 * The state after one more entry, or a LedgerError when the entry is not allowed:
 * selling more than is held, withdrawing or spending more cash than there is.
 * The input state is never changed, so a refused entry leaves everything as it was.
 */
export function applyEntry(state: LedgerState, entry: LedgerEntry): LedgerState {
  const next = nextState(state, entry);
  // Fees and taxes can outweigh a small sale or dividend; cash never goes below zero.
  if (next.cash.isNegative()) {
    throw new LedgerError(
      `This ${entry.type} would leave cash at ${next.cash.toFixed()}; only ${state.cash.toFixed()} cash is available`,
      'fee',
    );
  }
  return next;
}

/** The cash an entry moves: in for deposits, dividends and sales, out for withdrawals and buys. */
export function cashFlow({ type, amount, fee, tax }: LedgerEntry): Decimal {
  switch (type) {
    case 'DEPOSIT':
      return amount.minus(fee);
    case 'WITHDRAW':
      return amount.plus(fee).negated();
    case 'DIVIDEND':
    case 'SELL':
      return amount.minus(fee).minus(tax);
    case 'BUY':
      return amount.plus(fee).plus(tax).negated();
  }
}

function nextState(state: LedgerState, entry: LedgerEntry): LedgerState {
  const { amount, fee } = entry;
  const negative = (['amount', 'fee', 'tax'] as const).find((field) => entry[field].isNegative());
  if (negative) throw new LedgerError('Amounts, fees and taxes cannot be negative', negative);
  const flow = cashFlow(entry);
  switch (entry.type) {
    case 'DEPOSIT':
      return {
        ...state,
        cash: state.cash.plus(flow),
        netContributions: state.netContributions.plus(flow),
      };
    case 'WITHDRAW': {
      const cash = state.cash.plus(flow);
      if (cash.isNegative()) {
        throw new LedgerError(
          `Cannot withdraw ${amount.plus(fee).toFixed()}: only ${state.cash.toFixed()} cash is available`,
          'amount',
        );
      }
      return { ...state, cash, netContributions: state.netContributions.plus(flow) };
    }
    case 'DIVIDEND': {
      const net = flow;
      if (net.isNegative())
        throw new LedgerError("A dividend's tax and fee cannot be more than the dividend", 'tax');
      return { ...state, cash: state.cash.plus(net), dividends: state.dividends.plus(net) };
    }
    case 'BUY': {
      const { symbol, quantity } = tradeParts(entry);
      const outlay = flow.negated();
      const cash = state.cash.minus(outlay);
      if (cash.isNegative()) {
        throw new LedgerError(
          `Buying ${quantity.toFixed()} ${symbol} needs ${outlay.toFixed()} but only ${state.cash.toFixed()} cash is available`,
          'quantity',
        );
      }
      const held = state.positions.get(symbol);
      const position: Position = {
        symbol,
        quantity: (held?.quantity ?? ZERO).plus(quantity),
        costBasis: (held?.costBasis ?? ZERO).plus(outlay),
        realizedPnl: held?.realizedPnl ?? ZERO,
      };
      return { ...state, cash, positions: withPosition(state.positions, position) };
    }
    case 'SELL': {
      const { symbol, quantity } = tradeParts(entry);
      const held = state.positions.get(symbol);
      if (!held || held.quantity.lessThan(quantity)) {
        throw new LedgerError(
          `Cannot sell ${quantity.toFixed()} ${symbol}: only ${(held?.quantity ?? ZERO).toFixed()} held`,
          'quantity',
        );
      }
      const remaining = held.quantity.minus(quantity);
      // Average cost: the sold shares take their share of the cost; the last sale takes the rest,
      // so the rounding never leaves a cost behind on a closed position.
      const costSold = remaining.isZero()
        ? held.costBasis
        : held.costBasis.times(quantity).dividedBy(held.quantity).toDecimalPlaces(MONEY_PLACES);
      const proceeds = flow;
      const pnl = proceeds.minus(costSold);
      const position: Position = {
        symbol,
        quantity: remaining,
        costBasis: held.costBasis.minus(costSold),
        realizedPnl: held.realizedPnl.plus(pnl),
      };
      return {
        ...state,
        cash: state.cash.plus(proceeds),
        realizedPnl: state.realizedPnl.plus(pnl),
        positions: withPosition(state.positions, position),
      };
    }
  }
}

/** Replays a ledger from the start, in order. */
export function replay(entries: Iterable<LedgerEntry>): LedgerState {
  let state = emptyLedger;
  for (const entry of entries) state = applyEntry(state, entry);
  return state;
}

/** Average cost per share, to the money precision; zero for a closed position. */
export function averageCost(position: Position): Decimal {
  return position.quantity.isZero()
    ? ZERO
    : position.costBasis.dividedBy(position.quantity).toDecimalPlaces(MONEY_PLACES);
}

function tradeParts(entry: LedgerEntry): { symbol: string; quantity: Decimal } {
  if (!entry.symbol) throw new LedgerError(`A ${entry.type} needs a symbol`, 'symbol');
  if (!entry.quantity || !entry.quantity.isPositive() || entry.quantity.isZero()) {
    throw new LedgerError(`A ${entry.type} needs a positive quantity`, 'quantity');
  }
  return { symbol: entry.symbol, quantity: entry.quantity };
}

function withPosition(
  positions: ReadonlyMap<string, Position>,
  position: Position,
): ReadonlyMap<string, Position> {
  const next = new Map(positions);
  next.set(position.symbol, position);
  return next;
}
