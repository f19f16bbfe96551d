import type { LocalizedMessage } from '@capstone/errors';
import { Decimal } from '@capstone/server-kit';

export type TransactionType = 'DEPOSIT' | 'WITHDRAW' | 'BUY' | 'SELL' | 'DIVIDEND' | 'SPLIT';

/** One ledger line in exact arithmetic. `amount` is the cash before fee and tax. */
export interface LedgerEntry {
  type: TransactionType;
  symbol?: string | null;
  quantity?: Decimal | null;
  price?: Decimal | null;
  amount: Decimal;
  fee: Decimal;
  tax: Decimal;
  /** The Seoul day the entry happened on, 'YYYY-MM-DD'; without it no settlement applies. */
  date?: string | null;
  /** A sale's settlement day: its cash is not withdrawable before it. */
  settlesOn?: string | null;
  /** A SPLIT's shares after per share before. */
  shareFactor?: Decimal | null;
  /** A SPLIT typed in by hand must find a holding; one from a corporate action may find none. */
  requireHolding?: boolean;
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
  /** Net proceeds of sales with their settlement days, for settled cash (oldest first). */
  pendingSales: readonly { settlesOn: string; amount: Decimal }[];
}

/** The largest amount of won any ledger column or total may hold: DECIMAL(15,0). */
export const MAX_WON = new Decimal('999999999999999');

export type LedgerField =
  'symbol' | 'quantity' | 'price' | 'amount' | 'fee' | 'tax' | 'shareFactor' | 'occurredAt';

/** An entry the ledger refuses, naming the field of the entry at fault, in Korean and English. */
export class LedgerError extends Error {
  override name = 'LedgerError';
  constructor(
    readonly messages: LocalizedMessage,
    readonly field: LedgerField,
  ) {
    super(messages.en);
  }
}

const won = (value: Decimal) => value.toFixed();

/** Money keeps four decimal places, like the database columns. */
const MONEY_PLACES = 4;
const ZERO = new Decimal(0);

export const emptyLedger: LedgerState = {
  cash: ZERO,
  positions: new Map(),
  realizedPnl: ZERO,
  dividends: ZERO,
  netContributions: ZERO,
  pendingSales: [],
};

/**
 * Cash that has settled by the end of `day`: cash less the proceeds of sales that settle after
 * it, never below zero (a buy paid with unsettled proceeds leaves nothing withdrawable).
 */
export function settledCashOn(state: LedgerState, day: string | null | undefined): Decimal {
  if (!day) return state.cash;
  const unsettled = state.pendingSales
    .filter((sale) => sale.settlesOn > day)
    .reduce((sum, sale) => sum.plus(sale.amount), ZERO);
  const settled = state.cash.minus(unsettled);
  return settled.isNegative() ? ZERO : settled;
}

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
      {
        ko: `이 ${entry.type} 거래 후 현금이 ${won(next.cash)}원이 됩니다. 사용할 수 있는 현금은 ${won(state.cash)}원입니다`,
        en: `This ${entry.type} would leave cash at ${won(next.cash)}; only ${won(state.cash)} cash is available`,
      },
      'fee',
    );
  }
  if (next.cash.greaterThan(MAX_WON)) {
    throw new LedgerError(
      {
        ko: `현금이 기록할 수 있는 한도(${won(MAX_WON)}원)를 넘게 됩니다`,
        en: `Cash would exceed the most the ledger can hold (${won(MAX_WON)} KRW)`,
      },
      entry.type === 'BUY' || entry.type === 'SELL' ? 'price' : 'amount',
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
    case 'SPLIT':
      return ZERO;
  }
}

function nextState(state: LedgerState, entry: LedgerEntry): LedgerState {
  const { amount, fee } = entry;
  const negative = (['amount', 'fee', 'tax'] as const).find((field) => entry[field].isNegative());
  if (negative) {
    throw new LedgerError(
      {
        ko: '금액·수수료·세금은 음수일 수 없습니다',
        en: 'Amounts, fees and taxes cannot be negative',
      },
      negative,
    );
  }
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
      const settled = settledCashOn(state, entry.date);
      if (cash.isNegative() || settled.lessThan(amount.plus(fee))) {
        const unsettled = state.cash.minus(settled);
        throw new LedgerError(
          unsettled.isZero()
            ? {
                ko: `${won(amount.plus(fee))}원을 출금할 수 없습니다. 현금은 ${won(state.cash)}원뿐입니다`,
                en: `Cannot withdraw ${won(amount.plus(fee))}: only ${won(state.cash)} cash is available`,
              }
            : {
                ko: `${won(amount.plus(fee))}원을 출금할 수 없습니다. 출금 가능한 결제 현금은 ${won(settled)}원이고, ${won(unsettled)}원은 매도 대금 결제(T+2)를 기다리고 있습니다`,
                en: `Cannot withdraw ${won(amount.plus(fee))}: only ${won(settled)} cash has settled; ${won(unsettled)} of sale proceeds settles on T+2`,
              },
          'amount',
        );
      }
      return { ...state, cash, netContributions: state.netContributions.plus(flow) };
    }
    case 'DIVIDEND': {
      const net = flow;
      if (net.isNegative()) {
        throw new LedgerError(
          {
            ko: '배당의 세금과 수수료는 배당금보다 클 수 없습니다',
            en: "A dividend's tax and fee cannot be more than the dividend",
          },
          'tax',
        );
      }
      return { ...state, cash: state.cash.plus(net), dividends: state.dividends.plus(net) };
    }
    case 'BUY': {
      const { symbol, quantity } = tradeParts(entry);
      const outlay = flow.negated();
      const cash = state.cash.minus(outlay);
      if (cash.isNegative()) {
        throw new LedgerError(
          {
            ko: `${symbol} ${quantity.toFixed()}주를 사려면 ${won(outlay)}원이 필요하지만 현금은 ${won(state.cash)}원뿐입니다`,
            en: `Buying ${quantity.toFixed()} ${symbol} needs ${won(outlay)} but only ${won(state.cash)} cash is available`,
          },
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
        const have = (held?.quantity ?? ZERO).toFixed();
        throw new LedgerError(
          {
            ko: `${symbol} ${quantity.toFixed()}주를 팔 수 없습니다. 보유 수량은 ${have}주입니다`,
            en: `Cannot sell ${quantity.toFixed()} ${symbol}: only ${have} held`,
          },
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
        pendingSales: entry.settlesOn
          ? [...state.pendingSales, { settlesOn: entry.settlesOn, amount: proceeds }]
          : state.pendingSales,
      };
    }
    case 'SPLIT': {
      const symbol = entry.symbol;
      if (!symbol) throw new LedgerError(NEEDS_SYMBOL('SPLIT'), 'symbol');
      const factor = entry.shareFactor;
      if (!factor || !factor.isPositive() || factor.isZero()) {
        throw new LedgerError(
          {
            ko: '분할 비율(shareFactor)은 0보다 커야 합니다',
            en: 'A SPLIT needs a share factor above 0',
          },
          'shareFactor',
        );
      }
      const held = state.positions.get(symbol);
      if (!held || held.quantity.isZero()) {
        if (!entry.requireHolding) return state;
        throw new LedgerError(
          {
            ko: `${symbol}을(를) 보유하지 않은 날의 분할은 기록할 수 없습니다`,
            en: `There is no holding of ${symbol} to split on that day`,
          },
          'symbol',
        );
      }
      // A merger's fractions of a share are paid out in cash by the issuer (단주 대금): that cash
      // comes as its own entry; the position keeps the whole shares.
      const position: Position = {
        ...held,
        quantity: held.quantity.times(factor).floor(),
      };
      return { ...state, positions: withPosition(state.positions, position) };
    }
  }
}

const NEEDS_SYMBOL = (type: string): LocalizedMessage => ({
  ko: `${type}에는 종목 코드(symbol)가 필요합니다`,
  en: `A ${type} needs a symbol`,
});

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
  if (!entry.symbol) throw new LedgerError(NEEDS_SYMBOL(entry.type), 'symbol');
  if (!entry.quantity || !entry.quantity.isPositive() || entry.quantity.isZero()) {
    throw new LedgerError(
      {
        ko: `${entry.type}에는 0보다 큰 수량이 필요합니다`,
        en: `A ${entry.type} needs a positive quantity`,
      },
      'quantity',
    );
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
