import { QuantAbortError, QuantInputError } from './errors.js';

export function fail(field: string, reasonKo: string, reasonEn: string): never {
  throw new QuantInputError(field, reasonKo, reasonEn);
}

/** A copy as Float64Array, refusing NaN and ±Infinity with the index of the first bad value. */
export function finiteArray(field: string, values: ArrayLike<number>, minLength = 0): Float64Array {
  if (values == null || typeof values.length !== 'number') {
    fail(field, '숫자 배열이어야 합니다', 'must be an array of numbers');
  }
  if (values.length < minLength) {
    fail(field, `값이 ${minLength}개 이상 필요합니다`, `needs at least ${minLength} values`);
  }
  const out = new Float64Array(values.length);
  for (let i = 0; i < out.length; i++) {
    const x = values[i]!;
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      fail(`${field}[${i}]`, '유한한 숫자가 아닙니다', `is not a finite number (${values[i]})`);
    }
    out[i] = x;
  }
  return out;
}

/** Columns of equal length (one per asset), each finite. */
export function finiteColumns(
  field: string,
  columns: ReadonlyArray<ArrayLike<number>>,
  minLength = 1,
): Float64Array[] {
  if (!Array.isArray(columns) || columns.length === 0) {
    fail(field, '자산별 배열이 하나 이상 필요합니다', 'needs at least one series');
  }
  const out = columns.map((column, i) => finiteArray(`${field}[${i}]`, column, minLength));
  const length = out[0]!.length;
  out.forEach((column, i) => {
    if (column.length !== length) {
      fail(
        `${field}[${i}]`,
        `길이가 ${column.length}로 첫 번째 배열(${length})과 다릅니다`,
        `has length ${column.length}, the first series has ${length}`,
      );
    }
  });
  return out;
}

export function positiveInteger(field: string, value: number, min = 1): number {
  if (!Number.isInteger(value) || value < min) {
    fail(field, `${min} 이상의 정수여야 합니다`, `must be an integer ≥ ${min} (got ${value})`);
  }
  return value;
}

export function finiteNumber(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(field, '유한한 숫자여야 합니다', `must be a finite number (got ${value})`);
  }
  return value;
}

/** A number strictly inside (0, 1), e.g. a confidence level or a decay factor. */
export function openUnit(field: string, value: number): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    fail(
      field,
      '0과 1 사이(양 끝 제외)여야 합니다',
      `must lie strictly between 0 and 1 (got ${value})`,
    );
  }
  return value;
}

export const WEIGHT_SUM_TOLERANCE = 1e-6;

/**
 * Portfolio weights: finite, one per asset, summing to 1 within 1e-6 (short positions are
 * allowed; a caller that means "long only" checks that itself).
 */
export function weightVector(
  field: string,
  weights: ArrayLike<number>,
  assets: number,
): Float64Array {
  const w = finiteArray(field, weights);
  if (w.length !== assets) {
    fail(
      field,
      `자산 수(${assets})와 길이(${w.length})가 다릅니다`,
      `has ${w.length} weights for ${assets} assets`,
    );
  }
  let sum = 0;
  for (const x of w) sum += x;
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    fail(field, `합이 1이어야 합니다 (현재 ${sum})`, `must sum to 1 (they sum to ${sum})`);
  }
  return w;
}

/** A square, symmetric, finite matrix given as rows. */
export function symmetricMatrix(
  field: string,
  rows: ReadonlyArray<ArrayLike<number>>,
  size?: number,
): Float64Array[] {
  const m = finiteColumns(field, rows);
  const n = m.length;
  if (size !== undefined && n !== size) {
    fail(field, `${size}×${size} 행렬이어야 합니다`, `must be ${size}×${size}, has ${n} rows`);
  }
  for (let i = 0; i < n; i++) {
    if (m[i]!.length !== n)
      fail(
        `${field}[${i}]`,
        '정방행렬이 아닙니다',
        `row has ${m[i]!.length} entries, expected ${n}`,
      );
    for (let j = 0; j < i; j++) {
      const a = m[i]![j]!;
      const b = m[j]![i]!;
      if (Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(a), Math.abs(b))) {
        fail(`${field}[${i}][${j}]`, '대칭이 아닙니다', `is not symmetric (${a} vs ${b})`);
      }
    }
  }
  return m;
}

/** Dates as strictly increasing 'YYYY-MM-DD' strings. */
export function increasingDates(field: string, dates: readonly string[], length?: number): void {
  if (!Array.isArray(dates)) fail(field, '날짜 배열이어야 합니다', 'must be an array of dates');
  if (length !== undefined && dates.length !== length) {
    fail(
      field,
      `길이가 ${length}여야 합니다 (현재 ${dates.length})`,
      `must have ${length} dates, has ${dates.length}`,
    );
  }
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i];
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      fail(
        `${field}[${i}]`,
        'YYYY-MM-DD 형식이 아닙니다',
        `is not a YYYY-MM-DD date (${String(date)})`,
      );
    }
    if (i > 0 && date <= dates[i - 1]!) {
      fail(
        `${field}[${i}]`,
        '날짜가 증가하는 순서가 아닙니다',
        `dates must increase (${dates[i - 1]} then ${date})`,
      );
    }
  }
}

export function checkSignal(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new QuantAbortError(signal.reason);
}
