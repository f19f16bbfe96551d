import { Decimal, requestLoader } from '@capstone/server-kit';
import type { PortfolioContext } from '../context.js';
import type { Transaction } from '../generated/prisma/client.js';
import { replayInDateOrder, seoulDay, type DatedEntry } from './dated.js';
import type { LedgerState } from './ledger.js';

type PrismaDecimal = { toString(): string };
const exact = (value: PrismaDecimal): Decimal => new Decimal(value.toString());
const exactOrNull = (value: PrismaDecimal | null): Decimal | null =>
  value === null ? null : exact(value);

export function toDatedEntry(row: Transaction): DatedEntry {
  return {
    type: row.type,
    symbol: row.symbol,
    quantity: exactOrNull(row.quantity),
    price: exactOrNull(row.price),
    amount: exact(row.amount),
    fee: exact(row.fee),
    tax: exact(row.tax),
    shareFactor: exactOrNull(row.shareFactor),
    settlesOn: row.settlesOn ? row.settlesOn.toISOString().slice(0, 10) : null,
    date: seoulDay(row.occurredAt),
    occurredAt: row.occurredAt,
    sequence: row.sequence,
  };
}

/**
 * Portfolios' ledgers replayed from the database in date order, each once per request however
 * many fields need it, and those of a list of portfolios (a user's) in one query.
 */
const ledgers = requestLoader(
  async (portfolioIds: readonly string[], { prisma }: PortfolioContext) => {
    const rows = await prisma.transaction.findMany({
      where: { portfolioId: { in: [...portfolioIds] } },
    });
    const entries = new Map(portfolioIds.map((id) => [id, [] as DatedEntry[]]));
    for (const row of rows) entries.get(row.portfolioId)?.push(toDatedEntry(row));
    return portfolioIds.map((id) => replayInDateOrder(entries.get(id)!));
  },
);

export function ledgerOf(context: PortfolioContext, portfolioId: string): Promise<LedgerState> {
  return ledgers(context).load(portfolioId);
}
