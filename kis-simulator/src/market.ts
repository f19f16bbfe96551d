import {
  CALENDAR_YEARS,
  CalendarRangeError,
  dayNumber,
  holidayTableCovers,
  seoulDate,
} from '@capstone/krx-calendar';
import { roundToTick } from '@capstone/krx-rules';
import { KNOWN_SPLITS, SplitError, Splits, type SimulatedSplit } from './corporate-actions.js';
import { buildIndex, INDEX_SPECS } from './indices.js';
import { DEFAULT_UNIVERSE, KNOWN_INSTRUMENTS, type InstrumentProfile } from './instruments.js';
import { loadReplay, toRawPrices } from './replay.js';
import { phantomBar } from './session-bar.js';
import { SyntheticHistory } from './synthetic/history.js';
import type { IndexCode, SimulatedBar, SimulatedIndexBar } from './types.js';

export interface MarketDataOptions {
  seed: number;
  historyFrom: string;
  dataDir?: string;
  symbols?: readonly string[];
  pinnedCloses?: Readonly<Record<string, { date: string; close: number }>>;
  /** Default: the real splits of the universe's stocks (KNOWN_SPLITS). */
  splits?: readonly SimulatedSplit[];
  now: () => Date;
}

/** First index whose date is >= `date` in date-sorted bars. */
function lowerBound(bars: readonly SimulatedBar[], date: string): number {
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bars[mid]?.date ?? '') < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The daily data the simulator serves. "History" is every bar dated before today in Seoul; a bar
 * dated today, if the source has one, is not history yet but the target the live session walks
 * towards, so that when the day rolls over the new history bar is exactly what the live quotes
 * ended at.
 *
 * Bars are raw, as traded. Splits divide the price from their day on; `adjustedHistory` is what
 * KIS serves as 수정주가 on a given day: every earlier bar on the basis of the latest split.
 */
export class MarketData {
  readonly profiles: InstrumentProfile[];
  readonly kind: 'synthetic' | 'replay';
  readonly splits: Splits;
  private readonly bySymbol: Map<string, InstrumentProfile>;
  private readonly synthetic: SyntheticHistory | null;
  private readonly replay: Map<string, SimulatedBar[]> | null;
  /** Per symbol, the product of the ratios of the splits known at the start: today's share basis. */
  private readonly basis = new Map<string, number>();
  private readonly indexCache = new Map<string, SimulatedIndexBar[]>();
  // Quotes ask for a stock's history on every call; the slice only changes when the day does.
  private readonly historyCache = new Map<
    string,
    { today: string; bars: readonly SimulatedBar[] }
  >();
  private readonly adjustedCache = new Map<
    string,
    { today: string; bars: readonly SimulatedBar[] }
  >();

  constructor(private readonly options: MarketDataOptions) {
    if (options.dataDir) {
      const data = loadReplay(options.dataDir, options.symbols);
      this.kind = 'replay';
      this.profiles = data.profiles.map((profile) => ({ ...profile }));
      this.splits = this.splitsOf(options.splits);
      this.replay = new Map(
        [...data.bars].map(([symbol, bars]) => [symbol, toRawPrices(bars, this.splits.of(symbol))]),
      );
      this.synthetic = null;
    } else {
      // Fails now, not at the first request, on a malformed date or one the holiday table lacks
      // (outside it the calendar only guesses, and a history would trade through Seollal).
      dayNumber(options.historyFrom);
      if (!holidayTableCovers(Number(options.historyFrom.slice(0, 4)))) {
        throw new CalendarRangeError(
          `the KRX holiday table covers ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}, not ${options.historyFrom}`,
        );
      }
      this.kind = 'synthetic';
      // Copies: a delisting or a split is this simulator's, not every one's in the process.
      this.profiles = (options.symbols ?? DEFAULT_UNIVERSE).map((symbol) => {
        const profile = KNOWN_INSTRUMENTS.get(symbol);
        if (!profile) throw new Error(`the synthetic universe has no stock ${symbol}`);
        return { ...profile };
      });
      this.splits = this.splitsOf(options.splits);
      this.synthetic = new SyntheticHistory(
        options.seed,
        options.historyFrom,
        this.profiles,
        this.splits,
        (symbol, date) => this.shareScale(symbol, date),
        options.pinnedCloses,
      );
      this.replay = null;
    }
    this.bySymbol = new Map(this.profiles.map((profile) => [profile.symbol, profile]));
  }

  private splitsOf(given: readonly SimulatedSplit[] | undefined): Splits {
    const symbols = new Set(this.profiles.map((profile) => profile.symbol));
    const splits = new Splits((given ?? KNOWN_SPLITS).filter((split) => symbols.has(split.symbol)));
    for (const symbol of symbols) {
      this.basis.set(
        symbol,
        splits.of(symbol).reduce((product, split) => product * split.ratio, 1),
      );
    }
    return splits;
  }

  today(): string {
    return seoulDate(this.options.now());
  }

  profile(symbol: string): InstrumentProfile | undefined {
    return this.bySymbol.get(symbol);
  }

  /** Shares on `date` per share of today's basis: how splits scale share counts and volumes. */
  shareScale(symbol: string, date: string): number {
    const applied = this.splits.factor(symbol, '0000-00-00', date);
    return applied / (this.basis.get(symbol) ?? 1);
  }

  /** Listed shares on `date`. */
  sharesOn(profile: InstrumentProfile, date: string): number {
    return Math.round(profile.shares * this.shareScale(profile.symbol, date));
  }

  /** Par value on `date`. */
  parOn(profile: InstrumentProfile, date: string): number {
    return profile.par / this.shareScale(profile.symbol, date);
  }

  /** Whether the instrument is listed on `date` (it is left out of the master files after). */
  listedOn(profile: InstrumentProfile, date: string): boolean {
    return !profile.delistedOn || date < profile.delistedOn;
  }

  /** The last day whose prices exist (served, or drawn by the synthetic history). */
  private fixedThrough(): string {
    const through = this.synthetic?.through ?? '';
    const today = this.today();
    return through > today ? through : today;
  }

  /**
   * Plays out a split from a day not generated yet (the raw history never changes): from `date`
   * the price is divided by `ratio`.
   */
  addSplit(split: SimulatedSplit): void {
    const profile = this.profile(split.symbol);
    if (!profile) throw new SplitError(`no instrument ${split.symbol} in this simulator`);
    const earliest = this.fixedThrough();
    if (
      split.date <= earliest ||
      (split.haltedFrom !== undefined && split.haltedFrom <= earliest)
    ) {
      throw new SplitError(
        `split ${split.symbol}: ${split.haltedFrom ?? split.date} is not after ${earliest}, whose prices exist already`,
      );
    }
    this.splits.add(split);
  }

  /** Delists an instrument from `date` on (after the days already generated). */
  delist(symbol: string, date: string): void {
    const profile = this.profile(symbol);
    if (!profile) throw new SplitError(`no instrument ${symbol} in this simulator`);
    const earliest = this.fixedThrough();
    if (date <= earliest) {
      throw new SplitError(`delisting ${symbol}: ${date} is not after ${earliest}`);
    }
    profile.delistedOn = date;
  }

  private bars(symbol: string, through: string): readonly SimulatedBar[] {
    if (this.synthetic) {
      this.synthetic.ensureThrough(through);
      return this.synthetic.barsOf(symbol);
    }
    return this.replay?.get(symbol) ?? [];
  }

  /** Completed raw bars (dated before `today`), oldest first; shared, so callers must not mutate it. */
  history(symbol: string, today = this.today()): readonly SimulatedBar[] {
    const cached = this.historyCache.get(symbol);
    if (cached?.today === today) return cached.bars;
    const bars = this.bars(symbol, today);
    const delisted = this.profile(symbol)?.delistedOn;
    const end = delisted && delisted < today ? delisted : today;
    const history = bars.slice(0, lowerBound(bars, end));
    this.historyCache.set(symbol, { today, bars: history });
    return history;
  }

  /**
   * The completed bars as KIS serves 수정주가 on `today`: each bar's prices divided, and its volume
   * multiplied, by the ratios of the splits after it up to `today`, prices rounded to the won.
   */
  adjustedHistory(symbol: string, today = this.today()): readonly SimulatedBar[] {
    const cached = this.adjustedCache.get(symbol);
    if (cached?.today === today) return cached.bars;
    const raw = this.history(symbol, today);
    const splits = this.splits.of(symbol).filter((split) => split.date <= today);
    const bars =
      splits.length === 0
        ? raw
        : raw.map((bar) => {
            const factor = this.splits.factor(symbol, bar.date, today);
            if (factor === 1) return bar;
            return {
              date: bar.date,
              open: Math.round(bar.open / factor),
              high: Math.round(bar.high / factor),
              low: Math.round(bar.low / factor),
              close: Math.round(bar.close / factor),
              volume: Math.round(bar.volume * factor),
            };
          });
    this.adjustedCache.set(symbol, { today, bars });
    return bars;
  }

  /** 기준가 on `date`: the previous close, divided by the ratio of a split that day. */
  basePrice(symbol: string, date: string): number | null {
    const profile = this.profile(symbol);
    const previous = this.history(symbol, date).at(-1);
    if (!profile || !previous) return null;
    const split = this.splits.on(symbol, date);
    return split
      ? roundToTick(previous.close / split.ratio, { market: profile.market, date })
      : previous.close;
  }

  /**
   * The bar a session on `date` ends at: the source's own for that date, else a phantom one drawn
   * from the recent adjusted history (whose last close is the day's base price). Null when the
   * stock does not trade that day (halted for a split, or delisted).
   */
  sessionBar(symbol: string, date: string): SimulatedBar | null {
    const profile = this.bySymbol.get(symbol);
    if (!profile || !this.listedOn(profile, date) || this.splits.halted(symbol, date)) return null;
    const bars = this.bars(symbol, date);
    const own = bars[lowerBound(bars, date)];
    if (own?.date === date) return own;
    return phantomBar(
      this.options.seed,
      profile,
      date,
      this.adjustedHistory(symbol, date).slice(-21),
    );
  }

  indexBars(code: IndexCode, today = this.today()): SimulatedIndexBar[] {
    const key = `${code}|${today}`;
    let cached = this.indexCache.get(key);
    if (!cached) {
      const spec = INDEX_SPECS[code];
      // On one price basis, so that a split is no move; weights by today's share counts. A
      // universe without a stock of the index's market (the 50 largest are all on KOSPI) builds
      // it from all its stocks, so that it still moves with the market.
      const stocks = this.profiles.filter((profile) => profile.kind !== 'ETF');
      const own = stocks.filter((profile) => profile.market === spec.market);
      const members = (own.length > 0 ? own : stocks).map((profile) => ({
        bars: this.adjustedHistory(profile.symbol, today),
        shares: this.sharesOn(profile, today),
      }));
      cached = buildIndex(members, spec);
      // One day's indices at a time: the history only ever moves forward.
      for (const old of this.indexCache.keys())
        if (!old.endsWith(`|${today}`)) this.indexCache.delete(old);
      this.indexCache.set(key, cached);
    }
    return cached;
  }
}
