import {
  CALENDAR_YEARS,
  CalendarRangeError,
  dayNumber,
  holidayTableCovers,
  seoulDate,
} from '@capstone/krx-calendar';
import { buildIndex, INDEX_SPECS } from './indices.js';
import { DEFAULT_UNIVERSE, KNOWN_INSTRUMENTS, type InstrumentProfile } from './instruments.js';
import { loadReplay } from './replay.js';
import { phantomBar } from './session-bar.js';
import { SyntheticHistory } from './synthetic/history.js';
import type { IndexCode, SimulatedBar, SimulatedIndexBar } from './types.js';

export interface MarketDataOptions {
  seed: number;
  historyFrom: string;
  dataDir?: string;
  symbols?: readonly string[];
  pinnedCloses?: Readonly<Record<string, { date: string; close: number }>>;
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
 */
export class MarketData {
  readonly profiles: InstrumentProfile[];
  readonly kind: 'synthetic' | 'replay';
  private readonly bySymbol: Map<string, InstrumentProfile>;
  private readonly synthetic: SyntheticHistory | null;
  private readonly replay: Map<string, SimulatedBar[]> | null;
  private readonly indexCache = new Map<string, SimulatedIndexBar[]>();
  // Quotes ask for a stock's history on every call; the slice only changes when the day does.
  private readonly historyCache = new Map<
    string,
    { today: string; bars: readonly SimulatedBar[] }
  >();

  constructor(private readonly options: MarketDataOptions) {
    if (options.dataDir) {
      const data = loadReplay(options.dataDir, options.symbols);
      this.kind = 'replay';
      this.profiles = data.profiles;
      this.replay = data.bars;
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
      this.profiles = (options.symbols ?? DEFAULT_UNIVERSE).map((symbol) => {
        const profile = KNOWN_INSTRUMENTS.get(symbol);
        if (!profile) throw new Error(`the synthetic universe has no stock ${symbol}`);
        return profile;
      });
      this.synthetic = new SyntheticHistory(
        options.seed,
        options.historyFrom,
        this.profiles,
        options.pinnedCloses,
      );
      this.replay = null;
    }
    this.bySymbol = new Map(this.profiles.map((profile) => [profile.symbol, profile]));
  }

  today(): string {
    return seoulDate(this.options.now());
  }

  profile(symbol: string): InstrumentProfile | undefined {
    return this.bySymbol.get(symbol);
  }

  private bars(symbol: string, through: string): readonly SimulatedBar[] {
    if (this.synthetic) {
      this.synthetic.ensureThrough(through);
      return this.synthetic.barsOf(symbol);
    }
    return this.replay?.get(symbol) ?? [];
  }

  /** Completed bars (dated before `today`), oldest first; shared, so callers must not mutate it. */
  history(symbol: string, today = this.today()): readonly SimulatedBar[] {
    const cached = this.historyCache.get(symbol);
    if (cached?.today === today) return cached.bars;
    const bars = this.bars(symbol, today);
    const history = bars.slice(0, lowerBound(bars, today));
    this.historyCache.set(symbol, { today, bars: history });
    return history;
  }

  /** The bar a session on `date` ends at: the source's own for that date, else a phantom one. */
  sessionBar(symbol: string, date: string): SimulatedBar | null {
    const profile = this.bySymbol.get(symbol);
    if (!profile) return null;
    const bars = this.bars(symbol, date);
    const at = lowerBound(bars, date);
    const own = bars[at];
    if (own?.date === date) return own;
    return phantomBar(this.options.seed, profile, date, bars.slice(Math.max(0, at - 21), at));
  }

  indexBars(code: IndexCode, today = this.today()): SimulatedIndexBar[] {
    const key = `${code}|${today}`;
    let cached = this.indexCache.get(key);
    if (!cached) {
      const spec = INDEX_SPECS[code];
      const members = this.profiles
        .filter((profile) => profile.market === spec.market)
        .map((profile) => ({ bars: this.history(profile.symbol, today), shares: profile.shares }));
      cached = buildIndex(members, spec);
      // One day's indices at a time: the history only ever moves forward.
      for (const old of this.indexCache.keys())
        if (!old.endsWith(`|${today}`)) this.indexCache.delete(old);
      this.indexCache.set(key, cached);
    }
    return cached;
  }
}
