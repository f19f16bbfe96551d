import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SimulatedSplit } from './corporate-actions.js';
import { KNOWN_INSTRUMENTS, type InstrumentProfile } from './instruments.js';
import { koreanIsin } from './isin.js';
import type { SimulatedBar } from './types.js';

/**
 * Replay of real daily bars in the arclien_stock layout: `<code>.csv`, no header, columns
 * date,open,high,low,close,volume,change, one row per calendar day. Rows with open 0 are
 * weekends, holidays or trading halts and are skipped; every other row is served verbatim
 * (the source's rare high-below-close rounding quirks included), except that prices a file
 * adjusted for a known split are turned back into the raw ones (`toRawPrices`): the simulator
 * serves both series as KIS does.
 */
export interface ReplayData {
  profiles: InstrumentProfile[];
  bars: Map<string, SimulatedBar[]>;
}

const FILE = /^([0-9A-Z]{6})\.csv$/;

export class ReplayError extends Error {
  override name = 'ReplayError';
}

export function loadReplay(dir: string, symbols?: readonly string[]): ReplayData {
  const wanted = symbols ? new Set(symbols) : null;
  const profiles: InstrumentProfile[] = [];
  const bars = new Map<string, SimulatedBar[]>();
  for (const name of readdirSync(dir).sort()) {
    const symbol = FILE.exec(name)?.[1];
    if (!symbol || (wanted && !wanted.has(symbol))) continue;
    const series = parseBars(readFileSync(join(dir, name), 'utf8'), name);
    if (series.length === 0) continue;
    bars.set(symbol, series);
    profiles.push(profileFor(symbol, series));
  }
  if (profiles.length === 0)
    throw new ReplayError(`no <code>.csv daily-bar files with data in ${dir}`);
  return { profiles, bars };
}

function parseBars(text: string, file: string): SimulatedBar[] {
  const series: SimulatedBar[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const [date, ...fields] = line.split(',');
    const [open, high, low, close, volume] = fields.slice(0, 5).map(Number);
    if (
      !date ||
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
      [open, high, low, close, volume].some(
        (value) => value === undefined || !Number.isFinite(value),
      )
    ) {
      throw new ReplayError(`${file} line ${index + 1} is not date,open,high,low,close,volume,…`);
    }
    if (open === 0 || open === undefined || high === undefined || low === undefined) return;
    if (close === undefined || volume === undefined) return;
    // Prices are integers in the files; rounding only guards against a float-formatted source.
    series.push({
      date,
      open: Math.round(open),
      high: Math.round(high),
      low: Math.round(low),
      close: Math.round(close),
      volume: Math.round(volume),
    });
  });
  series.sort((a, b) => a.date.localeCompare(b.date));
  return series;
}

function profileFor(symbol: string, series: SimulatedBar[]): InstrumentProfile {
  const known = KNOWN_INSTRUMENTS.get(symbol);
  if (known) return known;
  const first = series[0];
  const volumes = series.slice(-60).map((bar) => bar.volume);
  return {
    symbol,
    isin: koreanIsin(symbol),
    nameKo: symbol,
    nameEn: symbol,
    market: 'KOSPI',
    kind: 'COMMON_STOCK',
    sectorCode: null,
    sectorId: 'holdings',
    industry: { large: '0000', medium: '0000' },
    krxSemiconductor: false,
    listedOn: first?.date ?? '1990-01-01',
    tradingSince: first?.date ?? '1990-01-01',
    delistedOn: null,
    // Unknown share counts: size the company like a mid-cap so it gets a modest index weight.
    shares: Math.max(1, Math.round(1e12 / Math.max(1, series.at(-1)?.close ?? 1))),
    par: 500,
    startPrice: first?.open ?? 1,
    avgVolume: Math.max(
      1,
      Math.round(volumes.reduce((a, b) => a + b, 0) / Math.max(1, volumes.length)),
    ),
    top50: false,
  };
}

/**
 * Raw prices (as traded) from a file that may be split-adjusted: the data collected in
 * shared/data/krx is adjusted across some splits (Samsung Electronics 2018, NAVER 2018) and not
 * others (Kakao 2021). Across each split, a file whose close falls by about the ratio on the day
 * is raw already; otherwise its earlier prices are multiplied by the ratio. Volumes are left as
 * they are (the files' volumes are raw in both cases).
 */
export function toRawPrices(
  bars: readonly SimulatedBar[],
  splits: readonly SimulatedSplit[],
): SimulatedBar[] {
  let raw = [...bars];
  for (const split of splits) {
    const at = raw.findIndex((bar) => bar.date >= split.date);
    const before = at > 0 ? raw[at - 1] : undefined;
    const after = at >= 0 ? raw[at] : undefined;
    if (!before || !after) continue;
    const fall = before.close / after.open;
    // Raw across the split: the price fell by the ratio (give or take the day's moves).
    if (Math.abs(Math.log(fall / split.ratio)) < Math.abs(Math.log(fall))) continue;
    raw = raw.map((bar, index) =>
      index < at
        ? {
            ...bar,
            open: Math.round(bar.open * split.ratio),
            high: Math.round(bar.high * split.ratio),
            low: Math.round(bar.low * split.ratio),
            close: Math.round(bar.close * split.ratio),
          }
        : bar,
    );
  }
  return raw;
}
