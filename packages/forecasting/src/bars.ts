import { ForecastingInputError } from './errors.js';

/**
 * One trading day of an instrument. Only the fields the features use are required; bars with
 * open/high/low and more can be passed as they are. Days the instrument did not trade (halts,
 * holidays) must be left out rather than carried forward.
 */
export interface DailyBar {
  /** Trading day, `YYYY-MM-DD` (Asia/Seoul). */
  readonly date: string;
  /** Close, adjusted for splits (returns are computed from consecutive closes). */
  readonly close: number;
  /** Shares traded. */
  readonly volume: number;
}

/** One close of the KOSPI index. Missing days are simply absent. */
export interface IndexBar {
  readonly date: string;
  readonly close: number;
}

/** An instrument's bars, oldest first. */
export interface InstrumentBars {
  readonly symbol: string;
  readonly bars: readonly DailyBar[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  // Date.UTC rolls 2023-02-30 over to March; the round trip catches it.
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toISOString().startsWith(value);
}

export function assertIsoDate(value: unknown, field: string): asserts value is string {
  if (!isIsoDate(value)) {
    throw new ForecastingInputError(
      field,
      `YYYY-MM-DD 형식의 실제 날짜가 아닙니다: ${JSON.stringify(value)}`,
      `not a real YYYY-MM-DD date: ${JSON.stringify(value)}`,
    );
  }
}

function assertDatesIncrease(
  rows: readonly { date: string }[],
  field: string,
  index: number,
): void {
  const row = rows[index]!;
  assertIsoDate(row?.date, `${field}[${index}].date`);
  if (index > 0 && row.date <= rows[index - 1]!.date) {
    throw new ForecastingInputError(
      `${field}[${index}].date`,
      `날짜가 오래된 것부터 한 번씩 증가해야 합니다 (${rows[index - 1]!.date} 다음에 ${row.date})`,
      `dates must increase strictly, oldest first (${row.date} follows ${rows[index - 1]!.date})`,
    );
  }
}

function assertPositive(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ForecastingInputError(
      field,
      `0보다 큰 유한한 수여야 합니다: ${String(value)}`,
      `must be a finite number above 0: ${String(value)}`,
    );
  }
}

function assertArray(value: unknown, field: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new ForecastingInputError(field, '배열이어야 합니다', 'must be an array');
  }
}

export function validateBars(bars: readonly DailyBar[], field: string): void {
  assertArray(bars, field);
  for (let i = 0; i < bars.length; i++) {
    assertDatesIncrease(bars, field, i);
    const bar = bars[i]!;
    assertPositive(bar.close, `${field}[${i}].close`);
    if (typeof bar.volume !== 'number' || !Number.isFinite(bar.volume) || bar.volume < 0) {
      throw new ForecastingInputError(
        `${field}[${i}].volume`,
        `0 이상의 유한한 수여야 합니다: ${String(bar.volume)}`,
        `must be a finite number of at least 0: ${String(bar.volume)}`,
      );
    }
  }
}

export function validateIndexBars(index: readonly IndexBar[], field: string): void {
  assertArray(index, field);
  for (let i = 0; i < index.length; i++) {
    assertDatesIncrease(index, field, i);
    assertPositive(index[i]!.close, `${field}[${i}].close`);
  }
}

export function validateInstruments(instruments: readonly InstrumentBars[], field: string): void {
  assertArray(instruments, field);
  const seen = new Set<string>();
  instruments.forEach((instrument, i) => {
    if (typeof instrument?.symbol !== 'string' || instrument.symbol.length === 0) {
      throw new ForecastingInputError(
        `${field}[${i}].symbol`,
        '비어 있지 않은 문자열이어야 합니다',
        'must be a non-empty string',
      );
    }
    if (seen.has(instrument.symbol)) {
      throw new ForecastingInputError(
        `${field}[${i}].symbol`,
        `종목 코드가 중복되었습니다: ${instrument.symbol}`,
        `duplicate symbol: ${instrument.symbol}`,
      );
    }
    seen.add(instrument.symbol);
    validateBars(instrument.bars, `${field}[${i}].bars`);
  });
}
