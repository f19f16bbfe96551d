/**
 * Numbers, money and dates as Korean and English readers expect them. Pure functions of a
 * value and a locale, so every component formats the same way and tests need no browser.
 *
 * Amounts arrive as decimal strings. They are whole won (or carry a few decimal places) and far
 * below 2^53, so a double holds them exactly enough for display; nothing here feeds a ledger.
 */
export type Locale = 'ko' | 'en';

export const SEOUL = 'Asia/Seoul';
/** A real minus sign: a hyphen is too easy to miss next to a number. */
const MINUS = '\u2212';

/** Korean counts large numbers in myriads: 만 (10^4), 억 (10^8), 조 (10^12), 경 (10^16). */
const KOREAN_UNITS = [
  { size: 1e16, name: '경' },
  { size: 1e12, name: '조' },
  { size: 1e8, name: '억' },
  { size: 1e4, name: '만' },
] as const;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export interface MoneyOptions {
  /** Prefix + on gains (− is always shown). */
  signed?: boolean;
  /**
   * Korean only: keep the two largest units, rounded ("1억 2,346만 원" for 123,456,789).
   * English always groups digits ("₩123,456,789").
   */
  compact?: boolean;
}

export function toNumber(value: number | string | null | undefined): number {
  if (value === null || value === undefined || value === '') return Number.NaN;
  return typeof value === 'number' ? value : Number(value);
}

function signOf(value: number, signed: boolean): string {
  if (value < 0) return MINUS;
  return signed && value > 0 ? '+' : '';
}

/** "1억 2,345만 6,789원" (full) or "1억 2,346만 원" (compact) for 123,456,789. */
function koreanWon(amount: number, compact: boolean): string {
  if (amount < 1e4) return `${grouped.format(amount)}원`;
  // Compact: round to the second-largest unit first, so 1억 9,999만 9,999 becomes 2억 원.
  const top = KOREAN_UNITS.find((unit) => amount >= unit.size)!;
  const precision = compact ? top.size / 1e4 : 1;
  let rest = Math.round(amount / precision) * precision;
  const parts: string[] = [];
  for (const unit of KOREAN_UNITS) {
    const count = Math.floor(rest / unit.size);
    if (count > 0) parts.push(`${grouped.format(count)}${unit.name}`);
    rest -= count * unit.size;
  }
  if (rest > 0) return `${parts.join(' ')} ${grouped.format(rest)}원`;
  return `${parts.join(' ')} 원`;
}

/** Won, in Korean units or as grouped English digits; "—" when there is no number. */
export function formatKrw(
  value: number | string | null | undefined,
  locale: Locale,
  { signed = false, compact = false }: MoneyOptions = {},
): string {
  const number = toNumber(value);
  if (!Number.isFinite(number)) return '—';
  const amount = Math.round(Math.abs(number));
  const sign = amount === 0 ? '' : signOf(number, signed);
  if (locale === 'ko') return `${sign}${koreanWon(amount, compact)}`;
  return `${sign}₩${grouped.format(amount)}`;
}

/**
 * A price per share: Korean brokerages write these as plain grouped digits ("56,400원"), keeping
 * 만/억 for sums. Prices may carry decimals (average costs), shown to two places at most.
 */
export function formatPrice(value: number | string | null | undefined, locale: Locale): string {
  const number = toNumber(value);
  if (!Number.isFinite(number)) return '—';
  const digits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(
    Math.abs(number),
  );
  const sign = number < 0 ? MINUS : '';
  return locale === 'ko' ? `${sign}${digits}원` : `${sign}₩${digits}`;
}

/** A fraction as a percentage: 0.01234 -> "1.23%" (or "+1.23%" when signed). */
export function formatPercent(
  fraction: number | string | null | undefined,
  locale: Locale,
  { signed = false, digits = 2 }: { signed?: boolean; digits?: number } = {},
): string {
  const number = toNumber(fraction);
  if (!Number.isFinite(number)) return '—';
  const percent = Math.abs(number * 100);
  const text = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(percent);
  const rounded = Number(percent.toFixed(digits));
  return `${rounded === 0 ? '' : signOf(number, signed)}${text}%`;
}

/** Quantities and index levels: grouped digits, up to `digits` decimals. */
export function formatNumber(
  value: number | string | null | undefined,
  locale: Locale,
  { digits = 4, minimumDigits = 0 }: { digits?: number; minimumDigits?: number } = {},
): string {
  const number = toNumber(value);
  if (!Number.isFinite(number)) return '—';
  const text = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
    minimumFractionDigits: minimumDigits,
    maximumFractionDigits: digits,
  }).format(Math.abs(number));
  return `${number < 0 ? MINUS : ''}${text}`;
}

const intlLocale = (locale: Locale) => (locale === 'ko' ? 'ko-KR' : 'en-US');

/** A `Date` scalar ("2026-11-26"): a calendar day, shown without any time-zone shift. */
export function formatDay(day: string | null | undefined, locale: Locale): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '—';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A `DateTime` (UTC instant) as a date and time in Seoul, where the KRX trades. */
export function formatDateTime(instant: string | null | undefined, locale: Locale): string {
  const date = instant ? new Date(instant) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: SEOUL,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** A trade time in Seoul, to the second: "15:29:58". */
export function formatTime(instant: string | null | undefined, locale: Locale): string {
  const date = instant ? new Date(instant) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: SEOUL,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** Today's date in Seoul as a `Date` scalar, and `days` before it. */
export function seoulDay(now: Date = new Date(), daysBefore = 0): string {
  const shifted = new Date(now.getTime() - daysBefore * 86_400_000);
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: SEOUL }).format(shifted);
}

export type Direction = 'up' | 'down' | 'flat';

export function directionOf(value: number | string | null | undefined): Direction {
  const number = toNumber(value);
  if (!Number.isFinite(number) || number === 0) return 'flat';
  return number > 0 ? 'up' : 'down';
}

/** The arrow that goes with a colour, so that colour is never the only signal. */
export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', flat: '–' };
