import type { TrainingSet } from './dataset.js';
import { ForecastingInputError } from './errors.js';

export interface WalkForwardOptions {
  /** Expanding-window validation folds before the hold-out. */
  readonly folds: number;
  /**
   * Trading days between the end of a training row's target window and the start of the test
   * window. Rows whose target window reaches into the test window are purged in any case.
   */
  readonly embargoDays: number;
  /** The most recent trading days, kept out of model selection and used only to judge it. */
  readonly holdOutDays: number;
}

export const DEFAULT_WALK_FORWARD: WalkForwardOptions = {
  folds: 4,
  embargoDays: 20,
  holdOutDays: 250,
};

/** Rows of a TrainingSet: those a model learns from, and those it is judged on. */
export interface Split {
  readonly train: Int32Array;
  readonly test: Int32Array;
}

export interface WalkForwardPlan {
  readonly options: WalkForwardOptions;
  /** Validation folds, oldest first, for choosing among candidates. */
  readonly folds: readonly Split[];
  /** Everything before the hold-out (purged and embargoed) against the hold-out. */
  readonly holdOut: Split;
}

/** A window of a split, in dates, for the registry record. */
export interface Window {
  readonly from: string;
  readonly to: string;
  readonly rows: number;
  readonly instruments: number;
}

function assertCount(value: unknown, field: string, minimum: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw new ForecastingInputError(
      field,
      `${minimum} 이상의 정수여야 합니다: ${String(value)}`,
      `must be an integer of at least ${minimum}: ${String(value)}`,
    );
  }
}

/**
 * Rows with features on or after `testStart` up to `testEnd`, against the rows whose target
 * window ended more than `embargoDays` before `testStart` (purge plus embargo in one rule).
 */
function split(set: TrainingSet, testStart: number, testEnd: number, embargoDays: number): Split {
  const train: number[] = [];
  const test: number[] = [];
  for (let r = 0; r < set.rows; r++) {
    const date = set.dateIndex[r]!;
    if (date >= testStart && date <= testEnd) test.push(r);
    else if (date < testStart && set.labelEndIndex[r]! + embargoDays < testStart) train.push(r);
  }
  return { train: Int32Array.from(train), test: Int32Array.from(test) };
}

export function planWalkForward(
  set: TrainingSet,
  options: Partial<WalkForwardOptions> = {},
): WalkForwardPlan {
  const resolved = { ...DEFAULT_WALK_FORWARD, ...options };
  assertCount(resolved.folds, 'validation.folds', 1);
  assertCount(resolved.embargoDays, 'validation.embargoDays', 0);
  assertCount(resolved.holdOutDays, 'validation.holdOutDays', 1);

  const days = [...new Set(set.dateIndex)];
  const tooShort = () =>
    new ForecastingInputError(
      'set',
      `워크포워드 검증에 데이터가 부족합니다 (거래일 ${days.length}일, 폴드 ${resolved.folds}개, 홀드아웃 ${resolved.holdOutDays}일, 엠바고 ${resolved.embargoDays}일)`,
      `too little data for walk-forward validation (${days.length} trading days, ${resolved.folds} folds, ${resolved.holdOutDays}-day hold-out, ${resolved.embargoDays}-day embargo)`,
    );
  if (days.length <= resolved.holdOutDays) throw tooShort();

  const holdOutStart = days[days.length - resolved.holdOutDays]!;
  const holdOut = split(set, holdOutStart, Infinity, resolved.embargoDays);
  // The days before the hold-out, less those no training row can use, cut into folds + 1 equal
  // blocks: fold k trains on blocks before k and tests on block k.
  const usable = days.filter((day) => day < holdOutStart);
  const block = Math.floor(usable.length / (resolved.folds + 1));
  const folds: Split[] = [];
  for (let k = 1; k <= resolved.folds; k++) {
    const start = usable[k * block];
    const end = k === resolved.folds ? usable[usable.length - 1] : usable[(k + 1) * block - 1];
    if (block === 0 || start === undefined || end === undefined) throw tooShort();
    folds.push(split(set, start, end, resolved.embargoDays));
  }
  for (const fold of [...folds, holdOut]) {
    if (fold.train.length === 0 || fold.test.length === 0) throw tooShort();
  }
  return { options: resolved, folds, holdOut };
}

export function describeWindow(set: TrainingSet, rows: Int32Array): Window {
  let first = Infinity;
  let last = -Infinity;
  const instruments = new Set<number>();
  for (const r of rows) {
    first = Math.min(first, set.dateIndex[r]!);
    last = Math.max(last, set.dateIndex[r]!);
    instruments.add(set.instrumentIndex[r]!);
  }
  return {
    from: set.dates[first]!,
    to: set.dates[last]!,
    rows: rows.length,
    instruments: instruments.size,
  };
}
