import { barValue } from './session-bar.js';
import type { IndexCode, Market, SimulatedBar, SimulatedIndexBar } from './types.js';

export interface IndexSpec {
  code: IndexCode;
  /** hts_kor_isnm, as in idxcode.mst. */
  name: string;
  market: Market;
  /** Level on the first day of the history (the real index's level on 2015-01-02). */
  base: number;
  /** Largest weight of one constituent (KOSPI 200's 30% cap), if any. */
  cap?: number;
}

export const INDEX_SPECS: Readonly<Record<IndexCode, IndexSpec>> = {
  '0001': { code: '0001', name: '종합', market: 'KOSPI', base: 1926.44 },
  '1001': { code: '1001', name: 'KOSDAQ', market: 'KOSDAQ', base: 553.73 },
  '2001': { code: '2001', name: 'KOSPI200', market: 'KOSPI', base: 256.3, cap: 0.3 },
};

export const isIndexCode = (code: string): code is IndexCode => code in INDEX_SPECS;

export interface IndexMember {
  bars: readonly SimulatedBar[];
  shares: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Caps weights at `cap` of the total, handing the excess to the others pro rata. */
export function capWeights(weights: number[], cap: number | undefined): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!cap || total <= 0 || cap * weights.length < 1) return weights;
  let shares = weights.map((w) => w / total);
  for (let round = 0; round < weights.length; round++) {
    const over = shares.filter((s) => s > cap + 1e-12);
    if (over.length === 0) break;
    const excess = over.reduce((sum, s) => sum + (s - cap), 0);
    const freeTotal = shares.filter((s) => s < cap).reduce((a, b) => a + b, 0);
    shares = shares.map((s) => (s > cap ? cap : freeTotal > 0 ? s + (excess * s) / freeTotal : s));
  }
  return shares;
}

/**
 * A cap-weighted index chained day by day: each day's move is the weighted average move of the
 * members that traded that day and the day before, weighted by the previous day's market cap.
 * Chaining keeps new listings from jumping the level (the role of a real index's divisor).
 * The intraday high/low of an index is less than the weighted highs of its members, which do not
 * all peak together; 70% of the weighted excursion stands in for it.
 */
export function buildIndex(members: readonly IndexMember[], spec: IndexSpec): SimulatedIndexBar[] {
  const dates = [
    ...new Set(members.flatMap((member) => member.bars.map((bar) => bar.date))),
  ].sort();
  const cursor = members.map(() => 0);
  const previousClose: Array<number | undefined> = members.map(() => undefined);
  const result: SimulatedIndexBar[] = [];
  let level: number | undefined;
  for (const date of dates) {
    const moves: Array<{ weight: number; bar: SimulatedBar; prev: number }> = [];
    let volume = 0;
    let value = 0;
    members.forEach((member, i) => {
      const bar = member.bars[cursor[i] ?? 0];
      if (!bar || bar.date !== date) return;
      cursor[i] = (cursor[i] ?? 0) + 1;
      volume += bar.volume;
      value += barValue(bar);
      const prev = previousClose[i];
      previousClose[i] = bar.close;
      if (prev !== undefined) moves.push({ weight: prev * member.shares, bar, prev });
    });
    const totals = { volume: Math.round(volume / 1_000), value: Math.round(value / 1_000_000) };
    if (level === undefined) {
      level = spec.base;
      result.push({ date, open: level, high: level, low: level, close: level, ...totals });
      continue;
    }
    if (moves.length === 0) {
      result.push({ date, open: level, high: level, low: level, close: level, ...totals });
      continue;
    }
    const weights = capWeights(
      moves.map((move) => move.weight),
      spec.cap,
    );
    const weightTotal = weights.reduce((a, b) => a + b, 0);
    const ratio = (pick: (bar: SimulatedBar) => number) =>
      moves.reduce((sum, move, i) => sum + (weights[i] ?? 0) * (pick(move.bar) / move.prev), 0) /
      weightTotal;
    const ro = ratio((bar) => bar.open);
    const rc = ratio((bar) => bar.close);
    const rh = ratio((bar) => Math.max(bar.high, bar.open, bar.close));
    const rl = ratio((bar) => Math.min(bar.low, bar.open, bar.close));
    const open = round2(level * ro);
    const close = round2(level * rc);
    const top = Math.max(ro, rc);
    const bottom = Math.min(ro, rc);
    const high = Math.max(open, close, round2(level * (top + 0.7 * (rh - top))));
    const low = Math.min(open, close, round2(level * (bottom - 0.7 * (bottom - rl))));
    result.push({ date, open, high, low, close, ...totals });
    level = close;
  }
  return result;
}
