import { dayNumber } from '@capstone/krx-calendar';

/**
 * A stock split (액면분할) or reverse split (액면병합) the simulator plays out: from `date` each
 * share is `ratio` shares (50 for Samsung Electronics' 50:1 split; 0.1 for a 1:10 merger), the
 * base price is the previous close over `ratio`, KIS's adjusted history is re-based, and the
 * raw history stays as it traded. Trading stops from `haltedFrom` to the day before `date`, as
 * KRX halts a stock while its new shares are registered.
 */
export interface SimulatedSplit {
  symbol: string;
  /** YYYY-MM-DD: the first trading day at the new basis. */
  date: string;
  ratio: number;
  haltedFrom?: string;
}

/**
 * Real splits of instruments the simulator knows (dates of KRX's announcements: halts, then the
 * first day of trading in the new shares).
 */
export const KNOWN_SPLITS: readonly SimulatedSplit[] = [
  { symbol: '005930', date: '2018-05-04', ratio: 50, haltedFrom: '2018-04-30' },
  { symbol: '035420', date: '2018-10-12', ratio: 5, haltedFrom: '2018-10-08' },
  { symbol: '035720', date: '2021-04-15', ratio: 5, haltedFrom: '2021-04-12' },
  { symbol: '086520', date: '2024-04-25', ratio: 5, haltedFrom: '2024-04-09' },
];

export class SplitError extends Error {
  override name = 'SplitError';
}

/** The splits of a simulator's universe, by symbol, oldest first. */
export class Splits {
  private readonly bySymbol = new Map<string, SimulatedSplit[]>();

  constructor(splits: readonly SimulatedSplit[]) {
    for (const split of splits) this.add(split);
  }

  add(split: SimulatedSplit): void {
    if (!(split.ratio > 0) || split.ratio === 1 || !Number.isFinite(split.ratio)) {
      throw new SplitError(`split ${split.symbol}: ratio must be a positive number other than 1`);
    }
    dayNumber(split.date);
    if (split.haltedFrom !== undefined && split.haltedFrom >= split.date) {
      throw new SplitError(`split ${split.symbol}: haltedFrom must come before date`);
    }
    const list = this.bySymbol.get(split.symbol) ?? [];
    if (list.some((other) => other.date === split.date)) {
      throw new SplitError(`split ${split.symbol}: there is one on ${split.date} already`);
    }
    this.bySymbol.set(
      split.symbol,
      [...list, { ...split }].sort((a, b) => a.date.localeCompare(b.date)),
    );
  }

  of(symbol: string): readonly SimulatedSplit[] {
    return this.bySymbol.get(symbol) ?? [];
  }

  on(symbol: string, date: string): SimulatedSplit | undefined {
    return this.of(symbol).find((split) => split.date === date);
  }

  /** Whether trading is halted for a coming split on `date`. */
  halted(symbol: string, date: string): boolean {
    return this.of(symbol).some(
      (split) => split.haltedFrom !== undefined && split.haltedFrom <= date && date < split.date,
    );
  }

  /** The product of the ratios of the splits dated after `after` and no later than `through`. */
  factor(symbol: string, after: string, through: string): number {
    return this.of(symbol)
      .filter((split) => split.date > after && split.date <= through)
      .reduce((product, split) => product * split.ratio, 1);
  }
}
