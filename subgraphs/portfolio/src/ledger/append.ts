import { badInput } from '@capstone/errors';
import type { Transaction } from '../generated/prisma/client.js';
import type { TransactionClient } from '../idempotency.js';
import { applyEntry, LedgerError, type LedgerEntry, type LedgerState } from './ledger.js';
import { toLedgerEntry } from './load.js';
import { replay } from './ledger.js';

export interface NewEntry extends LedgerEntry {
  occurredAt: Date;
  note?: string | null;
}

/**
 * Appends entries to a portfolio's ledger inside the caller's transaction. The portfolio row
 * is locked first, so two trades on one portfolio never both pass a check that only one of
 * them should; an entry the ledger refuses aborts the whole append.
 */
export async function appendToLedger(
  tx: TransactionClient,
  portfolioId: string,
  entries: NewEntry[],
): Promise<{ rows: Transaction[]; state: LedgerState }> {
  await tx.$queryRaw`SELECT id FROM Portfolio WHERE id = ${portfolioId} FOR UPDATE`;
  const history = await tx.transaction.findMany({
    where: { portfolioId },
    orderBy: { sequence: 'asc' },
  });
  let state = replay(history.map(toLedgerEntry));
  entries.forEach((entry, index) => {
    try {
      state = applyEntry(state, entry);
    } catch (error) {
      if (error instanceof LedgerError) {
        throw badInput(
          entries.length > 1 ? `Entry ${index + 1}: ${error.message}` : error.message,
          { argument: error.field, ...(entries.length > 1 ? { entry: index + 1 } : {}) },
        );
      }
      throw error;
    }
  });
  const rows: Transaction[] = [];
  for (const entry of entries) {
    rows.push(
      await tx.transaction.create({
        data: {
          portfolioId,
          type: entry.type,
          symbol: entry.symbol ?? null,
          quantity: entry.quantity?.toFixed() ?? null,
          price: entry.price?.toFixed() ?? null,
          amount: entry.amount.toFixed(),
          fee: entry.fee.toFixed(),
          tax: entry.tax.toFixed(),
          occurredAt: entry.occurredAt,
          note: entry.note ?? null,
        },
      }),
    );
  }
  return { rows, state };
}
