import type { InstrumentProfile } from './instruments.js';
import { streamFor } from './random.js';
import { priceLimits, roundToTick } from '@capstone/krx-rules';
import type { SimulatedBar } from './types.js';

/** Traded value of a bar in KRW, as KIS's acml_tr_pbmn would report it (volume × typical price). */
export const barValue = (bar: SimulatedBar): number =>
  Math.round((bar.volume * (bar.open + bar.high + bar.low + bar.close)) / 4);

/**
 * A bar for a session that the data do not cover (a weekend in continuous mode, or any day after
 * a replay's files end): a seeded one-day move from the last close, with the stock's recent
 * volatility and volume, so live quotes stay plausible and repeatable. Only the last 21 bars of
 * `history` matter.
 */
export function phantomBar(
  seed: number,
  profile: InstrumentProfile,
  date: string,
  history: readonly SimulatedBar[],
): SimulatedBar | null {
  const last = history.at(-1);
  if (!last) return null;
  const recent = history.slice(-21);
  const returns = recent
    .slice(1)
    .map((bar, i) => Math.log(bar.close / (recent[i]?.close ?? bar.close)));
  const variance =
    returns.length > 1 ? returns.reduce((sum, r) => sum + r * r, 0) / returns.length : 0.015 ** 2;
  const sigma = Math.min(0.04, Math.max(0.006, Math.sqrt(variance)));
  const volumes = recent.slice(-20).map((bar) => bar.volume);
  const meanVolume = volumes.reduce((a, b) => a + b, 0) / Math.max(1, volumes.length);
  const rng = streamFor(seed, 'phantom', profile.symbol, date);
  const { market } = profile;
  const { upper, lower } = priceLimits(last.close, { market, date })!; // stocks always have daily limits
  const clamp = (price: number) => Math.min(upper, Math.max(lower, price));
  const move = sigma * rng.normal();
  const close = clamp(roundToTick(last.close * Math.exp(move), { market, date }));
  const open = clamp(
    roundToTick(last.close * Math.exp(0.35 * move + 0.25 * sigma * rng.normal()), { market, date }),
  );
  const top = Math.max(open, close);
  const bottom = Math.min(open, close);
  return {
    date,
    open,
    high: Math.max(
      top,
      Math.min(
        upper,
        roundToTick(top * Math.exp(Math.abs(rng.normal()) * 0.45 * sigma), { market, date }, 'up'),
      ),
    ),
    low: Math.min(
      bottom,
      Math.max(
        lower,
        roundToTick(
          bottom * Math.exp(-Math.abs(rng.normal()) * 0.45 * sigma),
          { market, date },
          'down',
        ),
      ),
    ),
    close,
    volume: Math.max(
      1,
      Math.round((meanVolume || profile.avgVolume) * Math.exp(0.3 * rng.normal())),
    ),
  };
}
