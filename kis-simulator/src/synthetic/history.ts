import { addDays, tradingDays } from '@capstone/krx-calendar';
import type { InstrumentProfile } from '../instruments.js';
import { priceLimits, roundToTick } from '@capstone/krx-rules';
import type { SimulatedBar } from '../types.js';
import { FactorModel, type StockDay } from './factor-model.js';

/**
 * Synthetic daily bars on KRX trading days, generated lazily and strictly in date order, so that
 * asking for more history later yields exactly what asking for it at once would have.
 */
export class SyntheticHistory {
  private readonly model: FactorModel;
  private readonly bars = new Map<string, SimulatedBar[]>();
  private generatedThrough: string;

  // Trading days left until each pinned close, counted down as the path is generated.
  private readonly daysToPin = new Map<string, number>();

  constructor(
    seed: number,
    private readonly historyFrom: string,
    private readonly profiles: readonly InstrumentProfile[],
    private readonly pins: Readonly<Record<string, { date: string; close: number }>> = {},
  ) {
    this.model = new FactorModel(seed, profiles);
    for (const profile of profiles) this.bars.set(profile.symbol, []);
    this.generatedThrough = addDays(historyFrom, -1);
  }

  /** All bars generated so far for a symbol (shared array: never mutate). */
  barsOf(symbol: string): readonly SimulatedBar[] {
    return this.bars.get(symbol) ?? [];
  }

  /** Generates every trading day up to and including `date`. */
  ensureThrough(date: string): void {
    if (date <= this.generatedThrough) return;
    for (const day of tradingDays(addDays(this.generatedThrough, 1), date)) this.generateDay(day);
    this.generatedThrough = date;
  }

  private generateDay(date: string): void {
    this.model.advanceDay();
    for (const profile of this.profiles) {
      const start = profile.listedOn > this.historyFrom ? profile.listedOn : this.historyFrom;
      if (date < start) continue;
      const series = this.bars.get(profile.symbol);
      if (!series) continue;
      const previous =
        series.at(-1)?.close ?? roundToTick(profile.startPrice, { market: profile.market, date });
      const day = this.model.stockDay(profile.symbol);
      const pin = this.pins[profile.symbol];
      const bridged =
        pin && date <= pin.date
          ? { ...day, logReturn: this.bridge(profile.symbol, pin, date, previous, day.logReturn) }
          : day;
      series.push(bar(date, previous, profile, bridged, series.length === 0));
    }
  }

  /**
   * A discretised Brownian bridge: the drift closes the remaining gap to the pinned close evenly
   * over the days left, and the day's own random move is scaled so that the path's variance
   * shrinks to nothing on the pinned day, which closes exactly at the pin.
   */
  private bridge(
    symbol: string,
    pin: { date: string; close: number },
    date: string,
    previousClose: number,
    logReturn: number,
  ): number {
    const left = this.daysToPin.get(symbol) ?? tradingDays(date, pin.date).length;
    this.daysToPin.set(symbol, left - 1);
    if (left <= 1) return Math.log(pin.close / previousClose);
    return Math.log(pin.close / previousClose) / left + logReturn * Math.sqrt((left - 1) / left);
  }
}

function bar(
  date: string,
  previousClose: number,
  profile: InstrumentProfile,
  day: StockDay,
  firstDay: boolean,
): SimulatedBar {
  // Hot path (50 stocks × 3,000 days): plain arithmetic, no closures.
  const { market } = profile;
  const { upper, lower } = priceLimits(previousClose, { market, date })!; // stocks always have daily limits
  const { rng, sigma, logReturn } = day;
  const close = Math.min(
    upper,
    Math.max(lower, roundToTick(previousClose * Math.exp(logReturn), { market, date })),
  );
  // Part of the day's move happens overnight; a listing day opens at the offer price.
  const gap = 0.35 * logReturn + 0.25 * sigma * rng.normal();
  const open = firstDay
    ? previousClose
    : Math.min(
        upper,
        Math.max(lower, roundToTick(previousClose * Math.exp(gap), { market, date })),
      );
  const top = Math.max(open, close);
  const bottom = Math.min(open, close);
  const up = roundToTick(
    top * Math.exp(Math.abs(rng.normal()) * 0.45 * sigma),
    { market, date },
    'up',
  );
  const down = roundToTick(
    bottom * Math.exp(-Math.abs(rng.normal()) * 0.45 * sigma),
    { market, date },
    'down',
  );
  const activity = (0.55 + (0.45 * Math.abs(logReturn)) / sigma) * (day.stressed ? 1.5 : 1);
  return {
    date,
    open,
    high: Math.max(top, Math.min(upper, up)),
    low: Math.min(bottom, Math.max(lower, down)),
    close,
    volume: Math.max(
      1,
      Math.round(profile.avgVolume * Math.exp(0.3 * rng.normal() - 0.045) * activity),
    ),
  };
}
