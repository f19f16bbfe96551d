/**
 * Bad input to the library. `field` names the offending input (a dotted path such as
 * `instruments[3].bars[120].close`), and the message comes in Korean first, then English.
 */
export class ForecastingInputError extends Error {
  override name = 'ForecastingInputError';

  constructor(
    readonly field: string,
    readonly messageKo: string,
    readonly messageEn: string,
  ) {
    super(`${field}: ${messageKo} / ${messageEn}`);
  }
}
