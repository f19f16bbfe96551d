export interface MaxDrawdown {
  /** Deepest fall from a running peak, as a fraction ≤ 0 (−0.35 = a 35% fall); 0 if none. */
  depth: number;
  peakDate: string;
  troughDate: string;
  /** First date the value is back at or above the peak; null when not recovered by the end. */
  recoveryDate: string | null;
  /** Trading days (observations) from peak to trough. */
  declineDays: number;
  /** Trading days from trough to recovery; null when not recovered. */
  recoveryDays: number | null;
}

export interface DrawdownSeries {
  dates: string[];
  /** value / running peak − 1, ≤ 0. */
  values: number[];
}

/** Drawdown series of a value path V (the first value counts as a peak) and its deepest fall. */
export function drawdowns(
  dates: readonly string[],
  values: ArrayLike<number>,
): { series: DrawdownSeries; max: MaxDrawdown } {
  const series: number[] = new Array(values.length);
  let peak = values[0]!;
  let peakIndex = 0;
  let worst = 0;
  let worstPeak = 0;
  let worstTrough = 0;
  for (let t = 0; t < values.length; t++) {
    const v = values[t]!;
    if (v > peak) {
      peak = v;
      peakIndex = t;
    }
    const dd = v / peak - 1;
    series[t] = dd;
    if (dd < worst) {
      worst = dd;
      worstPeak = peakIndex;
      worstTrough = t;
    }
  }
  let recovery: number | null = null;
  const peakValue = values[worstPeak]!;
  if (worst < 0) {
    for (let t = worstTrough + 1; t < values.length; t++) {
      if (values[t]! >= peakValue) {
        recovery = t;
        break;
      }
    }
  }
  return {
    series: { dates: [...dates], values: series },
    max: {
      depth: worst,
      peakDate: dates[worstPeak]!,
      troughDate: dates[worstTrough]!,
      recoveryDate: recovery === null ? null : dates[recovery]!,
      declineDays: worstTrough - worstPeak,
      recoveryDays: recovery === null ? null : recovery - worstTrough,
    },
  };
}

/** Worst peak-to-trough fall of a value path, ≤ 0, without building the series (Monte Carlo). */
export function maxDrawdownDepth(values: ArrayLike<number>, from = 0, to = values.length): number {
  let peak = values[from]!;
  let worst = 0;
  for (let t = from; t < to; t++) {
    const v = values[t]!;
    if (v > peak) peak = v;
    else if (v / peak - 1 < worst) worst = v / peak - 1;
  }
  return worst;
}
