import {
  blank,
  compactKey,
  editDistance,
  hasHangul,
  keystrokes,
  tokenize,
  withoutParticles,
} from './text.js';

/** One listed security, as the market-data service or the KIS master files describe it. */
export interface InstrumentEntry {
  /** KRX short code, e.g. "005930". */
  symbol: string;
  nameKo: string;
  nameEn?: string | null;
  market?: string;
  /**
   * A common stock (not a preferred share, fund, ETN or warrant). Only these are matched by a
   * partial or misspelt name, so "삼성전자" never turns into an ETF that contains it.
   * Defaults to true.
   */
  common?: boolean;
  /** Market capitalisation in any unit; ranks the choices offered when a name is ambiguous. */
  marketCap?: number | null;
}

/**
 * Short names Korean investors use that no rule could derive from the listed name. The third
 * column says where each comes from; partial names ("하이닉스", "삼성바이오") and Hangul readings
 * of Latin prefixes ("엘지화학") need no entry.
 */
const ALIASES: [alias: string, symbol: string, why: string][] = [
  ['삼전', '005930', 'first syllables of 삼성전자 (Sam-Jeon)'],
  ['하닉', '000660', 'first syllables of 하이닉스'],
  ['현차', '005380', 'first syllables of 현대차'],
  ['현대자동차', '005380', 'the legal name; KRX lists it as 현대차'],
  ['기아차', '000270', '기아 was 기아자동차 until 2021'],
  ['기아자동차', '000270', '기아 was 기아자동차 until 2021'],
  ['엔솔', '373220', 'last syllables of LG에너지솔루션 (en-sol)'],
  ['lg엔솔', '373220', 'LG에너지솔루션 with its usual abbreviation'],
  ['삼바', '207940', 'first syllables of 삼성바이오로직스'],
  ['셀트', '068270', 'first syllables of 셀트리온'],
  ['카뱅', '323410', 'first syllables of 카카오뱅크'],
  ['카겜', '293490', 'first syllables of 카카오게임즈'],
  ['한전', '015760', 'first syllables of 한국전력'],
  ['삼물', '028260', 'first syllables of 삼성물산'],
  ['모비스', '012330', 'investors mean 현대모비스, not the small company listed as 모비스'],
  ['신한금융', '055550', 'the group name; KRX lists 신한지주'],
  ['신한금융지주', '055550', 'the group name; KRX lists 신한지주'],
  ['kb금융지주', '105560', 'the group name; KRX lists KB금융'],
  ['포스코', '005490', 'Hangul reading of POSCO, meaning the holding company'],
  ['posco', '005490', 'POSCO on its own means the holding company'],
  ['포스코홀딩스', '005490', 'Hangul reading of POSCO홀딩스'],
  ['에코비엠', '247540', 'short for 에코프로비엠'],
  ['에코프로bm', '247540', '에코프로비엠 with BM in Latin letters'],
  ['현대중공업', '329180', 'HD현대중공업 before its 2023 rename'],
  ['두산중공업', '034020', '두산에너빌리티 before its 2022 rename'],
  ['엔씨', '036570', 'Hangul reading of NC'],
  ['엔씨소프트', '036570', 'NC before its 2025 rename'],
  ['ncsoft', '036570', 'NC before its 2025 rename'],
  ['skt', '017670', "SK텔레콤's common abbreviation"],
];

/** Hangul spellings of the Latin letters that start many group names (엘지화학 = LG화학). */
const LATIN_READINGS: [string, string][] = [
  ['에이치디', 'hd'],
  ['에이치엘', 'hl'],
  ['에스케이', 'sk'],
  ['케이비', 'kb'],
  ['케이티', 'kt'],
  ['씨제이', 'cj'],
  ['지에스', 'gs'],
  ['엘에스', 'ls'],
  ['엘지', 'lg'],
  ['포스코', 'posco'],
  ['네이버', 'naver'],
];

/** A name in the message that means one instrument. */
export interface InstrumentMatch {
  entry: InstrumentEntry;
  text: string;
  start: number;
  end: number;
  how: 'code' | 'alias' | 'name' | 'partial' | 'typo';
}

/** A name in the message that fits several instruments equally well. */
export interface AmbiguousMention {
  text: string;
  start: number;
  end: number;
  /** The likeliest first (largest market capitalisation). */
  candidates: InstrumentEntry[];
}

export interface InstrumentScan {
  matches: InstrumentMatch[];
  ambiguous: AmbiguousMention[];
  /** The text with every matched or ambiguous mention blanked out. */
  rest: string;
}

interface Keyed {
  entry: InstrumentEntry;
  key: string;
  keys: string;
  latin: boolean;
  /** A Latin name's words, compacted ("sk", "hynix"): a part of it must be whole words. */
  words: string[];
}

const MAX_CHOICES = 5;
const CODE = /^[0-9][0-9A-Z]{5}$/;

export class InstrumentDirectory {
  readonly size: number;
  private readonly bySymbol = new Map<string, InstrumentEntry>();
  private readonly byKey = new Map<string, InstrumentEntry[]>();
  private readonly byAlias = new Map<string, InstrumentEntry>();
  private readonly commons: Keyed[] = [];

  constructor(entries: Iterable<InstrumentEntry>) {
    for (const entry of entries) {
      this.bySymbol.set(entry.symbol.toUpperCase(), entry);
      for (const name of [entry.nameKo, entry.nameEn]) {
        if (!name) continue;
        const key = compactKey(name);
        if (!key) continue;
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        this.byKey.set(key, list);
        if (entry.common !== false) {
          const words = name.split(/\s+/).map(compactKey).filter(Boolean);
          this.commons.push({ entry, key, keys: keystrokes(key), latin: !hasHangul(key), words });
        }
      }
    }
    for (const [alias, symbol] of ALIASES) {
      const entry = this.bySymbol.get(symbol);
      if (entry) this.byAlias.set(alias, entry);
    }
    this.size = this.bySymbol.size;
  }

  get(symbol: string): InstrumentEntry | undefined {
    return this.bySymbol.get(symbol.toUpperCase());
  }

  /**
   * Finds the instruments named in free text: codes, aliases, names (also split by a space, "삼성
   * 전자"), partial names and one-letter typos. Longer spans win, so "삼성 전자" is not "삼성".
   */
  scan(text: string): InstrumentScan {
    const tokens = tokenize(text);
    const used = new Array<boolean>(tokens.length).fill(false);
    const matches: InstrumentMatch[] = [];
    const ambiguous: AmbiguousMention[] = [];
    let rest = text;
    for (let size = Math.min(4, tokens.length); size >= 1; size -= 1) {
      for (let first = 0; first + size <= tokens.length; first += 1) {
        const span = tokens.slice(first, first + size);
        if (span.some((_, index) => used[first + index])) continue;
        // Only words separated by spaces make one name.
        if (span.some((token, i) => i > 0 && /\S/.test(text.slice(span[i - 1]!.end, token.start))))
          continue;
        const start = span[0]!.start;
        const end = span.at(-1)!.end;
        const joined = span.map((token) => token.text).join('');
        // Typos are looked for in one word, or two long enough to be one name ("samsung
        // electornics"); shorter pairs would too often land near some name by chance.
        const mode = size === 1 || (size === 2 && joined.length >= 9) ? 'loose' : 'strict';
        const found = this.lookup(joined, mode);
        if (!found) continue;
        span.forEach((_, index) => (used[first + index] = true));
        const mention = text.slice(start, end);
        rest = blank(rest, start, end);
        if ('entry' in found) matches.push({ ...found, text: mention, start, end });
        else ambiguous.push({ text: mention, start, end, candidates: found.candidates });
      }
    }
    matches.sort((a, b) => a.start - b.start);
    ambiguous.sort((a, b) => a.start - b.start);
    return { matches, ambiguous, rest };
  }

  private lookup(
    raw: string,
    mode: 'loose' | 'strict',
  ):
    | { entry: InstrumentEntry; how: InstrumentMatch['how'] }
    | { candidates: InstrumentEntry[] }
    | null {
    if (CODE.test(raw.toUpperCase())) {
      const entry = this.bySymbol.get(raw.toUpperCase());
      return entry ? { entry, how: 'code' } : null;
    }
    for (const form of this.spellings(raw)) {
      const alias = this.byAlias.get(form);
      if (alias) return { entry: alias, how: 'alias' };
      const named = this.byKey.get(form);
      if (named) return { entry: preferCommon(named), how: 'name' };
    }
    for (const form of this.spellings(raw)) {
      const partial = this.partial(form);
      if (partial) return partial;
    }
    if (mode === 'loose') {
      for (const form of this.spellings(raw)) {
        const typo = this.typo(form);
        if (typo) return 'candidates' in typo ? typo : { entry: typo, how: 'typo' };
      }
    }
    return null;
  }

  /** The token as typed, without Korean particles, and with Hangul readings of Latin prefixes. */
  private spellings(raw: string): string[] {
    const forms: string[] = [];
    for (const base of withoutParticles(compactKey(raw))) {
      forms.push(base);
      for (const [reading, latin] of LATIN_READINGS) {
        if (base.startsWith(reading)) forms.push(latin + base.slice(reading.length));
      }
    }
    return forms.filter((form) => form.length > 0);
  }

  /**
   * The start or end of a name: of a Korean name the first three syllables or more ("삼성바이오")
   * or the last four ("하이닉스"), of a Latin name whole words ("hynix", "kb financial"). Several fits make an
   * ambiguous mention, and so does a two-letter or two-syllable start ("현대", "삼성") that fits
   * more than one: alone it would too often be an ordinary word ("새로", "오르").
   */
  private partial(
    form: string,
  ): { entry: InstrumentEntry; how: 'partial' } | { candidates: InstrumentEntry[] } | null {
    const latin = !hasHangul(form);
    const length = [...form].length;
    if (length < 2) return null;
    const found = new Set<InstrumentEntry>();
    for (const keyed of this.commons) {
      if (keyed.key.length <= form.length || keyed.latin !== latin) continue;
      if (
        latin
          ? coversWholeWords(keyed.words, form)
          : keyed.key.startsWith(form) || (length >= 4 && keyed.key.endsWith(form))
      ) {
        found.add(keyed.entry);
      }
    }
    if (found.size === 0) return null;
    if (found.size === 1) return length < 3 ? null : { entry: [...found][0]!, how: 'partial' };
    return { candidates: byMarketCap([...found]).slice(0, MAX_CHOICES) };
  }

  /**
   * One slip (a wrong, missing, extra or swapped key) in a name of three syllables or five
   * letters; two slips from nine letters. Equally close names make an ambiguous mention.
   */
  private typo(form: string): InstrumentEntry | { candidates: InstrumentEntry[] } | null {
    const latin = !hasHangul(form);
    const length = [...form].length;
    const limit = latin ? (length >= 9 ? 2 : length >= 5 ? 1 : 0) : length >= 3 ? 1 : 0;
    if (limit === 0) return null;
    const typed = keystrokes(form);
    let best: InstrumentEntry[] = [];
    let bestDistance = limit + 1;
    for (const keyed of this.commons) {
      if (keyed.latin !== latin) continue;
      const distance = editDistance(typed, keyed.keys, limit);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = [keyed.entry];
      } else if (distance === bestDistance && !best.includes(keyed.entry)) {
        best.push(keyed.entry);
      }
    }
    if (bestDistance > limit) return null;
    return best.length === 1 ? best[0]! : { candidates: byMarketCap(best).slice(0, MAX_CHOICES) };
  }
}

/** Whether `form` is the name's first or last words run together ("kbfinancial", "hynix"). */
function coversWholeWords(words: string[], form: string): boolean {
  for (let count = 1; count < words.length; count += 1) {
    if (words.slice(0, count).join('') === form || words.slice(-count).join('') === form)
      return true;
  }
  return false;
}

const byMarketCap = (entries: InstrumentEntry[]): InstrumentEntry[] =>
  [...entries].sort((a, b) => (b.marketCap ?? 0) - (a.marketCap ?? 0));

/** Of several securities with one name, the common stock. */
const preferCommon = (entries: InstrumentEntry[]): InstrumentEntry =>
  entries.find((entry) => entry.common !== false) ?? entries[0]!;

/** "삼성전자 (005930)" or "Samsung Electronics (005930)". */
export function instrumentLabel(entry: InstrumentEntry, language: 'ko' | 'en'): string {
  const name = language === 'en' && entry.nameEn ? entry.nameEn : entry.nameKo;
  return `${name} (${entry.symbol})`;
}
