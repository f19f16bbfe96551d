/**
 * Text helpers shared by the parsers: normalisation, Hangul jamo, edit distance and Korean
 * particles. Everything works on strings the user typed, so nothing here may throw.
 */

/** Full-width forms, fancy quotes and runs of spaces folded, so patterns see one spelling. */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»「」『』]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
export const hasHangul = (text: string): boolean => HANGUL_SYLLABLE.test(text);

/** Lower case with spaces and punctuation dropped (but `&`, which is part of names like KT&G). */
export function compactKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^0-9a-z\uAC00-\uD7A3&]/g, '');
}

const SYLLABLE_BASE = 0xac00;
// The keys of the standard Korean keyboard (두벌식) for each initial, medial and final jamo;
// upper case is the shifted key.
const INITIAL_KEYS = 'r R s e E f a q Q t T d w W c z x v g'.split(' ');
const MEDIAL_KEYS = 'k o i O j p u P h hk ho hl y n nj np nl b m ml l'.split(' ');
const FINAL_KEYS = [
  '',
  ...'r R rt s sw sg e f fr fa fq ft fx fv fg a q qt t T d w c z x v g'.split(' '),
];

/**
 * The keys typed for the text on a Korean keyboard (삼성전자 → "tkatjdwjswk"), so a typo is
 * measured as the slip it was: 삼성전지 is one neighbouring key from 삼성전자 (ㅏ and ㅣ sit side
 * by side) but a far key from 삼성전기. Latin letters stay as they are.
 */
export function keystrokes(text: string): string {
  let out = '';
  for (const char of text) {
    const index = char.codePointAt(0)! - SYLLABLE_BASE;
    if (index < 0 || index > 11_171) {
      out += char;
      continue;
    }
    out += INITIAL_KEYS[Math.floor(index / 588)]!;
    out += MEDIAL_KEYS[Math.floor((index % 588) / 28)]!;
    out += FINAL_KEYS[index % 28]!;
  }
  return out;
}

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POSITION = new Map<string, [number, number]>(
  KEY_ROWS.flatMap((row, r) => [...row].map((key, c): [string, [number, number]] => [key, [r, c]])),
);

/** Half a slip for the same key with or without shift, or a key next to the intended one. */
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const x = KEY_POSITION.get(a.toLowerCase());
  const y = KEY_POSITION.get(b.toLowerCase());
  if (!x || !y) return 1;
  if (x[0] === y[0] && x[1] === y[1]) return 0.5;
  const rowGap = y[0] - x[0];
  const columnGap = y[1] - x[1];
  // Rows are staggered: a key touches two keys of the row below it, at the same and one lower index.
  const touching =
    (rowGap === 0 && Math.abs(columnGap) === 1) ||
    (rowGap === 1 && (columnGap === 0 || columnGap === -1)) ||
    (rowGap === -1 && (columnGap === 0 || columnGap === 1));
  return touching ? 0.5 : 1;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, so "kakoa" is one
 * slip from "kakao"), with a neighbouring key costing half a slip. Gives up early and returns
 * more than `limit` once every path costs more.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previousRow: number[] = [];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const next = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = substitutionCost(x[i - 1]!, y[j - 1]!);
      let value = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        value = Math.min(value, previousRow[j - 2]! + 1);
      }
      next.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousRow = row;
    row = next;
  }
  return row[y.length]!;
}

// Longest first, so "에서는" is taken off before "는".
const PARTICLES = [
  '에서는',
  '으로는',
  '이랑은',
  '에서도',
  '으로도',
  '에서',
  '으로',
  '이랑',
  '하고',
  '부터',
  '까지',
  '에게',
  '한테',
  '처럼',
  '보다',
  '이나',
  '로도',
  '에도',
  '만',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '도',
  '랑',
  '와',
  '과',
  '에',
  '로',
  '나',
  '요',
];

/**
 * The ways a Hangul token may be a name followed by particles: "하이닉스도" → "하이닉스",
 * "그로스에서는" → "그로스". The token itself comes first; a particle is only removed when
 * something is left.
 */
export function withoutParticles(token: string): string[] {
  const forms = [token];
  let current = token;
  for (let round = 0; round < 2; round += 1) {
    const particle = PARTICLES.find(
      (candidate) => current.endsWith(candidate) && current.length > candidate.length,
    );
    if (!particle || !hasHangul(particle)) break;
    current = current.slice(0, -particle.length);
    forms.push(current);
  }
  return forms;
}

/** A word of the message with where it starts and ends, so a matcher can blank it out. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Names contain letters, digits, & and inner dots or hyphens (KT&G, S-Oil, SK Inc.).
const TOKEN = /[0-9A-Za-z\uAC00-\uD7A3&]+(?:[-.'][0-9A-Za-z\uAC00-\uD7A3&]+)*/g;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The text with [start, end) replaced by spaces: later patterns cannot see it, offsets hold. */
export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}
