import { Decimal, requestLoader } from '@capstone/server-kit';
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

/**
 * Portfolios' ledgers replayed from the database, each once per request however many fields
 * need it, and those of a list of portfolios (a user's) in one query.
 */
const ledgers = requestLoader(
  async (portfolioIds: readonly string[], { prisma }: PortfolioContext) => {
    const rows = await prisma.transaction.findMany({
      where: { portfolioId: { in: [...portfolioIds] } },
      orderBy: [{ portfolioId: 'asc' }, { sequence: 'asc' }],
    });
    const entries = new Map(portfolioIds.map((id) => [id, [] as LedgerEntry[]]));
    for (const row of rows) entries.get(row.portfolioId)?.push(toLedgerEntry(row));
    return portfolioIds.map((id) => replay(entries.get(id)!));
  },
);

export function ledgerOf(context: PortfolioContext, portfolioId: string): Promise<LedgerState> {
  return ledgers(context).load(portfolioId);
}
