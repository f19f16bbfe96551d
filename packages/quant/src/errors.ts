/**
 * Every bad input raises a QuantInputError that names the field (a path such as
 * `weights[3]` or `series[2].closes[17]`), so an API layer can map it to a 4xx / GraphQL error
 * with `extensions.code` without parsing messages.
 */
export class QuantInputError extends Error {
  override name = 'QuantInputError';
  readonly code = 'QUANT_BAD_INPUT';
  constructor(
    readonly field: string,
    readonly reasonKo: string,
    readonly reasonEn: string,
  ) {
    super(`${field}: ${reasonKo} (${reasonEn})`);
  }
}

/** Work stopped because its AbortSignal fired; `name` matches the DOM convention. */
export class QuantAbortError extends Error {
  override name = 'AbortError';
  readonly code = 'QUANT_ABORTED';
  constructor(readonly reason?: unknown) {
    super('작업이 취소되었습니다 (the computation was cancelled)');
  }
}
