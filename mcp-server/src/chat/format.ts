import { formatWon } from '@capstone/krx-rules';
import type { Language } from './language.js';

/**
 * Money for people: "1억 2,345만 원" or "1억 2,345만 6,789원" in Korean (만/억/조), "₩123,450,000"
 * in English, as the dashboard writes it (`formatWon` of @capstone/krx-rules); a plain hyphen for
 * a loss, which reads better in a chat's text. Input that is not a number comes back as given.
 */
export function formatKrw(value: number | string | bigint, language: Language): string {
  return formatWon(value, language, { minus: '-' }) ?? String(value);
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
