import { badInput } from '@capstone/errors';
import type { Transaction } from '../generated/prisma/client.js';
import type { TransactionClient } from '../idempotency.js';
import { seoulDay, validateInDateOrder, type DatedEntry } from './dated.js';
import type { LedgerState } from './ledger.js';
import { toDatedEntry } from './load.js';

export interface NewEntry extends Omit<DatedEntry, 'sequence'> {
  note?: string | null;
  feeMethod?: 'COMPUTED' | 'GIVEN' | null;
  taxMethod?: 'COMPUTED' | 'GIVEN' | null;
  taxRule?: string | null;
  corporateActionId?: string | null;
}

/**
 * Appends entries to a portfolio's ledger inside the caller's transaction. The portfolio row
 * is locked first, so two trades on one portfolio never both pass a check that only one of
 * them should. The whole ledger, the new entries in their place by date, is checked in date
 * order (the order its value history is read in), so a back-dated entry is accepted only when
 * every entry after it still holds; anything refused aborts the whole append.
 */
export async function appendToLedger(
  tx: TransactionClient,
  portfolioId: string,
  entries: NewEntry[],
  /** More checks, run once the ledger has accepted the entries and before anything is written. */
  thenCheck?: () => void,
): Promise<{ rows: Transaction[]; state: LedgerState }> {
  await tx.$queryRaw`SELECT id FROM Portfolio WHERE id = ${portfolioId} FOR UPDATE`;
  const history = await tx.transaction.findMany({ where: { portfolioId } });
  const written = history.map(toDatedEntry);
  const last = written.reduce((max, entry) => Math.max(max, entry.sequence), 0);
  const added = entries.map((entry, index) => ({ ...entry, sequence: last + 1 + index }));
  const result = validateInDateOrder([...written, ...added]);
  if (result.refusal) {
    const { error, entry } = result.refusal;
    const index = added.indexOf(entry as (typeof added)[number]);
    if (index === -1) {
      // An entry already in the ledger no longer holds with the new one before it.
      const day = seoulDay(entry.occurredAt);
      throw badInput(
        {
          ko: `이 항목을 날짜 순서대로 넣으면 ${day}의 ${entry.type} 항목이 성립하지 않습니다: ${error.messages.ko}`,
          en: `Recorded in date order, this would invalidate the ${entry.type} of ${day}: ${error.messages.en}`,
        },
        { argument: 'occurredAt', conflictsWith: { type: entry.type, date: day } },
      );
    }
    const many = entries.length > 1;
    throw badInput(
      many
        ? {
            ko: `${index + 1}번째 항목: ${error.messages.ko}`,
            en: `Entry ${index + 1}: ${error.messages.en}`,
          }
        : error.messages,
      { argument: error.field, ...(many ? { entry: index + 1 } : {}) },
    );
  }
  thenCheck?.();
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
          feeMethod: entry.feeMethod ?? null,
          taxMethod: entry.taxMethod ?? null,
          taxRule: entry.taxRule ?? null,
          settlesOn: entry.settlesOn ? new Date(`${entry.settlesOn}T00:00:00.000Z`) : null,
          shareFactor: entry.shareFactor?.toFixed() ?? null,
          corporateActionId: entry.corporateActionId ?? null,
          occurredAt: entry.occurredAt,
          note: entry.note ?? null,
        },
      }),
    );
  }
  return { rows, state: result.state };
}
