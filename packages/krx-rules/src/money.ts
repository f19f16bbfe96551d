import { KrxRuleInputError } from './errors.js';

/**
 * Exact won arithmetic. Rates are decimal strings ('0.00015'), read into an integer numerator over
 * a power of ten; amounts are whole won. Products run in BigInt, since amount × numerator exceeds
 * 2^53 long before any amount does.
 */
export interface DecimalRate {
  /** The rate as written, normalised: '0.00015'. */
  text: string;
  numerator: bigint;
  denominator: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const EXPONENT = /^(\d+)(?:\.(\d+))?e([+-]?\d+)$/i;

/** Reads a non-negative rate given as a decimal string or a number ('0.00015', 0.00015, 1.5e-4). */
export function parseRate(input: unknown, field: string): DecimalRate {
  const text = typeof input === 'number' && Number.isFinite(input) ? String(input) : input;
  if (typeof text === 'string') {
    const trimmed = text.trim();
    const plain = DECIMAL.exec(trimmed);
    const scientific = plain ? null : EXPONENT.exec(trimmed);
    const match = plain ?? scientific;
    if (match) {
      const [, whole = '0', fraction = ''] = match;
      let digits = `${whole}${fraction}`;
      let scale = fraction.length - (scientific ? Number(scientific[3]) : 0);
      if (scale < 0) {
        digits += '0'.repeat(-scale);
        scale = 0;
      }
      return normalise(BigInt(digits), 10n ** BigInt(scale), scale);
    }
  }
  throw new KrxRuleInputError(
    field,
    input,
    '0 이상의 소수(예: "0.00015")여야 합니다',
    'expected a non-negative decimal such as "0.00015"',
  );
}

function normalise(numerator: bigint, denominator: bigint, scale: number): DecimalRate {
  const padded = numerator.toString().padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale);
  const fraction = padded.slice(padded.length - scale).replace(/0+$/, '');
  return { text: fraction ? `${whole}.${fraction}` : whole, numerator, denominator };
}

/** A whole-won amount: a safe non-negative integer number, a bigint, or a string of digits. */
export function checkAmount(value: unknown, field: string): bigint {
  let amount: bigint | undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) amount = BigInt(value);
  else if (typeof value === 'bigint') amount = value;
  else if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) amount = BigInt(value.trim());
  if (amount === undefined) {
    throw new KrxRuleInputError(
      field,
      value,
      '원 단위 정수가 아닙니다',
      'not a whole number of won',
    );
  }
  if (amount < 0n) {
    throw new KrxRuleInputError(field, value, '음수일 수 없습니다', 'must not be negative');
  }
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new KrxRuleInputError(field, value, '금액이 너무 큽니다', 'exceeds 2^53 − 1 won');
  }
  return amount;
}

/** amount × rate, with everything below `unit` won cut off (절사). */
export function applyRate(amount: bigint, rate: DecimalRate, unit: bigint = 1n): number {
  const exact = (amount * rate.numerator) / rate.denominator; // BigInt division truncates
  return Number((exact / unit) * unit);
}
