import type { Language } from './language.js';

/** A KRW amount from a number, a Decimal string or a BigInt, rounded half up to whole won. */
function wholeWon(value: number | string | bigint): bigint | null {
  if (typeof value === 'bigint') return value;
  const text = typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(2) : '') : value;
  const match = /^\s*(-)?(\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const roundUp = (fraction[0] ?? '0') >= '5' ? 1n : 0n;
  const magnitude = BigInt(whole!) + roundUp;
  return sign && magnitude !== 0n ? -magnitude : magnitude;
}

const group = (digits: bigint): string => digits.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const KOREAN_UNITS: [bigint, string][] = [
  [10n ** 12n, '조'],
  [10n ** 8n, '억'],
  [10n ** 4n, '만'],
];

/**
 * Money for people: "1억 2,345만 원" or "1억 2,345만 6,789원" in Korean (만/억/조, digits grouped
 * within each unit), "₩123,450,000" in English. Input that is not a number comes back as given.
 */
export function formatKrw(value: number | string | bigint, language: Language): string {
  const won = wholeWon(value);
  if (won === null) return String(value);
  const negative = won < 0n;
  let rest = negative ? -won : won;
  const sign = negative ? '-' : '';
  if (language === 'en') return `${sign}₩${group(rest)}`;
  const parts: string[] = [];
  for (const [size, unit] of KOREAN_UNITS) {
    if (rest >= size) {
      parts.push(`${group(rest / size)}${unit}`);
      rest %= size;
    }
  }
  if (rest > 0n) parts.push(`${group(rest)}원`);
  else if (parts.length === 0) parts.push('0원');
  else parts[parts.length - 1] += ' 원';
  return sign + parts.join(' ');
}

/** A fraction as a percentage: 0.1234 → "12.3%"; `signed` adds "+" to gains. */
export function formatPercent(
  fraction: number,
  options: { digits?: number; signed?: boolean } = {},
) {
  const { digits = 1, signed = false } = options;
  const text = `${(fraction * 100).toFixed(digits)}%`;
  return signed && fraction > 0 ? `+${text}` : text;
}

/** A count with grouped digits: 20000 → "20,000". */
export const formatCount = (value: number): string => value.toLocaleString('en-US');
