import { tradingDays } from '@capstone/krx-calendar';
import { drawdowns } from './drawdown.js';
import type { EquityCurve } from './metrics.js';
import { covariance, variance } from './stats.js';
import { fail, finiteColumns, finiteNumber, increasingDates, positiveInteger } from './validate.js';

export type StressFactor = 'market' | 'sector' | 'fx';

/**
 * A hypothetical shock, as a simple return of the factor (−0.2 = −20%). Each passes to a holding
 * through that holding's OLS beta to the factor; several shocks add up (first order: the betas
 * are univariate, so a market and a sector shock together may overlap, which the per-shock
 * breakdown shows).
 * - market: KOSPI. Holdings with too little history get beta 1, and say so.
 * - sector: holdings whose `sector` label matches, through their beta to that sector's index when
 *   one is given (else beta 1, said so); other holdings are untouched.
 * - fx: KRW per USD (+0.1 = the won 10% weaker), through the beta to its daily changes (0 without
 *   enough history, said so).
 * - single: that holding alone moves by `change`.
 */
export type Shock =
  | { kind: 'market'; change: number }
  | { kind: 'sector'; sector: string; change: number }
  | { kind: 'fx'; change: number }
  | { kind: 'single'; symbol: string; change: number };

export interface StressHolding {
  symbol: string;
  quantity: number;
  /** Current price, KRW. */
  price: number;
  sector?: string;
}

export interface StressInput {
  holdings: readonly StressHolding[];
  /** Aligned closes of the holdings (alignOnKrxCalendar), for betas and historical replays. */
  history: {
    dates: readonly string[];
    symbols: readonly string[];
    closes: ReadonlyArray<ArrayLike<number>>;
  };
  factors: {
    market: EquityCurve;
    fx?: EquityCurve;
    sectors?: Readonly<Record<string, EquityCurve>>;
  };
  /** Beta estimation: the last `window` daily returns up to `asOf` (default: the last history date). */
  estimation?: { window?: number; minObservations?: number; asOf?: string };
}

export interface BetaEstimate {
  factor: StressFactor;
  /** The sector label, for sector betas. */
  sector?: string;
  beta: number;
  /** First and last return dates used; null when no estimate was possible. */
  window: { from: string; to: string } | null;
  observations: number;
  /** Why a default was used instead of an estimate; null when estimated. */
  fallback: { beta: number; reasonKo: string; reasonEn: string } | null;
}

export interface HoldingImpact {
  symbol: string;
  sector: string | null;
  valueBefore: number;
  valueAfter: number;
  change: number;
  changePct: number;
  /** Each shock's contribution to changePct, in the order given. */
  byShock: { shock: Shock; beta: number; changePct: number }[];
  betas: BetaEstimate[];
}

export interface StressResult {
  holdings: HoldingImpact[];
  total: { valueBefore: number; valueAfter: number; change: number; changePct: number };
}

interface Context {
  holdings: StressHolding[];
  columns: Map<string, Float64Array>;
  dates: readonly string[];
  window: number;
  minObservations: number;
  asOf: string;
  factors: StressInput['factors'];
}

function prepare(input: StressInput): Context {
  if (!Array.isArray(input?.holdings) || input.holdings.length === 0)
    fail('holdings', '보유 종목이 필요합니다', 'needs at least one holding');
  const holdings = input.holdings.map((h, k) => {
    if (typeof h.symbol !== 'string' || h.symbol === '')
      fail(`holdings[${k}].symbol`, '종목코드가 없습니다', 'symbol is missing');
    const quantity = finiteNumber(`holdings[${k}].quantity`, h.quantity);
    const price = finiteNumber(`holdings[${k}].price`, h.price);
    if (quantity < 0)
      fail(`holdings[${k}].quantity`, '0 이상이어야 합니다', `must be ≥ 0 (got ${quantity})`);
    if (!(price > 0))
      fail(`holdings[${k}].price`, '0보다 커야 합니다', `must be > 0 (got ${price})`);
    return h;
  });
  const closes = finiteColumns('history.closes', input.history.closes, 1);
  increasingDates('history.dates', input.history.dates as string[], closes[0]!.length);
  if (input.history.symbols.length !== closes.length)
    fail('history.symbols', '종가 열 수와 길이가 다릅니다', 'needs one symbol per close column');
  const columns = new Map(input.history.symbols.map((s, i) => [s, closes[i]!]));
  if (!input.factors?.market)
    fail('factors.market', '시장 지수(KOSPI)가 필요합니다', 'the market index (KOSPI) is required');
  const window = positiveInteger('estimation.window', input.estimation?.window ?? 252, 2);
  const minObservations = positiveInteger(
    'estimation.minObservations',
    input.estimation?.minObservations ?? 60,
    2,
  );
  const asOf = input.estimation?.asOf ?? input.history.dates.at(-1)!;
  return {
    holdings,
    columns,
    dates: input.history.dates,
    window,
    minObservations,
    asOf,
    factors: input.factors,
  };
}

/** OLS beta of a holding's daily returns on a factor's, over the last `window` common returns. */
function estimateBeta(
  ctx: Context,
  symbol: string,
  factor: StressFactor,
  curve: EquityCurve | undefined,
  fallbackBeta: number,
  sector?: string,
): BetaEstimate {
  const none = (
    reasonKo: string,
    reasonEn: string,
    observations = 0,
    window: BetaEstimate['window'] = null,
  ): BetaEstimate => ({
    factor,
    ...(sector ? { sector } : {}),
    beta: fallbackBeta,
    window,
    observations,
    fallback: { beta: fallbackBeta, reasonKo, reasonEn },
  });
  const closes = ctx.columns.get(symbol);
  if (!closes) return none('가격 이력이 없습니다', 'no price history for this holding');
  if (!curve)
    return none('요인 지수가 주어지지 않았습니다', 'no index series was given for this factor');
  const factorByDate = new Map(curve.dates.map((d, i) => [d, curve.values[i]!]));
  // Consecutive common dates up to asOf; a return needs both ends on common dates.
  const points: { date: string; price: number; level: number }[] = [];
  ctx.dates.forEach((date, t) => {
    const level = factorByDate.get(date);
    if (date <= ctx.asOf && level !== undefined) points.push({ date, price: closes[t]!, level });
  });
  const used = points.slice(-(ctx.window + 1));
  const observations = Math.max(0, used.length - 1);
  if (observations < ctx.minObservations) {
    return none(
      `관측치 ${observations}개로 최소 ${ctx.minObservations}개에 못 미칩니다`,
      `only ${observations} daily returns, fewer than the ${ctx.minObservations} required`,
      observations,
    );
  }
  const r = new Float64Array(observations);
  const f = new Float64Array(observations);
  for (let k = 1; k < used.length; k++) {
    r[k - 1] = used[k]!.price / used[k - 1]!.price - 1;
    f[k - 1] = used[k]!.level / used[k - 1]!.level - 1;
  }
  return {
    factor,
    ...(sector ? { sector } : {}),
    beta: covariance(r, f) / variance(f),
    window: { from: used[1]!.date, to: used.at(-1)!.date },
    observations,
    fallback: null,
  };
}

function total(impacts: HoldingImpact[]): StressResult['total'] {
  const valueBefore = impacts.reduce((s, h) => s + h.valueBefore, 0);
  const valueAfter = impacts.reduce((s, h) => s + h.valueAfter, 0);
  return {
    valueBefore,
    valueAfter,
    change: valueAfter - valueBefore,
    changePct: valueBefore > 0 ? valueAfter / valueBefore - 1 : 0,
  };
}

/** Applies factor shocks to each holding through its estimated betas. */
export function factorStress(input: StressInput, shocks: readonly Shock[]): StressResult {
  const ctx = prepare(input);
  if (!Array.isArray(shocks) || shocks.length === 0)
    fail('shocks', '충격이 하나 이상 필요합니다', 'needs at least one shock');
  shocks.forEach((s, k) => {
    finiteNumber(`shocks[${k}].change`, s.change);
    if (!(s.change >= -1))
      fail(
        `shocks[${k}].change`,
        '-100%보다 작을 수 없습니다',
        `cannot be below −1 (got ${s.change})`,
      );
    if (!['market', 'sector', 'fx', 'single'].includes(s.kind))
      fail(`shocks[${k}].kind`, '알 수 없는 충격입니다', `unknown shock ${String(s.kind)}`);
  });
  const holdings = ctx.holdings.map((h): HoldingImpact => {
    const betas: BetaEstimate[] = [];
    const betaFor = (
      factor: StressFactor,
      curve: EquityCurve | undefined,
      fallbackBeta: number,
      sector?: string,
    ) => {
      const known = betas.find((b) => b.factor === factor && b.sector === sector);
      if (known) return known.beta;
      const estimate = estimateBeta(ctx, h.symbol, factor, curve, fallbackBeta, sector);
      betas.push(estimate);
      return estimate.beta;
    };
    const betaOf = (shock: Shock): number => {
      if (shock.kind === 'market') return betaFor('market', ctx.factors.market, 1);
      if (shock.kind === 'fx') return betaFor('fx', ctx.factors.fx, 0);
      if (shock.kind === 'sector') {
        return h.sector === shock.sector
          ? betaFor('sector', ctx.factors.sectors?.[shock.sector], 1, shock.sector)
          : 0;
      }
      return shock.symbol === h.symbol ? 1 : 0;
    };
    const byShock = shocks.map((shock) => {
      const beta = betaOf(shock);
      return { shock, beta, changePct: beta * shock.change };
    });
    // A holding cannot lose more than its value.
    const changePct = Math.max(
      -1,
      byShock.reduce((s, x) => s + x.changePct, 0),
    );
    const valueBefore = h.quantity * h.price;
    const valueAfter = valueBefore * (1 + changePct);
    return {
      symbol: h.symbol,
      sector: h.sector ?? null,
      valueBefore,
      valueAfter,
      change: valueAfter - valueBefore,
      changePct,
      byShock,
      betas,
    };
  });
  return { holdings, total: total(holdings) };
}

export interface HistoricalScenario {
  name: string;
  from: string;
  to: string;
  /** Shocks to apply when the price history does not cover the window. */
  fallback: readonly Shock[];
}

export interface HistoricalReplay {
  /** The portfolio's value (today's holdings) through the window, KRW. */
  path: { dates: string[]; values: number[] };
  worstDay: { date: string; return: number };
  /** ≤ 0. */
  maxDrawdown: number;
  /** Trading days from the trough back to the previous peak; null: not recovered within the window. */
  recoveryDays: number | null;
  recovered: boolean;
  /** The end of the window against its start. */
  totalReturn: number;
}

export interface HistoricalStressResult {
  scenario: string;
  /** 'replay' when the data covers the window; otherwise 'factor-shock' with the reason. */
  method: 'replay' | 'factor-shock';
  replay: HistoricalReplay | null;
  fallbackReason: { ko: string; en: string } | null;
  /** The window's outcome (end against start, or the fallback shock) per holding and in total. */
  impact: StressResult;
}

/**
 * Replays today's holdings through a past window when every holding's history covers it (the
 * window's first and last KRX trading days are in the aligned history); otherwise applies the
 * scenario's fallback shocks through the betas and says why.
 */
export function historicalStress(
  input: StressInput,
  scenario: HistoricalScenario,
): HistoricalStressResult {
  const ctx = prepare(input);
  increasingDates('scenario', [scenario.from, scenario.to]);
  let days: string[];
  try {
    days = tradingDays(scenario.from, scenario.to);
  } catch {
    // Outside the calendar's years (IMF 1997, dot-com 2000): the data cannot cover it either.
    days = [];
  }
  const missing = ctx.holdings.filter((h) => !ctx.columns.has(h.symbol)).map((h) => h.symbol);
  const first = days[0];
  const last = days.at(-1);
  const covered =
    first !== undefined &&
    last !== undefined &&
    ctx.dates.includes(first) &&
    ctx.dates.includes(last) &&
    missing.length === 0;
  if (!covered) {
    const reason =
      missing.length > 0
        ? {
            ko: `가격 이력이 없는 종목: ${missing.join(', ')}`,
            en: `no price history for ${missing.join(', ')}`,
          }
        : {
            ko: `가격 이력(${ctx.dates[0]} ~ ${ctx.dates.at(-1)})이 ${scenario.from} ~ ${scenario.to} 구간을 포함하지 않습니다`,
            en: `the price history (${ctx.dates[0]} … ${ctx.dates.at(-1)}) does not cover ${scenario.from} … ${scenario.to}`,
          };
    return {
      scenario: scenario.name,
      method: 'factor-shock',
      replay: null,
      fallbackReason: reason,
      impact: factorStress(input, scenario.fallback),
    };
  }
  const start = ctx.dates.indexOf(first!);
  const end = ctx.dates.indexOf(last!);
  const dates = ctx.dates.slice(start, end + 1);
  const values = dates.map((_, k) =>
    ctx.holdings.reduce((sum, h) => {
      const c = ctx.columns.get(h.symbol)!;
      return sum + h.quantity * h.price * (c[start + k]! / c[start]!);
    }, 0),
  );
  let worst = { date: dates[0]!, return: 0 };
  for (let k = 1; k < values.length; k++) {
    const r = values[k]! / values[k - 1]! - 1;
    if (k === 1 || r < worst.return) worst = { date: dates[k]!, return: r };
  }
  const { max } = drawdowns(dates, values);
  const holdings = ctx.holdings.map((h): HoldingImpact => {
    const c = ctx.columns.get(h.symbol)!;
    const changePct = c[end]! / c[start]! - 1;
    const valueBefore = h.quantity * h.price;
    return {
      symbol: h.symbol,
      sector: h.sector ?? null,
      valueBefore,
      valueAfter: valueBefore * (1 + changePct),
      change: valueBefore * changePct,
      changePct,
      byShock: [],
      betas: [],
    };
  });
  return {
    scenario: scenario.name,
    method: 'replay',
    replay: {
      path: { dates, values },
      worstDay: worst,
      maxDrawdown: max.depth,
      recoveryDays: max.recoveryDays,
      recovered: max.recoveryDate !== null || max.depth === 0,
      totalReturn: values.at(-1)! / values[0]! - 1,
    },
    fallbackReason: null,
    impact: { holdings, total: total(holdings) },
  };
}
