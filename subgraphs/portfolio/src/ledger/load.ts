import { Decimal } from '@capstone/server-kit';
import type { PortfolioContext } from '../context.js';
import type { Transaction } from '../generated/prisma/client.js';
import { replay, type LedgerEntry, type LedgerState } from './ledger.js';

type PrismaDecimal = { toString(): string };
const exact = (value: PrismaDecimal): Decimal => new Decimal(value.toString());
const exactOrNull = (value: PrismaDecimal | null): Decimal | null =>
  value === null ? null : exact(value);

export function toLedgerEntry(row: Transaction): LedgerEntry {
  return {
    type: row.type,
    symbol: row.symbol,
    quantity: exactOrNull(row.quantity),
    price: exactOrNull(row.price),
    amount: exact(row.amount),
    fee: exact(row.fee),
    tax: exact(row.tax),
  };
}

/** The portfolio's ledger replayed from the database, once per request. */
export function ledgerOf(context: PortfolioContext, portfolioId: string): Promise<LedgerState> {
  let ledger = context.ledgers.get(portfolioId);
  if (!ledger) {
    ledger = context.prisma.transaction
      .findMany({ where: { portfolioId }, orderBy: { sequence: 'asc' } })
      .then((rows) => replay(rows.map(toLedgerEntry)));
    context.ledgers.set(portfolioId, ledger);
  }
  return ledger;
}
