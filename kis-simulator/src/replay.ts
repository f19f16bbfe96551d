import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_INSTRUMENTS, type InstrumentProfile } from './instruments.js';
import { koreanIsin } from './isin.js';
import type { SimulatedBar } from './types.js';

/**
 * Replay of real daily bars in the arclien_stock layout: `<code>.csv`, no header, columns
 * date,open,high,low,close,volume,change, one row per calendar day. Rows with open 0 are
 * weekends, holidays or trading halts and are skipped; every other row is served verbatim
 * (the source's rare high-below-close rounding quirks included), so what the simulator serves
 * is exactly what the files say.
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
    sector: 'Unclassified',
    sectorId: 'holdings',
    listedOn: first?.date ?? '1990-01-01',
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
