import { readdirSync, readFileSync } from 'node:fs';

// Real KRX daily bars, read in place from ../shared (never copied into the project).
export const KRX_DIR = new URL('../../../../../shared/data/krx/arclien_stock/', import.meta.url);

/** Thirty large caps with full price history over 2016–2021, in this order, with hand-made sectors. */
const LABELLED: readonly (readonly [code: string, sector: string])[] = [
  ['005930', 'IT'],
  ['000660', 'IT'],
  ['035420', '인터넷'],
  ['005380', '자동차'],
  ['000270', '자동차'],
  ['051910', '화학'],
  ['006400', 'IT'],
  ['035720', '인터넷'],
  ['068270', '바이오'],
  ['012330', '자동차'],
  ['028260', '산업재'],
  ['105560', '금융'],
  ['086790', '금융'],
  ['096770', '에너지'],
  ['034730', '산업재'],
  ['066570', 'IT'],
  ['051900', '소비재'],
  ['036570', '인터넷'],
  ['009150', 'IT'],
  ['018260', 'IT'],
  ['033780', '소비재'],
  ['090430', '소비재'],
  ['034220', 'IT'],
  ['086280', '산업재'],
  ['010130', '소재'],
  ['003670', '소재'],
  ['011200', '산업재'],
  ['036460', '에너지'],
  ['009830', '화학'],
  ['000100', '바이오'],
];
export const SECTOR_OF: Readonly<Record<string, string>> = Object.fromEntries(LABELLED);
export const THIRTY = LABELLED.map(([code]) => code);
export const TEN = THIRTY.slice(0, 10);
export const FROM = '2016-01-01';
export const TO = '2021-12-31';
export const TRADING_DAYS_PER_YEAR = 252;

/** Closes on trading days (open ≠ 0) within [from, to], by date. */
function closes(code: string, from: string, to: string): Map<string, number> {
  const byDate = new Map<string, number>();
  for (const line of readFileSync(new URL(`${code}.csv`, KRX_DIR), 'utf8').split('\n')) {
    const [date, open, , , close] = line.split(',');
    if (!date || date < from || date > to || Number(open) === 0) continue;
    byDate.set(date, Number(close));
  }
  return byDate;
}

/**
 * Daily simple returns on the dates every stock traded, T × n row-major; the same formula as
 * reference/krx.py.
 */
export function dailyReturns(codes: readonly string[], from = FROM, to = TO) {
  const series = codes.map((code) => closes(code, from, to));
  const dates = [...series[0]!.keys()].filter((d) => series.every((s) => s.has(d))).sort();
  const n = codes.length;
  const count = dates.length - 1;
  const returns = new Float64Array(count * n);
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < n; i++) {
      returns[t * n + i] = series[i]!.get(dates[t + 1]!)! / series[i]!.get(dates[t]!)! - 1;
    }
  }
  return { returns, count, n };
}

/** Annualised sample mean and covariance (ddof 1) of daily returns. */
export function annualisedMoments(codes: readonly string[], from = FROM, to = TO) {
  const { returns, count, n } = dailyReturns(codes, from, to);
  const mean = new Float64Array(n);
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < n; i++) mean[i] = mean[i]! + returns[t * n + i]!;
  }
  for (let i = 0; i < n; i++) mean[i] = mean[i]! / count;
  const covariance = new Float64Array(n * n);
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < n; i++) {
      const di = returns[t * n + i]! - mean[i]!;
      for (let j = 0; j < n; j++) {
        covariance[i * n + j] = covariance[i * n + j]! + di * (returns[t * n + j]! - mean[j]!);
      }
    }
  }
  for (let k = 0; k < n * n; k++) {
    covariance[k] = (covariance[k]! * TRADING_DAYS_PER_YEAR) / (count - 1);
  }
  return {
    expectedReturns: mean.map((m) => m * TRADING_DAYS_PER_YEAR),
    covariance,
    returns,
    count,
  };
}

/** All 54 stocks in the data set. */
export function allCodes(): string[] {
  return readdirSync(KRX_DIR)
    .filter((name) => /^\d{6}\.csv$/.test(name))
    .map((name) => name.slice(0, 6))
    .sort();
}
