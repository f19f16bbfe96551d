import { seoulDate, sessionHours } from '@capstone/krx-calendar';
import { capWeights, INDEX_SPECS } from './indices.js';
import type { InstrumentProfile } from './instruments.js';
import { kstMidnight, kstTime } from './kst.js';
import type { MarketData } from './market.js';
import { streamFor, type Rng } from './random.js';
import { barValue } from './session-bar.js';
import { roundToTick } from '@capstone/krx-rules';
import type { IndexCode, SimulatedBar, SimulatedIndexBar } from './types.js';

export type SessionClock = 'continuous' | 'krx';
export type QuotePhase = 'before-open' | 'trading' | 'closing-auction' | 'closed' | 'no-session';

/** Where a stock stands at an instant, in the terms KIS's quotes use. */
export interface Quote {
  profile: InstrumentProfile;
  /** The business date of the quote (the last trading day when there is no session today). */
  date: string;
  phase: QuotePhase;
  /** 기준가: the previous close (divided by a split's ratio on its day). */
  basePrice: number;
  /** Listed shares and par value on `date` (splits change both). */
  shares: number;
  par: number;
  price: number;
  /** 0 until the first trade of the day, as KIS reports them. */
  open: number;
  high: number;
  low: number;
  volume: number;
  value: number;
  openTime: string;
  highTime: string;
  lowTime: string;
  /** Completed bars before `date`, oldest first. */
  history: readonly SimulatedBar[];
  /** Fraction of the session elapsed, 0…1. */
  progress: number;
}

/** A quote's day before its first trade: KIS reports zeros and blank times until then. */
export const NOTHING_TRADED = {
  open: 0,
  high: 0,
  low: 0,
  volume: 0,
  value: 0,
  openTime: '',
  highTime: '',
  lowTime: '',
} as const satisfies Partial<Quote>;

interface SessionWindow {
  date: string;
  start: number;
  end: number;
  /** Trades stop here for the closing call auction (KRX clock only). */
  auctionAt: number | null;
}

interface Path {
  steps: number;
  window: SessionWindow;
  prices: number[];
  cumVolume: number[];
  cumValue: number[];
  maxAt: number[];
  minAt: number[];
  profile: InstrumentProfile;
}

const MINUTE = 60_000;

/**
 * Live prices. A session is pinned to the day's bar (the source's own, or a phantom one): a
 * minute-by-minute path is drawn once per stock and day through the open, the high, the low and
 * the close in a random order, with Brownian-bridge wandering in between and a U-shaped volume
 * profile. The quote at any instant is read off that path, so inquire-price, the WebSocket and
 * the next day's history all agree, and nothing depends on how often anyone asks.
 */
export class IntradayEngine {
  private readonly paths = new Map<string, Path>();
  private pathsDate = '';

  constructor(
    private readonly market: MarketData,
    private readonly clock: SessionClock,
    private readonly seed: number,
  ) {}

  window(now: Date): SessionWindow | null {
    const date = seoulDate(now);
    if (this.clock === 'continuous') {
      const start = kstMidnight(date).getTime();
      return { date, start, end: start + 24 * 60 * MINUTE, auctionAt: null };
    }
    const hours = sessionHours(date);
    if (!hours) return null;
    return {
      date,
      start: hours.opensAt.getTime(),
      end: hours.closesAt.getTime(),
      auctionAt: hours.closingAuctionAt.getTime(),
    };
  }

  quote(symbol: string, now: Date): Quote | null {
    const profile = this.market.profile(symbol);
    if (!profile) return null;
    const window = this.window(now);
    if (!window) return this.lastDayQuote(profile, seoulDate(now));
    const history = this.market.history(symbol, window.date);
    const basePrice = this.market.basePrice(symbol, window.date);
    const bar = this.market.sessionBar(symbol, window.date);
    // No session today (halted for a split, delisted): the last trading day as it ended.
    if (!bar) return basePrice === null ? null : this.lastDayQuote(profile, window.date);
    if (basePrice === null) return null;
    const t = now.getTime();
    const base = {
      profile,
      date: window.date,
      basePrice,
      ...this.shareBasis(profile, window.date),
      history,
    };
    if (t < window.start) {
      return {
        ...base,
        phase: 'before-open',
        price: basePrice,
        ...NOTHING_TRADED,
        progress: 0,
      };
    }
    const span = window.end - window.start;
    let phase: QuotePhase = 'trading';
    let progress = (t - window.start) / span;
    if (t >= window.end) {
      phase = 'closed';
      progress = 1;
    } else if (window.auctionAt !== null && t >= window.auctionAt) {
      phase = 'closing-auction';
      progress = (window.auctionAt - window.start) / span;
    }
    const path = this.path(profile, bar, window);
    return { ...base, phase, progress, ...sample(path, progress, now) };
  }

  /** The index level now: the last close moved by the cap-weighted move of its members. */
  indexQuote(
    code: IndexCode,
    now: Date,
  ): { bar: SimulatedIndexBar; previous: SimulatedIndexBar | undefined } | null {
    const window = this.window(now);
    const today = window?.date ?? seoulDate(now);
    const bars = this.market.indexBars(code, today);
    const last = bars.at(-1);
    if (!last) return null;
    if (!window) return { bar: last, previous: bars.at(-2) };
    const spec = INDEX_SPECS[code];
    const quotes = this.market.profiles
      .filter((profile) => profile.market === spec.market)
      .map((profile) => this.quote(profile.symbol, now))
      .filter((quote): quote is Quote => quote !== null && quote.date === today);
    if (quotes.length === 0) return { bar: last, previous: bars.at(-2) };
    const weights = capWeights(
      quotes.map((quote) => quote.basePrice * quote.shares),
      spec.cap,
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const level = (pick: (quote: Quote) => number) =>
      Math.round(
        last.close *
          quotes.reduce(
            (sum, quote, i) => sum + (weights[i] ?? 0) * (pick(quote) / quote.basePrice),
            0,
          ) *
          (100 / total),
      ) / 100;
    const close = level((quote) => quote.price);
    const started = quotes.some((quote) => quote.open > 0);
    const open = started ? level((quote) => quote.open || quote.basePrice) : 0;
    return {
      previous: last,
      bar: {
        date: today,
        open,
        high: started
          ? Math.max(
              open,
              close,
              level((quote) => quote.high || quote.basePrice),
            )
          : 0,
        low: started
          ? Math.min(
              open,
              close,
              level((quote) => quote.low || quote.basePrice),
            )
          : 0,
        close,
        volume: Math.round(quotes.reduce((sum, quote) => sum + quote.volume, 0) / 1_000),
        value: Math.round(quotes.reduce((sum, quote) => sum + quote.value, 0) / 1_000_000),
      },
    };
  }

  private shareBasis(profile: InstrumentProfile, date: string) {
    return { shares: this.market.sharesOn(profile, date), par: this.market.parOn(profile, date) };
  }

  /** Outside any session (KRX clock, closed day): the last trading day as it ended. */
  private lastDayQuote(profile: InstrumentProfile, today: string): Quote | null {
    const all = this.market.history(profile.symbol, today);
    const last = all.at(-1);
    if (!last) return null;
    const history = all.slice(0, -1);
    return {
      profile,
      date: last.date,
      phase: 'no-session',
      basePrice: this.market.basePrice(profile.symbol, last.date) ?? last.open,
      ...this.shareBasis(profile, last.date),
      price: last.close,
      open: last.open,
      high: last.high,
      low: last.low,
      volume: last.volume,
      value: barValue(last),
      openTime: '',
      highTime: '',
      lowTime: '',
      history,
      progress: 1,
    };
  }

  private path(profile: InstrumentProfile, bar: SimulatedBar, window: SessionWindow): Path {
    if (this.pathsDate !== window.date) {
      this.paths.clear();
      this.pathsDate = window.date;
    }
    const key = `${profile.symbol}|${window.start}`;
    let path = this.paths.get(key);
    if (!path) {
      path = buildPath(
        profile,
        bar,
        window,
        streamFor(this.seed, 'intraday', profile.symbol, window.date),
      );
      this.paths.set(key, path);
    }
    return path;
  }
}

function buildPath(
  profile: InstrumentProfile,
  bar: SimulatedBar,
  window: SessionWindow,
  rng: Rng,
): Path {
  const steps = Math.max(4, Math.round((window.end - window.start) / MINUTE));
  const { open, high, low, close } = bar;
  const floor = Math.min(low, open, close);
  const ceiling = Math.max(high, open, close);
  const interior = () => 1 + rng.int(steps - 1);
  const highAt = high === open ? 0 : high === close ? steps : interior();
  let lowAt = low === open ? 0 : low === close ? steps : interior();
  if (lowAt === highAt) lowAt = lowAt > 1 ? lowAt - 1 : lowAt + 1;
  const anchors = new Map<number, number>([
    [0, open],
    [steps, close],
  ]);
  if (!anchors.has(highAt)) anchors.set(highAt, high);
  if (!anchors.has(lowAt)) anchors.set(lowAt, low);
  const points = [...anchors.entries()].sort((a, b) => a[0] - b[0]);

  const prices = new Array<number>(steps + 1).fill(open);
  const stepVol = Math.max(1, ceiling - floor) / (2 * Math.sqrt(steps));
  for (let a = 0; a + 1 < points.length; a++) {
    const [i0, v0] = points[a] ?? [0, open];
    const [i1, v1] = points[a + 1] ?? [steps, close];
    const n = i1 - i0;
    const walk = [0];
    for (let k = 1; k <= n; k++) walk.push((walk[k - 1] ?? 0) + stepVol * rng.normal());
    const end = walk[n] ?? 0;
    for (let k = 1; k < n; k++) {
      const raw = v0 + ((v1 - v0) * k) / n + (walk[k] ?? 0) - (end * k) / n;
      const rounded = roundToTick(Math.min(ceiling, Math.max(floor, raw)), {
        market: profile.market,
        date: bar.date,
      });
      prices[i0 + k] = Math.min(ceiling, Math.max(floor, rounded));
    }
  }
  for (const [index, value] of points) prices[index] = value;

  // U-shaped intraday volume: heavy at the open and the close, thin at lunch.
  const weights: number[] = [];
  for (let j = 0; j < steps; j++) {
    const x = (2 * (j + 0.5)) / steps - 1;
    weights.push((1 + 0.8 * x * x + 2.5 * x ** 4) * Math.exp(0.35 * rng.normal()));
  }
  const weightTotal = weights.reduce((a, b) => a + b, 0);
  const cumVolume = [0];
  let running = 0;
  for (let j = 0; j < steps; j++) {
    running += weights[j] ?? 0;
    cumVolume.push(j + 1 === steps ? bar.volume : Math.round((bar.volume * running) / weightTotal));
  }
  const rawValue = [0];
  for (let j = 0; j < steps; j++) {
    const traded = (cumVolume[j + 1] ?? 0) - (cumVolume[j] ?? 0);
    rawValue.push((rawValue[j] ?? 0) + (traded * ((prices[j] ?? 0) + (prices[j + 1] ?? 0))) / 2);
  }
  // Scaled so that the day's final traded value equals what the daily chart reports.
  const scale = (rawValue[steps] ?? 0) > 0 ? barValue(bar) / (rawValue[steps] ?? 1) : 0;
  const cumValue = rawValue.map((value) => value * scale);

  const maxAt = [0];
  const minAt = [0];
  for (let k = 1; k <= steps; k++) {
    const prevMax = maxAt[k - 1] ?? 0;
    const prevMin = minAt[k - 1] ?? 0;
    maxAt.push((prices[k] ?? 0) > (prices[prevMax] ?? 0) ? k : prevMax);
    minAt.push((prices[k] ?? 0) < (prices[prevMin] ?? 0) ? k : prevMin);
  }
  return { steps, window, prices, cumVolume, cumValue, maxAt, minAt, profile };
}

function sample(
  path: Path,
  progress: number,
  now: Date,
): Pick<
  Quote,
  'price' | 'open' | 'high' | 'low' | 'volume' | 'value' | 'openTime' | 'highTime' | 'lowTime'
> {
  const { steps, prices, cumVolume, cumValue, maxAt, minAt, window } = path;
  const position = Math.min(steps, Math.max(0, progress * steps));
  const m = Math.min(steps, Math.floor(position));
  const frac = position - m;
  const at = (k: number) => prices[k] ?? 0;
  let price = at(m);
  let volume = cumVolume[m] ?? 0;
  let value = cumValue[m] ?? 0;
  if (m < steps && frac > 0) {
    const a = at(m);
    const b = at(m + 1);
    const rounded = roundToTick(a + (b - a) * frac, {
      market: path.profile.market,
      date: window.date,
    });
    price = Math.min(Math.max(a, b), Math.max(Math.min(a, b), rounded));
    volume += Math.floor(((cumVolume[m + 1] ?? 0) - (cumVolume[m] ?? 0)) * frac);
    value += ((cumValue[m + 1] ?? 0) - (cumValue[m] ?? 0)) * frac;
  }
  const timeOf = (k: number) =>
    kstTime(new Date(window.start + (k * (window.end - window.start)) / steps));
  const maxIndex = maxAt[m] ?? 0;
  const minIndex = minAt[m] ?? 0;
  const nowTime = kstTime(now);
  return {
    price,
    open: at(0),
    high: Math.max(at(maxIndex), price),
    low: Math.min(at(minIndex), price),
    volume,
    value: Math.round(value),
    openTime: timeOf(0),
    highTime: price > at(maxIndex) ? nowTime : timeOf(maxIndex),
    lowTime: price < at(minIndex) ? nowTime : timeOf(minIndex),
  };
}
