import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { EquityCurve, PriceSeries } from '@capstone/quant';

/** Real KRX bars, read in place from ../shared beside the repository (never copied into it). */
export const DATA_DIR = fileURLToPath(new URL('../../../../shared/data/krx/', import.meta.url));

/** Ten large caps listed through 2016–2021. */
export const TEN_STOCKS = [
  '005930',
  '000660',
  '035420',
  '005380',
  '000270',
  '051910',
  '006400',
  '035720',
  '068270',
  '012330',
];

/**
 * One stock's bars: a row with a non-zero open traded; open 0 with a close is a halt carrying the
 * last close (SOURCES.md); all zeros is a day without a session.
 */
export function loadStock(code: string, from: string, to: string): PriceSeries {
  const dates: string[] = [];
  const closes: number[] = [];
  const haltDates: string[] = [];
  for (const line of readFileSync(`${DATA_DIR}arclien_stock/${code}.csv`, 'utf8').split('\n')) {
    const [date, open, , , close] = line.split(',');
    if (!date || date < from || date > to || !close || Number(close) === 0) continue;
    if (Number(open) === 0) haltDates.push(date);
    else {
      dates.push(date);
      closes.push(Number(close));
    }
  }
  return { symbol: code, dates, closes, haltDates };
}

/** KOSPI closes (the file is newest first and has one blank close). */
export function loadKospi(from: string, to: string): EquityCurve {
  const rows = readFileSync(`${DATA_DIR}index/kospi_close_credit_2010-2025_walnutbrown.csv`, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([date, close]) => date && close && date >= from && date <= to)
    .reverse();
  return { dates: rows.map(([date]) => date!), values: rows.map(([, close]) => Number(close)) };
}

const run = promisify(execFile);

/** Runs the numpy reference with a JSON job and parses its JSON answer. */
export async function numpyReference<T = any>(script: string, job: object): Promise<T> {
  const path = fileURLToPath(new URL(`./reference/${script}`, import.meta.url));
  const { stdout } = await run('python3', [path, JSON.stringify({ dataDir: DATA_DIR, ...job })], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as T;
}

/** |actual − expected| ≤ tol·|expected| (relative) or ≤ tol (absolute); a message names the gap. */
export function closeTo(
  actual: number,
  expected: number,
  tol: number,
  mode: 'relative' | 'absolute',
): boolean {
  const gap = Math.abs(actual - expected);
  return mode === 'relative' ? gap <= tol * Math.abs(expected) : gap <= tol;
}
