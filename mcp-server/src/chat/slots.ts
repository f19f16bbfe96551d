import { scanWindow } from './dates.js';
import type {
  AmbiguousMention,
  InstrumentDirectory,
  InstrumentEntry,
  InstrumentScan,
} from './instruments.js';
import { FILLER, TRADE_WORDS, WORDS, type TradeType } from './lexicon.js';
import {
  fixedToNumber,
  fixedToWholeString,
  scanNumbers,
  type NumberExpression,
} from './numbers.js';
import { findGenericPortfolioMention } from './portfolios.js';
import { findTemplate, hypotheticalTemplate, scanShocks, type Shock } from './scenarios.js';
import { daysBefore } from './dates.js';
import { blank, tokenize, withoutParticles } from './text.js';
import type { ToolName } from './types.js';

/** Trading days in each horizon unit: a KRX year has about 252 sessions. */
export const TRADING_DAYS = { year: 252, half: 126, quarter: 63, month: 21, week: 5, day: 1 };

export interface SlotInput {
  /** The normalised message, case kept (names, search queries). */
  original: string;
  /** The same text lower-cased, offset for offset. */
  lower: string;
  today: string;
  directory?: InstrumentDirectory;
  knownPortfolioNames: string[];
}

/** What a message says about one tool's arguments. */
export interface Slots {
  args: Record<string, unknown>;
  /** How the message names a portfolio, still to be resolved through `list_portfolios`. */
  portfolioMention?: string;
  instruments: InstrumentEntry[];
  ambiguous: AmbiguousMention[];
  /** Shocks that no built-in template matches: a scenario to create before a stress test. */
  customShocks?: Shock[];
  /** "그걸로", "that scenario": the scenario or run made last in the conversation. */
  refersToPrevious: boolean;
  /** "방금 결과", "the last run". */
  refersToLastRun: boolean;
  /** Words that seem to name a stock the directory does not know. */
  unresolvedName?: string;
}

/** The message being read, with the parts already understood blanked out. */
class Reading {
  work: string;
  /** Where each instrument was named, for pairing it with a weight or a shock. */
  readonly spans: { entry: InstrumentEntry; start: number; end: number }[] = [];

  constructor(
    readonly input: SlotInput,
    readonly slots: Slots,
  ) {
    this.work = input.lower;
  }

  take(start: number, end: number): void {
    this.work = blank(this.work, start, end);
  }

  /** Blanks the first match of `pattern`, returning it. */
  takeMatch(pattern: RegExp): RegExpExecArray | null {
    const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(this.work);
    if (match) this.take(match.index, match.index + match[0].length);
    return match;
  }

  numbers(): NumberExpression[] {
    return scanNumbers(this.work);
  }

  original(start: number, end: number): string {
    return this.input.original.slice(start, end);
  }
}

const PORTFOLIO_TOOLS: ReadonlySet<ToolName> = new Set<ToolName>([
  'get_portfolio',
  'get_risk_score',
  'run_stress_test',
  'run_monte_carlo',
  'run_backtest',
  'optimize_portfolio',
  'record_trade',
]);

export const needsPortfolio = (tool: ToolName): boolean => PORTFOLIO_TOOLS.has(tool);

/** Reads the arguments of `tool` from a message. */
export function readSlots(tool: ToolName, input: SlotInput): Slots {
  const slots: Slots = {
    args: {},
    instruments: [],
    ambiguous: [],
    refersToPrevious: WORDS.refersToPrevious.test(input.lower),
    refersToLastRun: WORDS.simulationResult.test(input.lower),
  };
  const reading = new Reading(input, slots);
  const name = tool === 'create_portfolio' || tool === 'create_scenario' ? readName(reading) : null;
  if (tool === 'record_trade') readTradeType(reading);
  if (needsPortfolio(tool)) readPortfolio(reading);
  switch (tool) {
    case 'get_quotes':
    case 'get_forecasts':
      readInstruments(reading);
      if (slots.instruments.length > 0) {
        slots.args.symbols = slots.instruments.map((entry) => entry.symbol);
      }
      break;
    case 'get_price_history': {
      const { window, rest } = scanWindow(reading.work, input.today);
      reading.work = rest;
      Object.assign(slots.args, window);
      readInstruments(reading);
      if (slots.instruments[0]) slots.args.symbol = slots.instruments[0].symbol;
      break;
    }
    case 'search_instruments': {
      const query = leftoverWords(reading);
      if (query) slots.args.query = query;
      break;
    }
    case 'list_scenarios':
      if (WORDS.hypothetical.test(input.lower)) slots.args.kind = 'HYPOTHETICAL';
      else if (WORDS.historical.test(input.lower)) slots.args.kind = 'HISTORICAL';
      break;
    case 'get_simulation': {
      const id =
        /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\brun-\d+\b/.exec(
          input.lower,
        );
      if (id) slots.args.runId = id[0];
      break;
    }
    case 'run_stress_test':
      readStressScenario(reading);
      break;
    case 'run_monte_carlo':
      readMonteCarlo(reading);
      break;
    case 'run_backtest':
      readBacktest(reading);
      break;
    case 'optimize_portfolio':
      readObjective(reading);
      break;
    case 'record_trade':
      readTrade(reading);
      break;
    case 'create_portfolio':
      if (name) slots.args.name = name;
      readNewPortfolio(reading);
      break;
    case 'create_scenario':
      readNewScenario(reading, name);
      break;
    default:
      break;
  }
  return slots;
}

function readPortfolio(reading: Reading): void {
  const mention = findGenericPortfolioMention(
    reading.work,
    reading.input.knownPortfolioNames.map((name) => name.toLowerCase()),
  );
  if (!mention) return;
  reading.slots.portfolioMention = reading.original(mention.start, mention.end);
  reading.take(mention.start, mention.end);
}

/** A name in quotes, or after "called"/"named", or before "라는 이름". */
function readName(reading: Reading): string | null {
  const patterns = [
    /"([^"]{1,60})"|'([^']{1,60})'/,
    /(?:a|new|the|my)\s+portfolio\s+(?!called|named)([0-9a-z\uac00-\ud7a3&_-]+)(?=\s*(?::|,|with\b|containing\b|holding\b|$))/,
    /(?:called|named|name(?:d)? it|titled)\s+([0-9a-z\uac00-\ud7a3&_-]+(?:\s(?!with\b|and\b|holding\b|containing\b|that\b|where\b|of\b|using\b)[0-9a-z\uac00-\ud7a3&_-]+){0,3})/,
    /([0-9a-z\uac00-\ud7a3&_-]+?)(?:이)?라는\s?이름/,
    /이름(?:은|을|:|=)\s?([0-9a-z\uac00-\ud7a3&_-]+?)(?:으로|로|이고|,|\s|$)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(reading.work);
    if (!match) continue;
    const groupIndex = match.findIndex((group, index) => index > 0 && group !== undefined);
    const group = match[groupIndex]!;
    const start = match.index + match[0].indexOf(group);
    const name = reading.original(start, start + group.length).trim();
    reading.take(match.index, match.index + match[0].length);
    if (name) return name;
  }
  return null;
}

// Words that never name an instrument, blanked before the directory looks for names so that a
// partial or misspelt match cannot come from them ("테스트" is the end of 유니테스트).
const NOT_NAMES = Object.values(WORDS).concat(TRADE_WORDS.map(([, pattern]) => pattern));

const SHOCK_TARGETS =
  /하락|폭락|급락|빠지|빠져|떨어|상승|급등|폭등|오르|올라|약세|강세|반도체|2차\s?전지|배터리|인터넷|플랫폼|바이오|제약|은행|금융|자동차|조선|철강|화학|건설|게임|통신|시장|증시|코스피|코스닥|환율|원화|달러|업종|섹터|전체|semiconductors?|batter(?:y|ies)|sector|market|dollar|\bwon\b|usd|krw/g;

/** Finds instruments in `text` (the reading's text unless given) and blanks them in the reading. */
/**
 * The text with the given words blanked, and filler words too. A word matched in part
 * ("predict" in "predictions") goes whole; Korean words keep their neighbours, which may be a
 * name ("삼성전자주가").
 */
function withoutVocabulary(within: string, patterns: RegExp[]): string {
  let text = within;
  for (const pattern of patterns) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
      if (match[0].length === 0) continue;
      let start = match.index;
      let end = start + match[0].length;
      while (start > 0 && /[a-z]/.test(text[start]!) && /[a-z0-9]/.test(text[start - 1]!)) {
        start -= 1;
      }
      while (end < text.length && /[a-z]/.test(text[end - 1]!) && /[a-z0-9]/.test(text[end]!)) {
        end += 1;
      }
      text = blank(text, start, end);
    }
  }
  for (const token of tokenize(text)) {
    if (withoutParticles(token.text).some((form) => FILLER.has(form))) {
      text = blank(text, token.start, token.end);
    }
  }
  return text;
}

/** Finds instruments in `text` (the reading's text unless given) and blanks them in the reading. */
function readInstruments(reading: Reading, within = reading.work): void {
  const { directory } = reading.input;
  const text = withoutVocabulary(within, NOT_NAMES);
  const scan: InstrumentScan = directory
    ? directory.scan(text)
    : // Without a directory only codes can be read.
      {
        matches: [...text.matchAll(/\b\d{6}\b/g)].map((match) => ({
          entry: { symbol: match[0], nameKo: match[0] },
          text: match[0],
          start: match.index,
          end: match.index + 6,
          how: 'code' as const,
        })),
        ambiguous: [],
        rest: text,
      };
  for (const match of scan.matches) {
    if (!reading.slots.instruments.includes(match.entry)) {
      reading.slots.instruments.push(match.entry);
    }
    reading.spans.push({ entry: match.entry, start: match.start, end: match.end });
    reading.take(match.start, match.end);
  }
  reading.slots.ambiguous.push(...scan.ambiguous);
  for (const mention of scan.ambiguous) reading.take(mention.start, mention.end);
  if (scan.matches.length === 0 && scan.ambiguous.length === 0) {
    // A name the directory does not know may still be found by `search_instruments`.
    // Particles and numbers left behind ("은", "10") are no name.
    const words = wordsOf(reading, text).filter((word) => word.length > 1 && !/^\d+$/.test(word));
    if (words.length > 0 && words.length <= 3) reading.slots.unresolvedName = words.join(' ');
  }
}

/** The words of `text` in the user's spelling, a trailing particle taken off. */
function wordsOf(reading: Reading, text: string): string[] {
  return tokenize(text).map((token) => {
    const original = reading.original(token.start, token.end);
    const forms = withoutParticles(original);
    return forms.length > 1 && /[\uAC00-\uD7A3]$/.test(original) ? forms[1]! : original;
  });
}

/** The words left once search words and filler are dropped: a search query. */
function leftoverWords(reading: Reading): string | null {
  const words = wordsOf(reading, withoutVocabulary(reading.work, [WORDS.search]));
  return words.length > 0 ? words.join(' ') : null;
}

function readStressScenario(reading: Reading): void {
  const { slots } = reading;
  const template = findTemplate(reading.work);
  if (template) {
    slots.args.templateId = template.id;
    reading.take(template.start, template.end);
    return;
  }
  const shocks = readShocks(reading);
  if (shocks.length > 0) {
    const id = hypotheticalTemplate(shocks);
    if (id) slots.args.templateId = id;
    else slots.customShocks = shocks;
  }
}

function readShocks(reading: Reading): Shock[] {
  const percents = reading
    .numbers()
    .filter((number) => number.unit === 'percent')
    .map((number) => ({
      start: number.start,
      end: number.unitEnd,
      // "-30%": the minus sign is the direction.
      value: (reading.work[number.start - 1] === '-' ? -1 : 1) * fixedToNumber(number.value),
    }));
  if (percents.length === 0) return [];
  // Instruments only count where no market, sector or FX word could be meant.
  readInstruments(
    reading,
    reading.work.replace(SHOCK_TARGETS, (match) => ' '.repeat(match.length)),
  );
  const symbols = reading.spans.map(({ entry, start, end }) => ({
    start,
    end,
    symbol: entry.symbol,
  }));
  const { shocks, rest } = scanShocks(reading.work, percents, symbols);
  reading.work = rest;
  return shocks;
}

const FREQUENCIES: [RegExp, number][] = [
  [/매일|daily|every day|each day|per day|a day/, TRADING_DAYS.day],
  [/매주|주마다|weekly|every week|each week|per week|a week/, TRADING_DAYS.week],
  [/분기마다|매\s?분기|quarterly|every quarter|each quarter|per quarter/, TRADING_DAYS.quarter],
  [/매년|해마다|1년마다|yearly|annually|every year|each year|per year|a year/, TRADING_DAYS.year],
  [
    /매달|매월|달마다|한\s?달마다|monthly|every month|each month|per month|a month/,
    TRADING_DAYS.month,
  ],
];

function readMonteCarlo(reading: Reading): void {
  const { args } = reading.slots;
  // A contribution first, so "매달" and "every week" are not read as the horizon.
  const money = reading.numbers().find((number) => number.currency || number.scaled);
  const frequency = FREQUENCIES.find(([pattern]) => pattern.test(reading.work));
  if (money && (frequency || /씩|each|every|per\b|adding|add\b|적립|넣/.test(reading.work))) {
    args.contribution = {
      amount: fixedToWholeString(money.value),
      everyDays: frequency?.[1] ?? TRADING_DAYS.month,
    };
    reading.take(money.start, money.unitEnd);
    if (frequency) reading.takeMatch(frequency[0]);
  }
  const seed = reading.takeMatch(/(?:seed|시드)\s?(?:값\s?)?(?:=|:|는|은|를|을)?\s?(\d+)/);
  if (seed) args.seed = Number(seed[1]);
  const confidence = reading.takeMatch(
    /(?:신뢰\s?수준|신뢰도|신뢰|confidence(?: level)?)\s?(?:을|를|은|는|:|=)?\s?(\d+(?:\.\d+)?)\s?(?:%|퍼센트)?/,
  );
  if (confidence) args.confidence = asFraction(Number(confidence[1]));
  // "VaR 99", "CVaR 97.5": a level right after the measure, never "VaR 1년".
  const level =
    /\bc?var\s?(\d{2}(?:\.\d+)?|0\.\d+)(?![\d%.]|\s?(?:년|개월|일|주|years?|months?|days?|weeks?))/.exec(
      reading.work,
    );
  if (level && args.confidence === undefined && asFraction(Number(level[1])) >= 0.5) {
    args.confidence = asFraction(Number(level[1]));
    reading.take(level.index, level.index + level[0].length);
  }
  const pathsWord = reading.takeMatch(
    /(?:paths?|경로|시뮬레이션\s?횟수|횟수|simulations?)\s?(?:수\s?)?(?:=|:|를|는|은)?\s?(?=\d)/,
  );
  for (const number of reading.numbers()) {
    const value = fixedToNumber(number.value);
    const glued = pathsWord && number.start === pathsWord.index + pathsWord[0].length;
    if (number.unit === 'count' || glued) {
      args.paths ??= Math.round(value);
    } else if (number.unit === 'percent') {
      if (args.confidence === undefined && value >= 50 && value < 100)
        args.confidence = value / 100;
    } else if (['year', 'month', 'week', 'ju', 'day'].includes(number.unit)) {
      const perUnit =
        number.unit === 'year'
          ? TRADING_DAYS.year
          : number.unit === 'month'
            ? TRADING_DAYS.month
            : number.unit === 'day'
              ? TRADING_DAYS.day
              : TRADING_DAYS.week;
      args.horizonDays ??= Math.round(value * perUnit);
    } else {
      continue;
    }
    reading.take(number.start, number.unitEnd);
  }
  if (args.horizonDays === undefined) {
    const named: [RegExp, number][] = [
      [/반\s?년|half a year|half-year|six months/, TRADING_DAYS.half],
      [/분기|a quarter|one quarter|quarter/, TRADING_DAYS.quarter],
      [/한\s?달|a month|one month/, TRADING_DAYS.month],
      [/일\s?년|한\s?해|a year|one year/, TRADING_DAYS.year],
      [/일주일|한\s?주|a week|one week/, TRADING_DAYS.week],
    ];
    const found = named.find(([pattern]) => pattern.test(reading.work));
    if (found) args.horizonDays = found[1];
  }
}

/** 99 → 0.99, 0.99 → 0.99. */
const asFraction = (value: number): number => (value > 1 ? value / 100 : value);

const REBALANCING: [RegExp, string][] = [
  [
    /리밸런싱\s?(?:없이|안\s?(?:하|함|해)|하지\s?않|없는|없음|x\b)|no rebalanc|without rebalanc|never rebalanc|buy[\s-]and[\s-]hold|바이\s?앤\s?홀드|그대로\s?보유/,
    'NONE',
  ],
  [/임계|threshold|밴드|\bband|drift|괴리/, 'THRESHOLD'],
  [/월별|매월|매달|월간|한\s?달마다|달마다|monthly|every month/, 'MONTHLY'],
  [/분기|quarterly|every quarter/, 'QUARTERLY'],
  [
    /연\s?1회|연간|매년|1년마다|해마다|일\s?년에\s?한\s?번|yearly|annual|every year|once a year/,
    'YEARLY',
  ],
];

function readBacktest(reading: Reading): void {
  const { args } = reading.slots;
  for (const [pattern, value] of REBALANCING) {
    if (reading.takeMatch(pattern)) {
      args.rebalance = value;
      break;
    }
  }
  const benchmark = reading.takeMatch(
    /(코스피|kospi|코스닥|kosdaq)\s?(?:대비|와\s?비교|랑\s?비교|기준)|(?:vs\.?|versus|against|relative to|benchmark(?:ed)?(?: to| against)?)\s+(?:the\s+)?(kospi|kosdaq)/,
  );
  if (benchmark) {
    const index = benchmark[1] ?? benchmark[2]!;
    args.benchmark = /코스닥|kosdaq/.test(index) ? 'KOSDAQ' : 'KOSPI';
  }
  const { window, rest } = scanWindow(reading.work, reading.input.today);
  reading.work = rest;
  if (window.from) args.from = window.from;
  if (window.from || window.to) args.to = window.to ?? reading.input.today;
}

const OBJECTIVES: [RegExp, string][] = [
  [/hrp|계층적?\s?(?:리스크|위험)\s?패리티|계층\s?(?:위험|리스크)|hierarchical/, 'HRP'],
  [
    /cvar\s?(?:을\s?|를\s?)?(?:최소|줄이)|최소\s?cvar|min(?:imum|imi[sz]e|imi[sz]ing)?\s?(?:the\s)?cvar|(?:expected shortfall|기대\s?손실)\s?(?:을\s?)?(?:최소|줄이)|minimi[sz]e (?:the )?expected shortfall/,
    'MIN_CVAR',
  ],
  [/목표\s?수익률?|target(?:ed|ing)?\s?(?:a\s)?(?:annual\s)?return|수익률\s?목표/, 'TARGET_RETURN'],
  [
    /목표\s?(?:변동성|위험|리스크)|target(?:ed|ing)?\s?(?:a\s)?(?:risk|vol(?:atility)?)|(?:변동성|위험)\s?목표/,
    'TARGET_RISK',
  ],
  [/리스크\s?패리티|위험\s?패리티|위험\s?균형|risk\s?parity|equal risk/, 'RISK_PARITY'],
  [/샤프|sharpe|tangency|접점/, 'MAX_SHARPE'],
  [
    /최소\s?분산|최소\s?변동성|변동성\s?(?:을\s?)?(?:최소|가장\s?낮|줄이)|분산\s?최소|min(?:imum|imi[sz]e|imi[sz]ing)?\s?(?:the\s)?(?:vol(?:atility)?|variance)|lowest (?:volatility|risk)|least volatile|least risk/,
    'MIN_VOLATILITY',
  ],
];

export const mentionsObjective = (text: string): boolean =>
  OBJECTIVES.some(([pattern]) => pattern.test(text));

function readObjective(reading: Reading): void {
  const { args } = reading.slots;
  for (const [pattern, objective] of OBJECTIVES) {
    if (!reading.takeMatch(pattern)) continue;
    args.objective = objective;
    break;
  }
  if (args.objective === 'TARGET_RETURN' || args.objective === 'TARGET_RISK') {
    const percent = reading.numbers().find((number) => number.unit === 'percent');
    if (percent) {
      args[args.objective === 'TARGET_RETURN' ? 'targetReturn' : 'targetRisk'] =
        fixedToNumber(percent.value) / 100;
      reading.take(percent.start, percent.unitEnd);
    }
  }
}

function readTradeType(reading: Reading): TradeType | undefined {
  for (const [type, pattern] of TRADE_WORDS) {
    if (reading.takeMatch(pattern)) {
      reading.slots.args.type = type;
      return type;
    }
  }
  return undefined;
}

// "at 180,000", "@ 71000", "단가 45,000", "45,000원에".
const PRICE_BEFORE = /(?:\bat|@|price(?: of)?|단가|가격|매입가|매도가)\s?(?:of\s)?$/;

function readTrade(reading: Reading): void {
  const { args } = reading.slots;
  const type = args.type as TradeType | undefined;
  const numbers = reading.numbers();
  const quantity = numbers.find((number) => number.unit === 'ju' || number.unit === 'share');
  if (quantity && type !== 'DEPOSIT' && type !== 'WITHDRAW') {
    args.quantity = fixedToWholeString(quantity.value);
    reading.take(quantity.start, quantity.unitEnd);
  }
  const rest = numbers.filter((number) => number !== quantity && number.unit === 'none');
  const money =
    rest.find(
      (number) =>
        PRICE_BEFORE.test(reading.input.lower.slice(0, number.start)) ||
        /^\s?에/.test(reading.input.lower.slice(number.end)),
    ) ??
    rest.find((number) => number.currency || number.scaled) ??
    rest.find((number) => fixedToNumber(number.value) >= 100);
  if (money) {
    const value = fixedToWholeString(money.value);
    if (type === 'BUY' || type === 'SELL') args.price = value;
    else args.amount = value;
    reading.take(money.start, money.end);
  }
  const when = tradeDay(reading);
  if (when) args.occurredAt = `${when}T15:30:00+09:00`;
  if (type !== 'DEPOSIT' && type !== 'WITHDRAW') {
    readInstruments(reading);
    if (reading.slots.instruments[0]) args.symbol = reading.slots.instruments[0].symbol;
  }
}

function tradeDay(reading: Reading): string | null {
  const { today } = reading.input;
  if (reading.takeMatch(/그저께|엊그제|the day before yesterday/)) return daysBefore(today, 2);
  if (reading.takeMatch(/어제|yesterday/)) return daysBefore(today, 1);
  const date = reading.takeMatch(/(\d{4})[-./](\d{1,2})[-./](\d{1,2})/);
  if (date) return `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
  return null;
}

function readNewPortfolio(reading: Reading): void {
  const { args } = reading.slots;
  const numbers = reading.numbers();
  const cash =
    numbers.find(
      (number) =>
        (number.currency || number.scaled) &&
        /현금|cash|예수금|자금|넣/.test(
          reading.input.lower.slice(Math.max(0, number.start - 12), number.end + 12),
        ),
    ) ?? numbers.find((number) => number.currency || number.scaled);
  if (cash) {
    args.cash = fixedToWholeString(cash.value);
    reading.take(cash.start, cash.end);
  }
  const sizes = reading
    .numbers()
    .filter((number) => ['percent', 'ju', 'share'].includes(number.unit));
  for (const size of sizes) reading.take(size.start, size.unitEnd);
  const positions = new Map<InstrumentEntry, number>();
  readInstruments(reading);
  for (const entry of reading.slots.instruments) {
    positions.set(entry, firstMention(reading.input.lower, entry));
  }
  const holdings = pairHoldings(reading.slots.instruments, positions, sizes);
  if (holdings.length > 0) args.holdings = holdings;
}

function firstMention(text: string, entry: InstrumentEntry): number {
  const names = [entry.symbol, entry.nameKo, entry.nameEn ?? ''].filter(Boolean);
  const at = names.map((name) => text.indexOf(name.toLowerCase())).filter((index) => index >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
}

/**
 * Pairs each instrument with its weight or share count. People write either "삼성전자 50%" (name
 * first) or "40% Samsung" (number first); whichever comes first in the message sets the order.
 */
function pairHoldings(
  instruments: InstrumentEntry[],
  positions: Map<InstrumentEntry, number>,
  sizes: NumberExpression[],
): Record<string, unknown>[] {
  const placed = instruments
    .map((entry) => ({ entry, at: positions.get(entry) ?? -1 }))
    .sort((a, b) => a.at - b.at);
  const nameFirst = placed.length > 0 && (sizes.length === 0 || placed[0]!.at < sizes[0]!.start);
  const unused = [...sizes];
  return placed.map(({ entry, at }) => {
    const index = nameFirst
      ? unused.findIndex((size) => size.start > at)
      : unused.findLastIndex((size) => size.start < at);
    const holding: Record<string, unknown> = { symbol: entry.symbol };
    if (index >= 0) {
      const [size] = unused.splice(index, 1) as [NumberExpression];
      if (size.unit === 'percent') holding.weight = fixedToNumber(size.value) / 100;
      else holding.quantity = fixedToWholeString(size.value);
    }
    return holding;
  });
}

function readNewScenario(reading: Reading, name: string | null): void {
  const { args } = reading.slots;
  if (name) args[/[\uAC00-\uD7A3]/.test(name) ? 'nameKo' : 'nameEn'] = name;
  const shocks = readShocks(reading);
  if (shocks.length > 0) args.shocks = shocks;
}
