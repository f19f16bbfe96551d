/**
 * Won as Korean and English readers write it, for every surface that shows an amount (the
 * dashboard, the chat's replies): Korean counts in myriads, "1억 2,345만 6,789원", with digits
 * grouped inside each unit; English groups digits, "₩123,456,789". Exact: a decimal string is
 * read digit by digit (BigInt), so amounts beyond 2^53 keep every digit. Browser-safe.
 */
export type WonLanguage = 'ko' | 'en';

export interface WonFormatOptions {
  /** Prefix + on gains (a loss always shows its minus). */
  signed?: boolean;
  /**
   * Korean only: keep the two largest units, rounded ("1억 2,346만 원" for 123,456,789).
   * English always shows every digit.
   */
  compact?: boolean;
  /** The minus sign: a real one (U+2212) by default, which a hyphen is too easy to miss beside. */
  minus?: string;
}

// 만 (10^4), 억 (10^8), 조 (10^12), 경 (10^16).
const KOREAN_UNITS: readonly [size: bigint, name: string][] = [
  [10n ** 16n, '경'],
  [10n ** 12n, '조'],
  [10n ** 8n, '억'],
  [10n ** 4n, '만'],
];

/** A number, a decimal string or a BigInt as whole won, rounded half away from zero; else null. */
export function wholeWon(value: number | string | bigint): bigint | null {
  if (typeof value === 'bigint') return value;
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(2) : '') : value.trim();
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const magnitude = BigInt(whole!) + ((fraction[0] ?? '0') >= '5' ? 1n : 0n);
  return sign && magnitude !== 0n ? -magnitude : magnitude;
}

const grouped = (digits: bigint): string => digits.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function koreanWon(amount: bigint, compact: boolean): string {
  if (amount < 10n ** 4n) return `${grouped(amount)}원`;
  // Compact: round to the unit below the largest first, so 1억 9,999만 9,999 becomes 2억 원.
  const top = KOREAN_UNITS.find(([size]) => amount >= size)![0];
  const precision = compact ? top / 10n ** 4n : 1n;
  let rest = ((amount + precision / 2n) / precision) * precision;
  const parts: string[] = [];
  for (const [size, name] of KOREAN_UNITS) {
    if (rest >= size) {
      parts.push(`${grouped(rest / size)}${name}`);
      rest %= size;
    }
  }
  return rest > 0n ? `${parts.join(' ')} ${grouped(rest)}원` : `${parts.join(' ')} 원`;
}

/** The amount in `language`, or null when `value` is not a number. */
export function formatWon(
  value: number | string | bigint,
  language: WonLanguage,
  { signed = false, compact = false, minus = '\u2212' }: WonFormatOptions = {},
): string | null {
  const won = wholeWon(value);
  if (won === null) return null;
  const amount = won < 0n ? -won : won;
  const sign = won < 0n ? minus : signed && won > 0n ? '+' : '';
  return language === 'ko' ? `${sign}${koreanWon(amount, compact)}` : `${sign}₩${grouped(amount)}`;
}
