/**
 * Numbers, money and dates as Korean and English readers expect them. Pure functions of a
 * value and a locale, so every component formats the same way and tests need no browser.
 *
 * Amounts arrive as decimal strings. They are whole won (or carry a few decimal places) and far
 * below 2^53, so a double holds them exactly enough for display; nothing here feeds a ledger.
 */
import { formatWon } from '@capstone/krx-rules';

export type Locale = 'ko' | 'en';

export const SEOUL = 'Asia/Seoul';
/** A real minus sign: a hyphen is too easy to miss next to a number. */
const MINUS = '\u2212';

export interface MoneyOptions {
  /** Prefix + on gains (− is always shown). */
  signed?: boolean;
  /**
   * Korean only: keep the two largest units, rounded ("1억 2,346만 원" for 123,456,789).
   * English always groups digits ("₩123,456,789").
   */
  compact?: boolean;
}

// Building an Intl formatter costs far more than using one (a DateTimeFormat with a time zone
// most of all), and a page formats hundreds of figures with a handful of settings: one each.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function toNumber(value: number | string | null | undefined): number {
  if (value === null || value === undefined || value === '') return Number.NaN;
  return typeof value === 'number' ? value : Number(value);
}

function signOf(value: number, signed: boolean): string {
  if (value < 0) return MINUS;
  return signed && value > 0 ? '+' : '';
}

/** Won, in Korean units or as grouped English digits; "—" when there is no number. */
export function formatKrw(
  value: number | string | null | undefined,
  locale: Locale,
  options: MoneyOptions = {},
): string {
  const number = toNumber(value);
  if (!Number.isFinite(number)) return '—';
  // One formatter for the dashboard and the chat (@capstone/krx-rules), exact for decimal strings.
  const exact = typeof value === 'string' ? formatWon(value, locale, options) : null;
  return exact ?? formatWon(number, locale, options) ?? '—';
}

/**
 * A price per share: Korean brokerages write these as plain grouped digits ("56,400원"), keeping
 * 만/억 for sums. Prices may carry decimals (average costs), shown to two places at most.
 */
export function formatPrice(value: number | string | null | undefined, locale: Locale): string {
  const number = toNumber(value);
  if (!Number.isFinite(number)) return '—';
  const digits = numberFormat('en-US', { maximumFractionDigits: 2 }).format(Math.abs(number));
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
  const text = numberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
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
  const text = numberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
    minimumFractionDigits: minimumDigits,
    maximumFractionDigits: digits,
  }).format(Math.abs(number));
  return `${number < 0 ? MINUS : ''}${text}`;
}

const intlLocale = (locale: Locale) => (locale === 'ko' ? 'ko-KR' : 'en-US');

/** A `Date` scalar ("2026-11-26"): a calendar day, shown without any time-zone shift. */
export function formatDay(day: string | null | undefined, locale: Locale): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '—';
  return dateFormat(intlLocale(locale), {
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
  return dateFormat(intlLocale(locale), {
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
  return dateFormat(intlLocale(locale), {
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
  return dateFormat('en-CA', { timeZone: SEOUL }).format(shifted);
}

export type Direction = 'up' | 'down' | 'flat';

export function directionOf(value: number | string | null | undefined): Direction {
  const number = toNumber(value);
  if (!Number.isFinite(number) || number === 0) return 'flat';
  return number > 0 ? 'up' : 'down';
}

/** The arrow that goes with a colour, so that colour is never the only signal. */
export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', flat: '–' };
