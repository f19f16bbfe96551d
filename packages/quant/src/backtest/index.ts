import { performanceMetrics, type EquityCurve, type PerformanceMetrics } from '../metrics.js';
import { drawdowns, type DrawdownSeries } from '../drawdown.js';
import {
  fail,
  finiteArray,
  finiteColumns,
  finiteNumber,
  increasingDates,
  openUnit,
  positiveInteger,
  WEIGHT_SUM_TOLERANCE,
} from '../validate.js';
import type { CostModel, Market, Side } from './costs.js';
import { calendarRebalanceDays, type RebalanceRule } from './schedule.js';

export { NO_COSTS, type CostModel, type Market, type Side } from './costs.js';
export type { CalendarFrequency, RebalanceRule } from './schedule.js';

/** What a walk-forward decision sees: data up to and including the rebalance date, nothing later. */
export interface TrailingData {
  /** Dates of the returns (each the day a return ends on), oldest first; the last is `asOf`. */
  dates: string[];
  symbols: string[];
  /** Simple returns per symbol over the trailing window; copies, so no later data is reachable. */
  returns: Float64Array[];
}

export type WeightFunction = (
  trailing: TrailingData,
  asOf: string,
) => ArrayLike<number> | Promise<ArrayLike<number>>;

export type LedgerEntry =
  | {
      date: string;
      type: 'BUY' | 'SELL';
      symbol: string;
      quantity: number;
      price: number;
      commission?: number;
      tax?: number;
    }
  | { date: string; type: 'DEPOSIT' | 'WITHDRAW'; amount: number }
  | { date: string; type: 'DIVIDEND'; symbol?: string; amount: number };

export type BacktestStrategy =
  /** Hold these weights (sum 1, long only), rebalanced by the rule. */
  | { kind: 'target-weights'; weights: ArrayLike<number>; rebalance: RebalanceRule }
  /**
   * At each rebalance the weights come from `decide`, run on the trailing `lookback` returns
   * ending at that date (out of sample: it never receives a later price). Until `minObservations`
   * returns exist the portfolio stays in cash.
   */
  | {
      kind: 'walk-forward';
      decide: WeightFunction;
      rebalance: RebalanceRule;
      lookback?: number;
      minObservations?: number;
    }
  /** Replay the portfolio's own ledger; costs the ledger omits come from the cost model. */
  | { kind: 'ledger'; entries: readonly LedgerEntry[] };

export interface BacktestInput {
  /** Aligned trading days (alignOnKrxCalendar), oldest first. */
  dates: readonly string[];
  symbols: readonly string[];
  /** One close column per symbol, KRW. Orders fill at the close, snapped to the tick grid. */
  closes: ReadonlyArray<ArrayLike<number>>;
  /** Market of each symbol (for the tax and tick grid); default 'KOSPI'. */
  markets?: readonly Market[];
  /** Starting cash in KRW (a ledger may start from 0 and DEPOSIT). */
  initialCash: number;
  strategy: BacktestStrategy;
  costs: CostModel;
  /** Cash dividends per share, credited on `date` for the shares held at the previous close (strategy modes). */
  dividends?: readonly { symbol: string; date: string; perShare: number }[];
  /** KOSPI (or another index) closes; compared on the dates both have. */
  benchmark?: EquityCurve;
  riskFreeRate?: number;
  /**
   * The backtest runs over [from, to] (default: all dates). Dates before `from` are history only:
   * a walk-forward decision may look back into them, the portfolio is not invested there.
   */
  from?: string;
  to?: string;
}

export interface Trade {
  date: string;
  symbol: string;
  side: Side;
  quantity: number;
  price: number;
  amount: number;
  commission: number;
  tax: number;
}

export interface BacktestResult {
  /** Portfolio value in KRW (cash + holdings at the close) on every date. */
  equity: { dates: string[]; values: number[] };
  /** Time-weighted index from 1: deposits and withdrawals are not returns. Metrics use it. */
  index: number[];
  drawdown: DrawdownSeries;
  /** The benchmark scaled to the starting value, on the dates it has. */
  benchmark: { dates: string[]; values: number[] } | null;
  trades: Trade[];
  rebalances: { date: string; reason: 'initial' | 'calendar' | 'threshold' }[];
  /** Walk-forward decisions: the weights returned and how many returns they saw. */
  decisions: { date: string; weights: number[]; observations: number }[];
  dividends: { date: string; symbol: string; shares: number; amount: number }[];
  costs: { commission: number; tax: number; total: number };
  /**
   * Traded value (buys + sells, the first investment included) and one-way turnover:
   * traded/2 over the mean equity, in total and per year.
   */
  turnover: { tradedValue: number; oneWay: number; annualised: number };
  finalValue: number;
  finalCash: number;
  holdings: { symbol: string; quantity: number }[];
  /** Fills whose close was off the tick grid and was snapped to the nearest tick. */
  offGridFills: number;
  metrics: PerformanceMetrics;
}

/** Most days have no dividend or ledger entry; one shared empty list avoids a daily allocation. */
const NOTHING: readonly never[] = [];

interface Book {
  cash: number;
  shares: Float64Array;
  trades: Trade[];
  commission: number;
  tax: number;
  traded: number;
  offGrid: number;
}

function weightsOf(field: string, raw: ArrayLike<number>, assets: number): Float64Array {
  const w = finiteArray(field, raw);
  if (w.length !== assets)
    fail(
      field,
      `자산 수(${assets})와 길이(${w.length})가 다릅니다`,
      `has ${w.length} weights for ${assets} symbols`,
    );
  let sum = 0;
  w.forEach((x, i) => {
    if (x < 0)
      fail(
        `${field}[${i}]`,
        '음수 비중(공매도)은 지원하지 않습니다',
        `negative weight (short) is not supported (${x})`,
      );
    sum += x;
  });
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE)
    fail(field, `합이 1이어야 합니다 (현재 ${sum})`, `must sum to 1 (they sum to ${sum})`);
  return w;
}

class Engine {
  readonly book: Book;
  constructor(
    readonly input: BacktestInput,
    readonly closes: Float64Array[],
    readonly markets: Market[],
    cash: number,
  ) {
    this.book = {
      cash,
      shares: new Float64Array(closes.length),
      trades: [],
      commission: 0,
      tax: 0,
      traded: 0,
      offGrid: 0,
    };
  }

  /** The close snapped to the nearest tick (ties up), as an order would be priced. */
  fillPrice(i: number, t: number): number {
    const close = this.closes[i]![t]!;
    const date = this.input.dates[t]!;
    const tick = this.input.costs.tickSize(close, this.markets[i]!, date);
    if (!(tick > 0))
      fail(
        'costs.tickSize',
        '호가 단위는 0보다 커야 합니다',
        `tick size must be > 0 (got ${tick} at ${close})`,
      );
    const price = Math.floor(close / tick + 0.5) * tick;
    if (price !== close) this.book.offGrid++;
    return price;
  }

  value(t: number): number {
    let holdings = 0;
    for (let i = 0; i < this.closes.length; i++)
      holdings += this.book.shares[i]! * this.closes[i]![t]!;
    return this.book.cash + holdings;
  }

  execute(
    t: number,
    i: number,
    side: Side,
    quantity: number,
    price: number,
    given?: { commission?: number; tax?: number },
  ): void {
    const date = this.input.dates[t]!;
    const amount = quantity * price;
    const commission = given?.commission ?? this.input.costs.commission(amount, side, date);
    const tax =
      side === 'SELL'
        ? (given?.tax ?? this.input.costs.sellTax(amount, this.markets[i]!, date))
        : 0;
    const book = this.book;
    book.cash += side === 'BUY' ? -(amount + commission) : amount - commission - tax;
    book.shares[i] = book.shares[i]! + (side === 'BUY' ? quantity : -quantity);
    book.commission += commission;
    book.tax += tax;
    book.traded += amount;
    book.trades.push({
      date,
      symbol: this.input.symbols[i]!,
      side,
      quantity,
      price,
      amount,
      commission,
      tax,
    });
  }

  /**
   * Trades to the target weights at the close of day t: targets are whole shares of w·V at the
   * fill price (floored); sells first; then buys, scaled down together when cash (after the
   * sells and all commissions) falls short, and trimmed a share at a time if a commission still
   * tips one over. The remainder stays in cash, which never goes negative.
   */
  rebalance(t: number, weights: Float64Array): void {
    const n = this.closes.length;
    const book = this.book;
    const prices = Array.from({ length: n }, (_, i) => this.fillPrice(i, t));
    const total = this.value(t);
    const target = prices.map((p, i) => Math.floor((weights[i]! * total) / p));
    for (let i = 0; i < n; i++) {
      if (book.shares[i]! > target[i]!)
        this.execute(t, i, 'SELL', book.shares[i]! - target[i]!, prices[i]!);
    }
    const date = this.input.dates[t]!;
    const buys = target.map((q, i) => Math.max(0, q - book.shares[i]!));
    let need = 0;
    buys.forEach((q, i) => {
      if (q > 0) need += q * prices[i]! + this.input.costs.commission(q * prices[i]!, 'BUY', date);
    });
    if (need > book.cash) {
      const scale = Math.max(0, book.cash) / need;
      buys.forEach((q, i) => (buys[i] = Math.floor(q * scale)));
    }
    for (let i = 0; i < n; i++) {
      let q = buys[i]!;
      const price = prices[i]!;
      while (q > 0 && q * price + this.input.costs.commission(q * price, 'BUY', date) > book.cash)
        q--;
      if (q > 0) this.execute(t, i, 'BUY', q, price);
    }
  }

  drift(t: number, weights: Float64Array): number {
    const total = this.value(t);
    let worst = 0;
    for (let i = 0; i < this.closes.length; i++) {
      const w = total > 0 ? (this.book.shares[i]! * this.closes[i]![t]!) / total : 0;
      worst = Math.max(worst, Math.abs(w - weights[i]!));
    }
    return worst;
  }
}

function trailingData(
  input: BacktestInput,
  closes: Float64Array[],
  t: number,
  lookback: number,
): TrailingData {
  const first = Math.max(0, t - lookback);
  return {
    dates: input.dates.slice(first + 1, t + 1),
    symbols: [...input.symbols],
    returns: closes.map((c) => {
      const r = new Float64Array(t - first);
      for (let k = first; k < t; k++) r[k - first] = c[k + 1]! / c[k]! - 1;
      return r;
    }),
  };
}

function validate(input: BacktestInput): { closes: Float64Array[]; markets: Market[] } {
  if (input == null || typeof input !== 'object')
    fail('input', '입력이 필요합니다', 'input is required');
  const closes = finiteColumns('closes', input.closes, 2);
  increasingDates('dates', input.dates as string[], closes[0]!.length);
  if (!Array.isArray(input.symbols) || input.symbols.length !== closes.length) {
    fail(
      'symbols',
      `종가 열 수(${closes.length})와 길이가 다릅니다`,
      `needs one symbol per close column (${closes.length})`,
    );
  }
  for (let i = 0; i < closes.length; i++) {
    const column = closes[i]!;
    for (let t = 0; t < column.length; t++) {
      if (!(column[t]! > 0)) {
        fail(
          `closes[${i}][${t}]`,
          '종가는 0보다 커야 합니다',
          `close must be > 0 (got ${column[t]})`,
        );
      }
    }
  }

  const markets = input.markets ? [...input.markets] : closes.map((): Market => 'KOSPI');
  if (markets.length !== closes.length)
    fail('markets', '종목 수와 길이가 다릅니다', 'needs one market per symbol');
  const cash = finiteNumber('initialCash', input.initialCash);
  if (cash < 0) fail('initialCash', '0 이상이어야 합니다', `must be ≥ 0 (got ${cash})`);
  if (!input.costs || typeof input.costs.commission !== 'function')
    fail('costs', '비용 모델이 필요합니다', 'a cost model is required');
  return { closes, markets };
}

function ruleOf(field: string, rule: RebalanceRule): RebalanceRule {
  if (rule?.every === 'threshold') {
    openUnit(`${field}.threshold`, rule.threshold);
    return rule;
  }
  if (!['none', 'monthly', 'quarterly', 'yearly'].includes(rule?.every)) {
    fail(
      `${field}.every`,
      "'none', 'monthly', 'quarterly', 'yearly', 'threshold' 중 하나여야 합니다",
      `unknown rebalance rule ${String(rule?.every)}`,
    );
  }
  return rule;
}

/**
 * Daily backtest at closing prices with whole shares, costs on every trade and dividends, for
 * target weights, a walk-forward weight function or the portfolio's own ledger.
 */
export async function runBacktest(input: BacktestInput): Promise<BacktestResult> {
  const { closes, markets } = validate(input);
  const { dates, symbols, strategy } = input;
  const engine = new Engine(input, closes, markets, input.initialCash);
  const book = engine.book;
  const n = closes.length;
  const symbolIndex = new Map(symbols.map((s, i) => [s, i]));
  const dateIndex = new Map(dates.map((d, t) => [d, t]));

  const dividendsByDay = new Map<number, { i: number; perShare: number }[]>();
  if (strategy?.kind !== 'ledger') {
    (input.dividends ?? []).forEach((d, k) => {
      const i = symbolIndex.get(d.symbol);
      if (i === undefined)
        fail(`dividends[${k}].symbol`, '알 수 없는 종목입니다', `unknown symbol ${d.symbol}`);
      finiteNumber(`dividends[${k}].perShare`, d.perShare);
      const t = dateIndex.get(d.date);
      if (t === undefined) return; // outside the backtest's dates
      dividendsByDay.set(t, [...(dividendsByDay.get(t) ?? []), { i, perShare: d.perShare }]);
    });
  }

  const ledgerByDay = new Map<number, { entry: LedgerEntry; k: number }[]>();
  let schedule = new Set<number>();
  let rule: RebalanceRule = { every: 'none' };
  let fixedWeights: Float64Array | null = null;
  let lookback = 252;
  let minObservations = 252;
  if (strategy?.kind === 'target-weights') {
    fixedWeights = weightsOf('strategy.weights', strategy.weights, n);
    rule = ruleOf('strategy.rebalance', strategy.rebalance);
  } else if (strategy?.kind === 'walk-forward') {
    if (typeof strategy.decide !== 'function')
      fail('strategy.decide', '함수여야 합니다', 'must be a function');
    rule = ruleOf('strategy.rebalance', strategy.rebalance);
    lookback = positiveInteger('strategy.lookback', strategy.lookback ?? 252);
    minObservations = positiveInteger(
      'strategy.minObservations',
      strategy.minObservations ?? lookback,
    );
  } else if (strategy?.kind === 'ledger') {
    strategy.entries.forEach((entry, k) => {
      const t = dateIndex.get(entry.date);
      if (t === undefined)
        fail(
          `strategy.entries[${k}].date`,
          '백테스트 거래일이 아닙니다',
          `${entry.date} is not one of the backtest's dates`,
        );
      ledgerByDay.set(t, [...(ledgerByDay.get(t) ?? []), { entry, k }]);
    });
  } else {
    fail(
      'strategy.kind',
      "'target-weights', 'walk-forward', 'ledger' 중 하나여야 합니다",
      `unknown strategy ${String((strategy as { kind?: unknown })?.kind)}`,
    );
  }
  if (rule.every !== 'threshold') schedule = calendarRebalanceDays(dates, rule.every);
  const first = input.from === undefined ? 0 : dates.findIndex((d) => d >= input.from!);
  let last = dates.length - 1;
  if (input.to !== undefined) while (last >= 0 && dates[last]! > input.to) last--;
  if (first < 0 || last < first) {
    fail(
      'from',
      '기간 안에 거래일이 없습니다',
      `no date between ${input.from ?? dates[0]} and ${input.to ?? dates.at(-1)}`,
    );
  }
  for (const [t, entries] of ledgerByDay) {
    if (t < first || t > last) {
      fail(
        `strategy.entries[${entries[0]!.k}].date`,
        '백테스트 기간 밖입니다',
        `${dates[t]} is outside the backtest's window`,
      );
    }
  }
  if (rule.every === 'threshold') schedule.add(first);
  const span = dates.slice(first, last + 1);
  const equity: number[] = new Array(span.length);
  const index: number[] = new Array(span.length);
  const rebalances: BacktestResult['rebalances'] = [];
  const decisions: BacktestResult['decisions'] = [];
  const paidDividends: BacktestResult['dividends'] = [];
  let current = fixedWeights;

  for (let t = first; t <= last; t++) {
    const date = dates[t]!;
    const k = t - first;
    let flow = 0;
    for (const { i, perShare } of dividendsByDay.get(t) ?? NOTHING) {
      if (book.shares[i]! > 0) {
        const amount = book.shares[i]! * perShare;
        book.cash += amount;
        paidDividends.push({ date, symbol: symbols[i]!, shares: book.shares[i]!, amount });
      }
    }
    for (const { entry, k } of ledgerByDay.get(t) ?? NOTHING) {
      const field = `strategy.entries[${k}]`;
      if (entry.type === 'BUY' || entry.type === 'SELL') {
        const i = symbolIndex.get(entry.symbol);
        if (i === undefined)
          fail(`${field}.symbol`, '알 수 없는 종목입니다', `unknown symbol ${entry.symbol}`);
        const quantity = positiveInteger(`${field}.quantity`, entry.quantity);
        const price = finiteNumber(`${field}.price`, entry.price);
        if (entry.type === 'SELL' && quantity > book.shares[i]!) {
          fail(
            `${field}.quantity`,
            `보유 수량(${book.shares[i]})보다 많이 팔 수 없습니다`,
            `sells ${quantity} of ${book.shares[i]} shares held`,
          );
        }
        engine.execute(t, i, entry.type, quantity, price, entry);
        if (book.cash < 0)
          fail(field, '현금이 부족합니다(음수 잔고)', `leaves cash negative (${book.cash} KRW)`);
      } else {
        // TypeScript does not narrow the 'BUY' | 'SELL' member away here.
        const cash = entry as Extract<LedgerEntry, { amount: number }>;
        const amount = finiteNumber(`${field}.amount`, cash.amount);
        const signed = cash.type === 'WITHDRAW' ? -amount : amount;
        book.cash += signed;
        if (book.cash < 0)
          fail(field, '현금이 부족합니다(음수 잔고)', `leaves cash negative (${book.cash} KRW)`);
        if (cash.type === 'DIVIDEND')
          paidDividends.push({ date, symbol: cash.symbol ?? '', shares: 0, amount });
        else flow += signed;
      }
    }
    if (strategy.kind !== 'ledger') {
      const due =
        t === first ||
        (rule.every === 'threshold'
          ? current === null || engine.drift(t, current) > rule.threshold
          : schedule.has(t));
      let reason: 'initial' | 'calendar' | 'threshold' | null = null;
      if (due && strategy.kind === 'walk-forward') {
        const observations = Math.min(t, lookback);
        // Until enough history exists there is nothing to decide with: the portfolio stays in cash.
        if (observations >= minObservations) {
          const raw = await strategy.decide(trailingData(input, closes, t, lookback), date);
          reason =
            current === null ? 'initial' : rule.every === 'threshold' ? 'threshold' : 'calendar';
          current = weightsOf(`strategy.decide(${date})`, raw, n);
          decisions.push({ date, weights: Array.from(current), observations });
        }
      } else if (due) {
        reason = t === first ? 'initial' : rule.every === 'threshold' ? 'threshold' : 'calendar';
      }
      if (reason !== null && current !== null) {
        engine.rebalance(t, current);
        rebalances.push({ date, reason });
      }
    }
    equity[k] = engine.value(t);
    // Time-weighted: a day's return excludes that day's deposits and withdrawals.
    if (k === 0) index[k] = 1;
    else {
      const before = equity[k - 1]!;
      index[k] = before > 0 ? index[k - 1]! * ((equity[k]! - flow) / before) : index[k - 1]!;
    }
  }

  const curve = { dates: span, values: index };
  const start = equity.find((v) => v > 0) ?? 0;
  let benchmark: BacktestResult['benchmark'] = null;
  if (input.benchmark) {
    const bIndex = new Map(input.benchmark.dates.map((d, j) => [d, j]));
    const firstCommon = span.find((d) => bIndex.has(d));
    if (firstCommon) {
      const base = input.benchmark.values[bIndex.get(firstCommon)!]!;
      const common = span.filter((d) => bIndex.has(d));
      benchmark = {
        dates: common,
        values: common.map((d) => (start * input.benchmark!.values[bIndex.get(d)!]!) / base),
      };
    }
  }
  const metrics = performanceMetrics(curve, {
    benchmark: input.benchmark,
    riskFreeRate: input.riskFreeRate,
  });
  const meanEquity = equity.reduce((a, b) => a + b, 0) / equity.length;
  const oneWay = meanEquity > 0 ? book.traded / 2 / meanEquity : 0;
  return {
    equity: { dates: span, values: equity },
    index,
    drawdown: drawdowns(span, index).series,
    benchmark,
    trades: book.trades,
    rebalances,
    decisions,
    dividends: paidDividends,
    costs: { commission: book.commission, tax: book.tax, total: book.commission + book.tax },
    turnover: {
      tradedValue: book.traded,
      oneWay,
      annualised: metrics.years > 0 ? oneWay / metrics.years : 0,
    },
    finalValue: equity.at(-1)!,
    finalCash: book.cash,
    holdings: symbols.map((symbol, i) => ({ symbol, quantity: book.shares[i]! })),
    offGridFills: book.offGrid,
    metrics,
  };
}
