export type OptimizationInputIssue =
  | 'MISSING'
  | 'EMPTY'
  | 'NOT_FINITE'
  | 'SIZE_MISMATCH'
  | 'DUPLICATE_ASSET'
  | 'UNKNOWN_ASSET'
  | 'UNKNOWN_SECTOR'
  | 'NOT_SYMMETRIC'
  | 'NOT_PSD'
  | 'INVALID_BOUNDS'
  | 'BOUNDS_CANNOT_SUM_TO_ONE'
  | 'INVALID_PARAMETER'
  | 'UNSUPPORTED_CONSTRAINT';

/** Bad input to an optimiser. `field` names the offending input, e.g. `covariance[3][5]`. */
export class OptimizationInputError extends Error {
  override readonly name = 'OptimizationInputError';

  constructor(
    readonly issue: OptimizationInputIssue,
    readonly field: string,
    readonly messageKo: string,
    readonly messageEn: string,
  ) {
    super(`${field}: ${messageKo} (${messageEn})`);
  }
}
