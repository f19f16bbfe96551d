/**
 * Numbers as people type them in Korean and English: "1억 2,345만", "3억 5천", "5천만 원",
 * "₩10,000,000", "1.5억", "2조", "10 million won", "30%", "20,000 paths". Money is kept exact
 * (a BigInt with a decimal scale) because it ends up as a whole-KRW string, never a float.
 */

/** An exact decimal: `units / 10^scale`. */
export interface Fixed {
  units: bigint;
  scale: number;
}

const TEN = 10n;

export function fixedFrom(text: string): Fixed {
  const clean = text.replace(/,/g, '');
  const [whole = '0', fraction = ''] = clean.split('.');
  return { units: BigInt(whole + fraction || '0'), scale: fraction.length };
}

const fixedTimes = (value: Fixed, factor: bigint): Fixed => ({
  units: value.units * factor,
  scale: value.scale,
});

function fixedAdd(a: Fixed, b: Fixed): Fixed {
  const scale = Math.max(a.scale, b.scale);
  return {
    units: a.units * TEN ** BigInt(scale - a.scale) + b.units * TEN ** BigInt(scale - b.scale),
    scale,
  };
}

/** Rounded half up to a whole number, as a plain digit string ("150000000"). */
export function fixedToWholeString(value: Fixed): string {
  const divisor = TEN ** BigInt(value.scale);
  const negative = value.units < 0n;
  const magnitude = negative ? -value.units : value.units;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return `${negative && rounded !== 0n ? '-' : ''}${rounded}`;
}

export const fixedToNumber = (value: Fixed): number =>
  Number(value.units) / Number(TEN ** BigInt(value.scale));

const ZERO: Fixed = { units: 0n, scale: 0 };

const KOREAN_DIGITS: Record<string, bigint> = {
  일: 1n,
  이: 2n,
  삼: 3n,
  사: 4n,
  오: 5n,
  육: 6n,
  륙: 6n,
  칠: 7n,
  팔: 8n,
  구: 9n,
};
const SMALL_UNITS: Record<string, bigint> = { 십: 10n, 백: 100n, 천: 1000n };
const BIG_UNITS: Record<string, bigint> = { 만: 10n ** 4n, 억: 10n ** 8n, 조: 10n ** 12n };
const ENGLISH_MULTIPLIERS: [RegExp, bigint, boolean][] = [
  // [pattern, factor, needs a currency marker to be believed ("5m" alone may be five months)]
  [/^\s?(?:thousand)\b/, 10n ** 3n, false],
  [/^\s?(?:million|mil)\b/, 10n ** 6n, false],
  [/^\s?(?:billion)\b/, 10n ** 9n, false],
  [/^\s?(?:trillion)\b/, 10n ** 12n, false],
  [/^\s?k\b/, 10n ** 3n, true],
  [/^\s?(?:m|mn)\b/, 10n ** 6n, true],
  [/^\s?(?:b|bn)\b/, 10n ** 9n, true],
];

const HANGUL = /[\uAC00-\uD7A3]/;
// What may follow a number written in Korean: units, counters and particles.
const SUFFIX = /[원주개번회명씩에을를이은는의도만으로까부와과년월일달]/;
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

export interface NumberExpression {
  start: number;
  end: number;
  value: Fixed;
  /** Used 만/억/조 or million/billion: an amount, not a count of days or shares. */
  scaled: boolean;
  /** Had ₩, 원, won or KRW. */
  currency: boolean;
  /** What the number counts, from the word after it. */
  unit: NumberUnit;
  /** Where the unit word ends (the number's `end` when there is none). */
  unitEnd: number;
}

/**
 * `ju` is a bare 주 after a number: shares ("10주 매수") or weeks ("2주 동안"); the caller
 * knows which from the request.
 */
export type NumberUnit =
  'percent' | 'ju' | 'share' | 'year' | 'month' | 'week' | 'day' | 'count' | 'none';

const UNIT_WORDS: [NumberUnit, RegExp][] = [
  ['percent', /^\s?(?:%|퍼센트|프로|퍼|percent\b|pct\b)/],
  ['week', /^\s?(?:주일|주간|weeks?\b|wks?\b)/],
  ['ju', /^\s?주(?![가식의])/],
  ['share', /^\s?(?:shares?\b|株)/],
  ['month', /^\s?(?:개월|달|months?\b|mos?\b)/],
  ['year', /^\s?(?:년|years?\b|yrs?\b|yr\b)/],
  ['day', /^\s?(?:거래일|영업일|일|trading days?\b|days?\b)/],
  ['count', /^\s?(?:개|번|회|건|paths?\b|simulations?\b|sims?\b|trials?\b|runs?\b|iterations?\b)/],
];

interface Part {
  kind: 'number' | 'small' | 'big';
  value: Fixed;
  end: number;
  /** Written in digits rather than Korean numerals. */
  digits?: boolean;
}

/** Reads the digits, Korean numerals and Korean units that make up one number from `start`. */
function readParts(text: string, start: number): Part[] {
  const parts: Part[] = [];
  let i = start;
  while (i < text.length) {
    // One space may separate the parts of one number ("3억 5천", "5천만 원").
    const at = text[i] === ' ' && parts.length > 0 ? i + 1 : i;
    const rest = text.slice(at);
    const digits = DIGITS.exec(rest);
    const char = rest[0] ?? '';
    const previous = parts.at(-1);
    if (digits) {
      // Two numbers in a row are two numbers, and a number only follows a big unit.
      if (previous && previous.kind !== 'big') break;
      const end = at + digits[0].length;
      // "1억 2020년": a year after an amount is not the amount's tail.
      if (previous && unitAfter(text, end).unit !== 'none') break;
      parts.push({ kind: 'number', value: fixedFrom(digits[0]), end, digits: true });
    } else if (char in KOREAN_DIGITS && /[십백천만억조]/.test(rest[1] ?? '')) {
      if (previous && previous.kind !== 'big') break;
      if (parts.length === 0 && HANGUL.test(text[at - 1] ?? '')) break;
      parts.push({ kind: 'number', value: { units: KOREAN_DIGITS[char]!, scale: 0 }, end: at + 1 });
    } else if (char in SMALL_UNITS || char in BIG_UNITS) {
      // A unit glued to a word is that word ("삼성전자만", "추천"), not a number.
      if (parts.length === 0 && HANGUL.test(text[at - 1] ?? '')) break;
      if (at !== i && previous?.kind === 'number') break;
      const kind = char in SMALL_UNITS ? 'small' : 'big';
      const factor = SMALL_UNITS[char] ?? BIG_UNITS[char]!;
      parts.push({ kind, value: { units: factor, scale: 0 }, end: at + 1 });
    } else {
      break;
    }
    i = parts.at(-1)!.end;
  }
  return parts;
}

/**
 * Korean numbers group by 만 (10^4): each big unit closes a group below 10,000. A last group with
 * no big unit of its own takes the next one down, as people say it: "3억 5천" is 3억 5천만 and
 * "4만 2천" is 42,000.
 */
function evaluate(parts: Part[]): { value: Fixed; used: number; scaled: boolean } | null {
  let total = ZERO;
  let group = ZERO;
  let pending: Fixed | null = null;
  let lastBig: bigint | null = null;
  let used = 0;
  let groupHasUnit = false;
  for (const part of parts) {
    if (part.kind === 'number') {
      if (pending) break;
      pending = part.value;
      groupHasUnit = false;
    } else if (part.kind === 'small') {
      group = fixedAdd(group, fixedTimes(pending ?? { units: 1n, scale: 0 }, part.value.units));
      pending = null;
      groupHasUnit = true;
    } else {
      const factor = part.value.units;
      if (lastBig !== null && factor >= lastBig) break;
      if (pending) group = fixedAdd(group, pending);
      if (group.units === 0n) group = { units: 1n, scale: 0 };
      total = fixedAdd(total, fixedTimes(group, factor));
      group = ZERO;
      pending = null;
      lastBig = factor;
    }
    used += 1;
  }
  if (used === 0) return null;
  if (pending) group = fixedAdd(group, pending);
  if (group.units !== 0n) {
    const carried = lastBig !== null && (groupHasUnit || pending !== null);
    total = fixedAdd(total, carried ? fixedTimes(group, lastBig! / 10n ** 4n || 1n) : group);
  }
  return { value: total, used, scaled: lastBig !== null };
}

function unitAfter(text: string, index: number): { unit: NumberUnit; end: number } {
  const rest = text.slice(index).toLowerCase();
  for (const [unit, pattern] of UNIT_WORDS) {
    const match = pattern.exec(rest);
    if (match) return { unit, end: index + match[0].length };
  }
  return { unit: 'none', end: index };
}

const CURRENCY_BEFORE = /(?:₩|\\|krw\s?)$/i;
const CURRENCY_AFTER = /^\s?(?:원|won\b|krw\b)/i;

/** The number expression starting exactly at `start`, if there is one. */
export function readNumber(text: string, start: number): NumberExpression | null {
  const parts = readParts(text, start);
  const evaluated = evaluate(parts);
  if (!evaluated) return null;
  const usedParts = parts.slice(0, evaluated.used);
  let end = usedParts.at(-1)!.end;
  let value = evaluated.value;
  let scaled = evaluated.scaled;
  const currencyBefore = CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start));
  if (!scaled && usedParts.length === 1) {
    for (const [pattern, factor, needsCurrency] of ENGLISH_MULTIPLIERS) {
      const match = pattern.exec(text.slice(end).toLowerCase());
      if (!match) continue;
      const after = CURRENCY_AFTER.test(text.slice(end + match[0].length));
      if (needsCurrency && !currencyBefore && !after) continue;
      value = fixedTimes(value, factor);
      scaled = true;
      end += match[0].length;
      break;
    }
  }
  const currencyMatch = CURRENCY_AFTER.exec(text.slice(end));
  const currency = currencyBefore || currencyMatch !== null;
  // Korean numerals and units alone ("천만원", "삼억") only count with 만/억/조 or 원, and not
  // when a word goes on ("만들어", "천천히").
  const hasDigits = usedParts.some((part) => part.digits);
  if (!hasDigits && !scaled && !currencyMatch) return null;
  if (!hasDigits && !currencyMatch && HANGUL.test(text[end] ?? '') && !SUFFIX.test(text[end]!)) {
    return null;
  }
  if (currencyMatch) end += currencyMatch[0].length;
  const unit = currencyMatch ? { unit: 'none' as const, end } : unitAfter(text, end);
  return { start, end, value, scaled, currency, unit: unit.unit, unitEnd: unit.end };
}

const NUMBER_START = /[0-9일이삼사오육륙칠팔구십백천만억조]/;

/** Every number expression in the text, left to right, not overlapping. */
export function scanNumbers(text: string): NumberExpression[] {
  const found: NumberExpression[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const previous = text[i - 1] ?? ' ';
    // Digits inside a word or code (run-12, 005930x, v2) are not numbers of their own.
    const inWord =
      /[0-9A-Za-z.,]/.test(previous) || (previous === '-' && /[A-Za-z]/.test(text[i - 2] ?? ''));
    const startsHere = NUMBER_START.test(char) && !inWord;
    if (startsHere) {
      const expression = readNumber(text, i);
      if (expression) {
        found.push(expression);
        i = Math.max(expression.unitEnd, expression.end);
        continue;
      }
    }
    i += 1;
  }
  return found;
}

/**
 * Parses a whole-KRW amount typed on its own ("1억원", "₩10,000,000", "3억 5천") into a digit
 * string, or null when the text is not one amount.
 */
export function parseKrwAmount(input: string): string | null {
  const text = input.trim();
  const start = text.search(/[0-9일이삼사오육륙칠팔구십백천만억조]/);
  if (start < 0) return null;
  if (!/^(?:₩|\\|krw)?\s?$/i.test(text.slice(0, start))) return null;
  const expression = readNumber(text, start);
  if (!expression || expression.end !== text.length) return null;
  const whole = fixedToWholeString(expression.value);
  return whole === '0' ? null : whole;
}
