import { OptimizationInputError } from './errors.js';
import { cholesky, eigenvalueRange } from './linear-algebra.js';
import type { ConstraintKind, MatrixInput, PortfolioConstraints, WeightBounds } from './types.js';

/** Relative asymmetry, and relative negative eigenvalue, that still count as rounding noise. */
const SYMMETRY_TOLERANCE = 1e-10;
const PSD_TOLERANCE = 1e-10;
/** How far the asset bounds may miss a total of 1 before they are called contradictory. */
const BUDGET_TOLERANCE = 1e-12;

export interface Universe {
  readonly n: number;
  readonly assetIds: readonly string[];
  /** Index into `sectorNames` per asset, −1 for an asset without a sector label. */
  readonly sectorOf: Int32Array;
  readonly sectorNames: readonly string[];
}

export interface NormalizedConstraints {
  /** Per-asset bounds; −Infinity / Infinity where there is none. */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** Per-sector bounds on summed weight, indexed like `Universe.sectorNames`. */
  readonly sectorLower: Float64Array;
  readonly sectorUpper: Float64Array;
  /** Null when no limit, or when the limit is at least the number of assets. */
  readonly maxAssets: number | null;
  readonly applied: readonly ConstraintKind[];
}

export function readUniverse(
  assetIds: readonly string[] | undefined,
  sectors: readonly string[] | undefined,
): Universe {
  if (!Array.isArray(assetIds)) {
    throw new OptimizationInputError(
      'MISSING',
      'assetIds',
      '종목 목록이 없습니다',
      'asset ids are missing',
    );
  }
  if (assetIds.length === 0) {
    throw new OptimizationInputError(
      'EMPTY',
      'assetIds',
      '종목이 하나도 없습니다',
      'no assets were given',
    );
  }
  const seen = new Set<string>();
  assetIds.forEach((id, i) => {
    if (typeof id !== 'string' || id.length === 0) {
      throw new OptimizationInputError(
        'INVALID_PARAMETER',
        `assetIds[${i}]`,
        '종목 코드는 비어 있지 않은 문자열이어야 합니다',
        'an asset id must be a non-empty string',
      );
    }
    if (seen.has(id)) {
      throw new OptimizationInputError(
        'DUPLICATE_ASSET',
        `assetIds[${i}]`,
        `종목 ${id}가 두 번 들어 있습니다`,
        `asset ${id} appears twice`,
      );
    }
    seen.add(id);
  });
  const n = assetIds.length;
  const sectorOf = new Int32Array(n).fill(-1);
  const sectorNames: string[] = [];
  if (sectors !== undefined) {
    if (!Array.isArray(sectors) || sectors.length !== n) {
      throw new OptimizationInputError(
        'SIZE_MISMATCH',
        'sectors',
        `섹터 라벨은 종목 수(${n})만큼 있어야 합니다`,
        `there must be one sector label per asset (${n})`,
      );
    }
    const index = new Map<string, number>();
    sectors.forEach((label, i) => {
      if (typeof label !== 'string') {
        throw new OptimizationInputError(
          'INVALID_PARAMETER',
          `sectors[${i}]`,
          '섹터 라벨은 문자열이어야 합니다',
          'a sector label must be a string',
        );
      }
      let at = index.get(label);
      if (at === undefined) {
        at = sectorNames.length;
        index.set(label, at);
        sectorNames.push(label);
      }
      sectorOf[i] = at;
    });
  }
  return { n, assetIds, sectorOf, sectorNames };
}

export function readVector(field: string, values: ArrayLike<number> | undefined, n: number) {
  if (values === undefined || values === null) {
    throw new OptimizationInputError('MISSING', field, '값이 없습니다', 'the values are missing');
  }
  if (values.length !== n) {
    throw new OptimizationInputError(
      'SIZE_MISMATCH',
      field,
      `길이가 ${values.length}이지만 종목 수는 ${n}입니다`,
      `it has length ${values.length} but there are ${n} assets`,
    );
  }
  const vector = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new OptimizationInputError(
        'NOT_FINITE',
        `${field}[${i}]`,
        '유한한 수가 아닙니다',
        'not a finite number',
      );
    }
    vector[i] = value;
  }
  return vector;
}

/** A rows × columns matrix from either input shape, every entry finite. */
export function readMatrix(
  field: string,
  input: MatrixInput | undefined,
  rows: number | null,
  columns: number,
): { data: Float64Array; rows: number } {
  if (input === undefined || input === null) {
    throw new OptimizationInputError('MISSING', field, '행렬이 없습니다', 'the matrix is missing');
  }
  if (input instanceof Float64Array) {
    const count = input.length / columns;
    if (!Number.isInteger(count) || (rows !== null && count !== rows)) {
      const expected = rows === null ? `${columns}의 배수` : `${rows * columns}`;
      const expectedEn = rows === null ? `a multiple of ${columns}` : `${rows * columns}`;
      throw new OptimizationInputError(
        'SIZE_MISMATCH',
        field,
        `원소 수가 ${input.length}이지만 ${expected}이어야 합니다`,
        `it has ${input.length} entries but needs ${expectedEn}`,
      );
    }
    for (let k = 0; k < input.length; k++) {
      if (!Number.isFinite(input[k])) {
        const at = `${field}[${Math.floor(k / columns)}][${k % columns}]`;
        throw new OptimizationInputError(
          'NOT_FINITE',
          at,
          '유한한 수가 아닙니다',
          'not a finite number',
        );
      }
    }
    return { data: Float64Array.from(input), rows: count };
  }
  if (!Array.isArray(input) || (rows !== null && input.length !== rows)) {
    throw new OptimizationInputError(
      'SIZE_MISMATCH',
      field,
      `행이 ${rows ?? '1개 이상'} 있어야 합니다`,
      `it needs ${rows ?? 'one or more'} rows`,
    );
  }
  const data = new Float64Array(input.length * columns);
  input.forEach((row, i) => {
    data.set(readVector(`${field}[${i}]`, row, columns), i * columns);
  });
  return { data, rows: input.length };
}

/**
 * A covariance matrix checked to be finite, symmetric (then symmetrised exactly) and positive
 * semi-definite.
 */
export function readCovariance(input: MatrixInput | undefined, n: number): Float64Array {
  const { data } = readMatrix('covariance', input, n, n);
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const variance = data[i * n + i]!;
    if (variance < 0) {
      throw new OptimizationInputError(
        'NOT_PSD',
        `covariance[${i}][${i}]`,
        '분산이 음수입니다',
        'a variance is negative',
      );
    }
    scale = Math.max(scale, variance);
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const upper = data[i * n + j]!;
      const lower = data[j * n + i]!;
      if (Math.abs(upper - lower) > SYMMETRY_TOLERANCE * scale) {
        throw new OptimizationInputError(
          'NOT_SYMMETRIC',
          `covariance[${i}][${j}]`,
          `공분산 행렬이 대칭이 아닙니다 (${upper} ≠ ${lower})`,
          `the covariance matrix is not symmetric (${upper} ≠ ${lower})`,
        );
      }
      const mean = (upper + lower) / 2;
      data[i * n + j] = mean;
      data[j * n + i] = mean;
    }
  }
  if (cholesky(data, n) === null) {
    const { min, max } = eigenvalueRange(data, n);
    if (min < -PSD_TOLERANCE * Math.max(Math.abs(max), Number.MIN_VALUE)) {
      throw new OptimizationInputError(
        'NOT_PSD',
        'covariance',
        `공분산 행렬이 양의 준정부호가 아닙니다 (최소 고유값 ${min})`,
        `the covariance matrix is not positive semi-definite (smallest eigenvalue ${min})`,
      );
    }
  }
  return data;
}

export function readNumber(
  field: string,
  value: number | undefined,
  fallback: number | undefined,
  check: (value: number) => boolean = () => true,
  rule: LocalizedTextPair = ['유한한 수여야 합니다', 'must be a finite number'],
): number {
  const resolved = value ?? fallback;
  if (typeof resolved !== 'number' || !Number.isFinite(resolved) || !check(resolved)) {
    throw new OptimizationInputError('INVALID_PARAMETER', field, rule[0], rule[1]);
  }
  return resolved;
}

type LocalizedTextPair = readonly [ko: string, en: string];

function boundValue(field: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new OptimizationInputError('INVALID_BOUNDS', field, '수가 아닙니다', 'not a number');
  }
  return value;
}

function checkOrder(field: string, min: number, max: number): void {
  if (min > max || min === Infinity || max === -Infinity) {
    throw new OptimizationInputError(
      'INVALID_BOUNDS',
      field,
      `하한 ${min}이 상한 ${max}보다 큽니다`,
      `lower bound ${min} is above upper bound ${max}`,
    );
  }
}

export function readConstraints(
  universe: Universe,
  constraints: PortfolioConstraints | undefined,
  sectorsGiven: boolean,
): NormalizedConstraints {
  const spec = constraints ?? {};
  const { n, assetIds } = universe;
  const longOnly = spec.longOnly ?? true;
  const applied: ConstraintKind[] = ['fully-invested'];
  if (longOnly) applied.push('long-only');

  const defaults: WeightBounds = spec.defaultAssetBounds ?? {};
  const perAsset = spec.assetBounds ?? {};
  for (const id of Object.keys(perAsset)) {
    if (!assetIds.includes(id)) {
      throw new OptimizationInputError(
        'UNKNOWN_ASSET',
        `constraints.assetBounds.${id}`,
        `종목 ${id}는 이 포트폴리오에 없습니다`,
        `asset ${id} is not in this universe`,
      );
    }
  }
  if (spec.defaultAssetBounds !== undefined || Object.keys(perAsset).length > 0) {
    applied.push('asset-bounds');
  }
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  let lowerSum = 0;
  let upperSum = 0;
  for (let i = 0; i < n; i++) {
    const id = assetIds[i]!;
    const own = perAsset[id];
    const field = own ? `constraints.assetBounds.${id}` : 'constraints.defaultAssetBounds';
    const min = boundValue(
      `${field}.min`,
      own?.min ?? defaults.min,
      longOnly ? 0 : Number.NEGATIVE_INFINITY,
    );
    const max = boundValue(`${field}.max`, own?.max ?? defaults.max, Number.POSITIVE_INFINITY);
    checkOrder(field, min, max);
    if (longOnly && min < 0) {
      throw new OptimizationInputError(
        'INVALID_BOUNDS',
        `${field}.min`,
        `매수 전용(longOnly)인데 하한이 음수(${min})입니다`,
        `the portfolio is long-only but the lower bound is negative (${min})`,
      );
    }
    lower[i] = min;
    upper[i] = max;
    lowerSum += min;
    upperSum += max;
  }
  if (lowerSum > 1 + BUDGET_TOLERANCE || upperSum < 1 - BUDGET_TOLERANCE) {
    throw new OptimizationInputError(
      'BOUNDS_CANNOT_SUM_TO_ONE',
      'constraints.assetBounds',
      `종목별 비중 한도로는 합계 100%를 만들 수 없습니다 (하한 합 ${lowerSum}, 상한 합 ${upperSum})`,
      `the asset bounds cannot sum to 1 (lower bounds sum to ${lowerSum}, upper to ${upperSum})`,
    );
  }

  const sectorCount = universe.sectorNames.length;
  const sectorLower = new Float64Array(sectorCount).fill(Number.NEGATIVE_INFINITY);
  const sectorUpper = new Float64Array(sectorCount).fill(Number.POSITIVE_INFINITY);
  const sectorBounds = spec.sectorBounds ?? {};
  const sectorKeys = Object.keys(sectorBounds);
  if (sectorKeys.length > 0) {
    if (!sectorsGiven) {
      throw new OptimizationInputError(
        'MISSING',
        'sectors',
        '섹터 한도가 있지만 종목별 섹터 라벨이 없습니다',
        'sector bounds were given without per-asset sector labels',
      );
    }
    applied.push('sector-bounds');
  }
  for (const label of sectorKeys) {
    const at = universe.sectorNames.indexOf(label);
    const field = `constraints.sectorBounds.${label}`;
    if (at < 0) {
      throw new OptimizationInputError(
        'UNKNOWN_SECTOR',
        field,
        `섹터 ${label}에 속한 종목이 없습니다`,
        `no asset is labelled with sector ${label}`,
      );
    }
    const bounds = sectorBounds[label]!;
    const min = boundValue(`${field}.min`, bounds.min, Number.NEGATIVE_INFINITY);
    const max = boundValue(`${field}.max`, bounds.max, Number.POSITIVE_INFINITY);
    checkOrder(field, min, max);
    sectorLower[at] = min;
    sectorUpper[at] = max;
  }

  let maxAssets: number | null = null;
  if (spec.maxAssets !== undefined) {
    readNumber(
      'constraints.maxAssets',
      spec.maxAssets,
      undefined,
      (k) => Number.isInteger(k) && k >= 1,
      ['1 이상의 정수여야 합니다', 'must be an integer of at least 1'],
    );
    applied.push('max-assets');
    if (spec.maxAssets < n) maxAssets = spec.maxAssets;
  }
  return { lower, upper, sectorLower, sectorUpper, maxAssets, applied };
}

/** Refuses constraints an optimiser cannot honour, naming the first one found. */
export function refuseConstraints(
  constraints: PortfolioConstraints | undefined,
  optimiser: string,
): void {
  if (constraints === undefined) return;
  const unsupported: [keyof PortfolioConstraints, boolean][] = [
    ['longOnly', constraints.longOnly === false],
    ['defaultAssetBounds', constraints.defaultAssetBounds !== undefined],
    ['assetBounds', Object.keys(constraints.assetBounds ?? {}).length > 0],
    ['sectorBounds', Object.keys(constraints.sectorBounds ?? {}).length > 0],
    ['maxAssets', constraints.maxAssets !== undefined],
  ];
  for (const [key, present] of unsupported) {
    if (present) {
      throw new OptimizationInputError(
        'UNSUPPORTED_CONSTRAINT',
        `constraints.${key}`,
        `${optimiser}은(는) 이 제약을 지원하지 않습니다 (매수 전용·전액 투자만 지원)`,
        `${optimiser} does not support this constraint (long-only and fully invested only)`,
      );
    }
  }
}
