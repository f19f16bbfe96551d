import { findRecords } from './content.js';
import { compactKey, editDistance, keystrokes, tokenize, withoutParticles } from './text.js';

export interface PortfolioRef {
  id: string;
  name: string;
}

/**
 * Words that translate common portfolio names, so "배당 포트폴리오" finds a portfolio named
 * Dividend and "그로스" one named Growth. Each group is one meaning in both languages.
 */
// Words that also name sectors or figures (value, tech, 반도체) are left out: in "Growth 가치
// 얼마야" or "반도체 30% 하락" they are not a portfolio.
const NAME_TRANSLATIONS: string[][] = [
  ['growth', '그로스', '성장', '성장주'],
  ['dividend', 'dividends', '배당', '배당주', '디비던드'],
  ['income', '인컴'],
  ['retirement', '은퇴', '노후'],
  ['pension', '연금'],
];

// "배당포트", "growth portfolio": the word for portfolio glued to or after the name.
const PORTFOLIO_SUFFIX = /(포트폴리오|포트|포폴|portfolio|pf)$/;
const PORTFOLIO_WORD = /포트폴리오|포트|포폴|portfolio/i;

/** The spellings a portfolio's name may take in a message. */
function namesFor(name: string): string[] {
  const key = compactKey(name);
  const spellings = new Set([key]);
  for (const group of NAME_TRANSLATIONS) {
    if (group.includes(key)) group.forEach((word) => spellings.add(word));
  }
  return [...spellings].filter((spelling) => spelling.length > 0);
}

/** "Tech 포트폴리오에서" → "Tech": a mention as a name to show. */
export const bareName = (mention: string): string =>
  mention.replace(/\s?(?:포트폴리오|포트|포폴|portfolio)\S*$/i, '').trim() || mention;

export interface PortfolioMention {
  text: string;
  start: number;
  end: number;
  /** Set when the message names a portfolio in the list; unset for a generic mention. */
  portfolio?: PortfolioRef;
}

/** The forms of a word after particles and a glued "포트폴리오"/"포트" come off. */
function wordForms(token: string): string[] {
  const forms = new Set<string>();
  for (const form of withoutParticles(compactKey(token))) {
    forms.add(form);
    const bare = form.replace(PORTFOLIO_SUFFIX, '');
    if (bare && bare !== form) {
      for (const inner of withoutParticles(bare)) forms.add(inner);
    }
  }
  return [...forms];
}

/**
 * Where the text names one of `portfolios` (exactly, by translation, or with one slip in a name
 * of five letters or more). Names of several words are matched across spaces.
 */
export function findPortfolioMentions(
  text: string,
  portfolios: PortfolioRef[],
): PortfolioMention[] {
  const tokens = tokenize(text);
  const mentions: PortfolioMention[] = [];
  const taken = new Set<number>();
  for (let size = 3; size >= 1; size -= 1) {
    for (let first = 0; first + size <= tokens.length; first += 1) {
      const span = tokens.slice(first, first + size);
      if (span.some((_, index) => taken.has(first + index))) continue;
      const joined = span.map((token) => token.text).join('');
      const forms = wordForms(joined);
      const portfolio =
        portfolios.find((candidate) =>
          namesFor(candidate.name).some((name) => forms.includes(name)),
        ) ?? (size === 1 ? closeName(forms, portfolios) : undefined);
      if (!portfolio) continue;
      span.forEach((_, index) => taken.add(first + index));
      const start = span[0]!.start;
      const end = extendOverPortfolioWord(text, span.at(-1)!.end);
      mentions.push({ text: text.slice(start, end), start, end, portfolio });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function closeName(forms: string[], portfolios: PortfolioRef[]): PortfolioRef | undefined {
  const close = portfolios.filter((candidate) => {
    const key = compactKey(candidate.name);
    return (
      key.length >= 5 &&
      forms.some((form) => editDistance(keystrokes(form), keystrokes(key), 1) <= 1)
    );
  });
  return close.length === 1 ? close[0] : undefined;
}

/** Takes " 포트폴리오", " portfolio" after a name into its mention. */
function extendOverPortfolioWord(text: string, end: number): number {
  const match =
    /^\s?(포트폴리오|포트|포폴|portfolio)(?:에서는|에서|으로|로|에|는|은|의|도|를|을)?/i.exec(
      text.slice(end),
    );
  return match ? end + match[0].length : end;
}

const GENERIC_STOPWORDS = new Set([
  'my',
  'the',
  'a',
  'this',
  'that',
  'new',
  'your',
  'our',
  'each',
  'every',
  'all',
  'which',
  'what',
  'of',
  'for',
  'in',
  'on',
  '내',
  '제',
  '나의',
  '우리',
  '새',
  '새로운',
  '모든',
  '전체',
  '어느',
  '무슨',
  '이',
  '그',
]);

/**
 * A portfolio named without the list at hand: a known translation ("배당", "growth") or any word
 * right before "포트폴리오"/"portfolio" ("Tech 포트폴리오", "my Income portfolio").
 */
export function findGenericPortfolioMention(
  text: string,
  known: string[] = [],
): PortfolioMention | null {
  const refs = [
    ...known.map((name) => ({ id: '', name })),
    ...NAME_TRANSLATIONS.map((group) => ({ id: '', name: group[0]! })),
  ];
  const named = findPortfolioMentions(text, refs);
  // "배당 포트폴리오" over a bare "배당" elsewhere in the message.
  const best = named.find((mention) => PORTFOLIO_WORD.test(mention.text)) ?? named[0];
  if (best) return { text: best.text, start: best.start, end: best.end };
  const before = /([0-9A-Za-z\uAC00-\uD7A3&_-]+)\s?(?:포트폴리오|포트|포폴|portfolio)/gi;
  for (const match of text.matchAll(before)) {
    const word = match[1]!;
    if (GENERIC_STOPWORDS.has(word.toLowerCase())) continue;
    const start = match.index;
    const end = extendOverPortfolioWord(text, start + word.length);
    return { text: text.slice(start, end), start, end };
  }
  return null;
}

/** The portfolio an answer such as "Growth로" or "배당" names, among `portfolios`. */
export function resolvePortfolioAnswer(
  text: string,
  portfolios: PortfolioRef[],
): PortfolioRef | null {
  return findPortfolioMentions(text, portfolios)[0]?.portfolio ?? null;
}

/**
 * The portfolios in a `list_portfolios` answer, whatever envelope the catalogue puts them in:
 * the first array of objects with a string `id` and `name`.
 */
export function portfoliosIn(content: unknown): PortfolioRef[] {
  return findRecords(content, ['id', 'name'])
    .filter((item) => typeof item.id === 'string' && typeof item.name === 'string')
    .map((item) => ({ id: item.id as string, name: item.name as string }));
}
