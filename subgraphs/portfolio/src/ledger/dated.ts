import {
  applyEntry,
  emptyLedger,
  LedgerError,
  type LedgerEntry,
  type LedgerState,
} from './ledger.js';

/** A ledger line with what orders it: when it happened, then the order it was recorded in. */
export interface DatedEntry extends LedgerEntry {
  occurredAt: Date;
  /** The insertion order; entries not yet written come after every written one. */
  sequence: number;
  /** For a DIVIDEND: the record day (기준일) a holding is needed on; its own day when absent. */
  recordDate?: string | null;
}

/** The Seoul day an instant falls on (KRX days are Asia/Seoul dates). */
export const seoulDay = (instant: Date) =>
  new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** The one order the ledger is read in, by its checks and by its value history alike. */
export function byDate(a: DatedEntry, b: DatedEntry): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || a.sequence - b.sequence;
}

export interface Refusal {
  error: LedgerError;
  entry: DatedEntry;
}

/**
 * Replays a whole ledger in date order, checking every entry at its place in time: no position
 * or cash below zero at any point, no withdrawal beyond the cash settled by its day, and no
 * dividend without a holding on its record day. Returns the final state, or the first refusal.
 */
export function validateInDateOrder(
  entries: readonly DatedEntry[],
): { state: LedgerState; refusal?: undefined } | { state?: undefined; refusal: Refusal } {
  const ordered = [...entries].sort(byDate);
  let state = emptyLedger;
  for (const entry of ordered) {
    try {
      if (entry.type === 'DIVIDEND') checkRecordDateHolding(ordered, entry);
      state = applyEntry(state, { ...entry, date: entry.date ?? seoulDay(entry.occurredAt) });
    } catch (error) {
      if (error instanceof LedgerError) return { refusal: { error, entry } };
      throw error;
    }
  }
  return { state };
}

/** The state of a ledger that may predate today's checks: read in date order, never refused. */
export function replayInDateOrder(entries: readonly DatedEntry[]): LedgerState {
  let state = emptyLedger;
  for (const entry of [...entries].sort(byDate)) {
    try {
      state = applyEntry(state, { ...entry, date: entry.date ?? seoulDay(entry.occurredAt) });
    } catch (error) {
      // An entry written before a rule existed is shown, not hidden, and not held against reads.
      if (!(error instanceof LedgerError)) throw error;
    }
  }
  return state;
}

function checkRecordDateHolding(ordered: readonly DatedEntry[], dividend: DatedEntry): void {
  const day = dividend.recordDate ?? seoulDay(dividend.occurredAt);
  let held = 0n;
  // What came before the dividend, up to the end of its record day: later lines cannot make it.
  for (const entry of ordered.slice(0, ordered.indexOf(dividend))) {
    if (seoulDay(entry.occurredAt) > day) continue;
    if (entry.symbol !== dividend.symbol || !entry.quantity) {
      if (entry.type === 'SPLIT' && entry.symbol === dividend.symbol && entry.shareFactor) {
        held = BigInt(entry.shareFactor.times(held.toString()).floor().toFixed());
      }
      continue;
    }
    const shares = BigInt(entry.quantity.floor().toFixed());
    if (entry.type === 'BUY') held += shares;
    if (entry.type === 'SELL') held -= shares;
  }
  if (held <= 0n) {
    throw new LedgerError(
      {
        ko: `배당 기준일(${day})에 ${dividend.symbol}을(를) 보유하고 있지 않았습니다`,
        en: `No holding of ${dividend.symbol} on the dividend's record date (${day})`,
      },
      'symbol',
    );
  }
}
