import { addDays, tradingDays } from '@capstone/krx-calendar';
import type { Splits } from '../corporate-actions.js';
import type { InstrumentProfile } from '../instruments.js';
import { priceLimits, roundToTick } from '@capstone/krx-rules';
import type { SimulatedBar } from '../types.js';
import { FactorModel, type StockDay } from './factor-model.js';

/**
 * Synthetic daily bars on KRX trading days, generated lazily and strictly in date order, so that
 * asking for more history later yields exactly what asking for it at once would have.
 *
 * Prices are raw (as traded): on a split's day the previous close is divided by its ratio to give
 * the base price the day moves from, so the path itself has no jump; before it, trading halts
 * where the split says so. A profile's start price, volume and pins are on today's share basis
 * (`basis`: the product of the ratios of the splits known when the simulator started) and are
 * converted to the basis of their day.
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
    private readonly splits: Splits,
    private readonly basis: (symbol: string, date: string) => number,
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

  /** The last day generated: splits and delistings can only be added after it. */
  get through(): string {
    return this.generatedThrough;
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
      const start =
        profile.tradingSince > this.historyFrom ? profile.tradingSince : this.historyFrom;
      if (date < start || (profile.delistedOn && date >= profile.delistedOn)) continue;
      const series = this.bars.get(profile.symbol);
      if (!series) continue;
      // Drawn even on a halted day, so that a split's halt leaves the other days' moves alone.
      const day = this.model.stockDay(profile.symbol);
      if (this.splits.halted(profile.symbol, date)) continue;
      const scale = this.basis(profile.symbol, date);
      const last = series.at(-1)?.close;
      const split = this.splits.on(profile.symbol, date);
      const previous =
        last === undefined
          ? roundToTick(profile.startPrice / scale, { market: profile.market, date })
          : split
            ? roundToTick(last / split.ratio, { market: profile.market, date })
            : last;
      const pin = this.pins[profile.symbol];
      const bridged =
        pin && date <= pin.date
          ? {
              ...day,
              logReturn: this.bridge(
                profile.symbol,
                // The pin is a close as traded on its day: on this day's basis, before the splits
                // in between.
                {
                  date: pin.date,
                  close: pin.close * this.splits.factor(profile.symbol, date, pin.date),
                },
                date,
                previous,
                day.logReturn,
              ),
            }
          : day;
      series.push(bar(date, previous, profile, bridged, series.length === 0, scale));
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
    const left =
      this.daysToPin.get(symbol) ??
      tradingDays(date, pin.date).filter((day) => !this.splits.halted(symbol, day)).length;
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
  shareScale: number,
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
      Math.round(profile.avgVolume * shareScale * Math.exp(0.3 * rng.normal() - 0.045) * activity),
    ),
  };
}
