import { monthsBefore, scanWindow } from './dates.js';
import type { AmbiguousMention, InstrumentDirectory } from './instruments.js';
import { OBJECTIVE_IDS, TRADE_WORDS, WORDS } from './lexicon.js';
import { findGenericPortfolioMention, type PortfolioRef } from './portfolios.js';
import { findTemplate, SCENARIO_TEMPLATES, type Shock } from './scenarios.js';
import { mentionsObjective, needsPortfolio, readSlots, TRADING_DAYS, type Slots } from './slots.js';
import type { ToolName } from './types.js';

/** One tool call taking shape: what is known, and how the portfolio was named. */
export interface Draft {
  tool: ToolName;
  args: Record<string, unknown>;
  /** The portfolio as the user named it, until `list_portfolios` resolves it. */
  portfolioMention?: string;
  portfolio?: PortfolioRef;
  /** Shocks no built-in template matches: a stress test that needs a new scenario first. */
  customShocks?: Shock[];
  /** Names that fit several instruments; the user must pick. */
  choices?: AmbiguousMention[];
  /** Words that seem to name a stock the directory does not know, for `search_instruments`. */
  unresolvedName?: string;
  /** Arguments the agent filled in itself, to be said in the reply. */
  assumed: ('horizon' | 'window')[];
}

/** What a draft still lacks before it can run. */
export type Missing =
  | 'portfolio'
  | 'scenario'
  | 'objective'
  | 'targetReturn'
  | 'targetRisk'
  | 'instrument'
  | 'instrumentChoice'
  | 'tradeType'
  | 'quantity'
  | 'amount'
  | 'name'
  | 'shocks'
  | 'query'
  | 'runId'
  /** A buy or sell whose price could not be looked up. */
  | 'price'
  /** The portfolio the user named is not among theirs. */
  | 'unknownPortfolio';

export interface PlannerContext {
  today: string;
  directory?: InstrumentDirectory;
  /** Portfolio names seen earlier in the conversation, so they are recognised in free text. */
  knownPortfolioNames: string[];
  /** The last tool call the conversation made or proposed. */
  last?: Draft;
  /** A draft waiting for the answer to the question the agent asked. */
  pending?: Draft;
  lastScenarioId?: string;
  lastRunId?: string;
}

export type Understanding =
  | { kind: 'draft'; draft: Draft; missing: Missing[] }
  | { kind: 'help' }
  | { kind: 'thanks' }
  | { kind: 'unknown' };

const SYMBOL_TOOLS: ReadonlySet<ToolName> = new Set<ToolName>([
  'get_quotes',
  'get_forecasts',
  'get_price_history',
]);

const SHOCK_LIKE =
  /\d+(?:\.\d+)?\s?(?:%|퍼센트|프로|percent)[\s\S]*(?:하락|폭락|급락|빠지|떨어|상승|급등|오르|올라|오르면|falls?|drops?|crash|rises?|jumps?|weaken|strengthen|down|up\b)|(?:하락|폭락|급락|떨어|상승|급등|오르|falls?|drops?|crash|rises?|jumps?|down|up)\s?(?:by\s)?\d+(?:\.\d+)?\s?(?:%|퍼센트|프로|percent)/;

/**
 * Which tool a message asks for, from its words alone; null when it names no action (a bare
 * stock or portfolio name, "이번엔 99%로"), which makes it a follow-up or an answer. The order
 * settles overlaps: "시나리오 만들어줘" creates rather than stress-tests, "CVaR 최소화" optimises
 * rather than simulates, "코로나 오면 Dividend 손실" stress-tests rather than quotes.
 */
export function classify(text: string, context: PlannerContext): ToolName | null {
  const has = (pattern: RegExp) => pattern.test(text);
  const known = context.knownPortfolioNames.map((name) => name.toLowerCase());
  const portfolio = findGenericPortfolioMention(text, known);
  const template = findTemplate(text);
  const namedTemplate =
    template && (!template.byYear || has(WORDS.stressHint) || has(WORDS.stress));
  const trade = TRADE_WORDS.some(([, pattern]) => pattern.test(text));
  const id = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\brun-\d+\b/;

  if (has(WORDS.scenario) && has(WORDS.create)) return 'create_scenario';
  if (has(WORDS.portfolioWord) && has(WORDS.create)) return 'create_portfolio';
  if (has(id) || (has(WORDS.simulationResult) && has(/결과|result|다시|again/))) {
    return 'get_simulation';
  }
  if (trade && !has(WORDS.monteCarlo) && !has(WORDS.backtest) && !has(WORDS.optimize)) {
    return 'record_trade';
  }
  if (has(WORDS.scenario) && has(WORDS.list) && !namedTemplate && !portfolio)
    return 'list_scenarios';
  if (has(WORDS.portfolioWord) && has(WORDS.list) && !portfolio) return 'list_portfolios';
  if (has(WORDS.riskScore)) return 'get_risk_score';
  if (has(WORDS.optimize) || mentionsObjective(text)) return 'optimize_portfolio';
  if (has(WORDS.backtest)) return 'run_backtest';
  if (has(WORDS.monteCarlo)) return 'run_monte_carlo';
  const shockTalk = (portfolio || has(WORDS.scenario)) && has(SHOCK_LIKE);
  if (has(WORDS.stress) || namedTemplate || shockTalk) return 'run_stress_test';
  if (has(WORDS.search)) return 'search_instruments';
  if (has(WORDS.forecast)) return 'get_forecasts';
  const window = scanWindow(text, context.today).window;
  if (has(WORDS.history) || (has(WORDS.quote) && (window.from || window.to))) {
    return 'get_price_history';
  }
  if (has(WORDS.quote) && (!portfolio || namesInstrument(text, context))) return 'get_quotes';
  // "show me the last 6 months of POSCO Holdings": a stock and a window are its history.
  if ((window.from || window.to) && namesInstrument(text, context)) return 'get_price_history';
  if (portfolio && has(WORDS.risk)) return 'get_risk_score';
  if (portfolio && has(WORDS.showPortfolio)) return 'get_portfolio';
  if (has(WORDS.portfolioWord) && has(WORDS.showPortfolio)) return 'list_portfolios';
  return null;
}

function namesInstrument(text: string, context: PlannerContext): boolean {
  return readSlots('get_quotes', slotInput(text, text, context)).instruments.length > 0;
}

const slotInput = (original: string, lower: string, context: PlannerContext) => ({
  original,
  lower,
  today: context.today,
  directory: context.directory,
  knownPortfolioNames: context.knownPortfolioNames,
});

/** Whether a reading of the message says anything about the tool's arguments. */
function saysSomething(slots: Slots): boolean {
  return (
    Object.keys(slots.args).length > 0 ||
    slots.portfolioMention !== undefined ||
    slots.instruments.length > 0 ||
    slots.ambiguous.length > 0 ||
    slots.customShocks !== undefined ||
    slots.refersToPrevious
  );
}

/**
 * Turns a message into a draft call, using the conversation: an answer fills the question that
 * was asked, a follow-up ("그럼 Dividend로도", "now with 20,000 paths") changes the last call, and a
 * new request may still take the portfolio or stocks it does not name from the last call.
 */
export function understand(original: string, context: PlannerContext): Understanding {
  const lower = lowerKeepingOffsets(original);
  const input = slotInput(original, lower, context);
  const explicit = classify(lower, context);

  let base: Draft | undefined;
  let tool: ToolName | null = explicit;
  let slots: Slots | undefined;
  for (const previous of [context.pending, context.last]) {
    if (!previous || (explicit && explicit !== previous.tool)) continue;
    const reading = readSlots(previous.tool, input);
    const picksOption = previous === context.pending && ORDINAL.test(lower);
    if (!explicit && !saysSomething(reading) && !picksOption) continue;
    base = previous;
    tool = previous.tool;
    slots = reading;
    break;
  }
  // Greetings and thanks only when nothing else is asked ("thanks, now for Dividend" is not).
  if (!tool && WORDS.help.test(lower)) return { kind: 'help' };
  if (!tool && WORDS.thanks.test(lower)) return { kind: 'thanks' };
  if (!tool) {
    // A bare name: a stock's price, a portfolio's contents.
    const asQuote = readSlots('get_quotes', input);
    if (asQuote.instruments.length > 0 || asQuote.ambiguous.length > 0) {
      tool = 'get_quotes';
      slots = asQuote;
    } else if (findGenericPortfolioMention(lower, context.knownPortfolioNames)) {
      tool = 'get_portfolio';
    } else {
      return { kind: 'unknown' };
    }
  }
  slots ??= readSlots(tool, input);
  if (base && base === context.pending) {
    pickByNumber(lower, base, slots, context);
    if (base.choices) addChosenInstruments(base, slots);
  }
  const draft = merge(tool, base, slots, context);
  return { kind: 'draft', draft, missing: missingFor(draft) };
}

const ORDINAL =
  /^\s*(?:(\d)\s?(?:번째|번)?|(첫|두|세|네|다섯|여섯|일곱)\s?번째|(first|second|third|fourth|fifth|sixth|seventh))(?:\s|$|[.!)])/;

/** "2", "두 번째", "second" → 1. */
function ordinalIndex(text: string): number | null {
  const match = ORDINAL.exec(text);
  if (!match) return null;
  if (match[1]) return Number(match[1]) - 1;
  if (match[2]) return ['첫', '두', '세', '네', '다섯', '여섯', '일곱'].indexOf(match[2]);
  return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'].indexOf(match[3]!);
}

/**
 * An answer to a question that listed numbered options: the stocks a name fitted, the
 * optimisation objectives, the scenario templates or the portfolios. The agent asks about one
 * missing part at a time, the first, so that is what a number picks from.
 */
function pickByNumber(text: string, pending: Draft, slots: Slots, context: PlannerContext): void {
  const index = ordinalIndex(text);
  if (index === null || index < 0) return;
  const [part] = missingFor(pending);
  if (part === 'instrumentChoice') {
    const picked = pending.choices![0]!.candidates[index];
    if (picked) slots.instruments.push(picked);
  } else if (part === 'objective' && OBJECTIVE_IDS[index]) {
    slots.args.objective = OBJECTIVE_IDS[index];
  } else if (part === 'scenario' && SCENARIO_TEMPLATES[index]) {
    slots.args.templateId = SCENARIO_TEMPLATES[index].id;
  } else if (part === 'portfolio' && context.knownPortfolioNames[index]) {
    slots.portfolioMention = context.knownPortfolioNames[index];
  }
}

/** Stocks picked in answer to "which of these?" join those the question already had. */
function addChosenInstruments(base: Draft, slots: Slots): void {
  if (slots.instruments.length === 0) return;
  const earlier = (base.args.symbols as string[] | undefined) ?? [];
  const symbols = [...earlier, ...slots.instruments.map((entry) => entry.symbol)];
  if (base.tool === 'get_quotes' || base.tool === 'get_forecasts') {
    slots.args.symbols = [...new Set(symbols)];
  } else {
    slots.args.symbol = slots.instruments[0]!.symbol;
  }
}

function merge(
  tool: ToolName,
  base: Draft | undefined,
  slots: Slots,
  context: PlannerContext,
): Draft {
  const draft: Draft = {
    tool,
    args: { ...(base?.args ?? {}) },
    portfolioMention: base?.portfolioMention,
    portfolio: base?.portfolio,
    customShocks: base?.customShocks,
    assumed: [],
  };
  // Arguments that exclude each other: a new one replaces the other.
  const exclusive: string[][] = [
    ['templateId', 'scenarioId'],
    ['targetReturn', 'targetRisk'],
  ];
  for (const group of exclusive) {
    if (group.some((key) => key in slots.args)) group.forEach((key) => delete draft.args[key]);
  }
  if ('templateId' in slots.args || slots.refersToPrevious) draft.customShocks = undefined;
  if (slots.args.objective && slots.args.objective !== draft.args.objective) {
    delete draft.args.targetReturn;
    delete draft.args.targetRisk;
  }
  // An answer to "at what price?" reads as an amount, having no trade word of its own.
  const trading = draft.args.type === 'BUY' || draft.args.type === 'SELL';
  if (
    tool === 'record_trade' &&
    trading &&
    slots.args.amount &&
    !slots.args.price &&
    !slots.args.type
  ) {
    slots.args.price = slots.args.amount;
    delete slots.args.amount;
  }
  Object.assign(draft.args, slots.args);
  if (slots.customShocks) {
    draft.customShocks = slots.customShocks;
    delete draft.args.templateId;
    delete draft.args.scenarioId;
  }
  if (slots.portfolioMention) {
    draft.portfolioMention = slots.portfolioMention;
    draft.portfolio = undefined;
  }
  if (slots.ambiguous.length > 0) draft.choices = slots.ambiguous;
  if (slots.unresolvedName) draft.unresolvedName = slots.unresolvedName;

  // A new request about the same portfolio or stocks as the last one need not name them again.
  const last = context.last;
  if (!base && last && needsPortfolio(tool) && !draft.portfolioMention && last.portfolio) {
    draft.portfolio = last.portfolio;
  }
  if (SYMBOL_TOOLS.has(tool) && !base && last && slots.instruments.length === 0 && !draft.choices) {
    const symbols =
      (last.args.symbols as string[] | undefined) ??
      (last.args.symbol ? [last.args.symbol as string] : []);
    if (symbols.length > 0) {
      if (tool === 'get_price_history') draft.args.symbol = symbols[0];
      else draft.args.symbols = symbols;
    }
  }
  if (tool === 'run_stress_test' && slots.refersToPrevious && context.lastScenarioId) {
    draft.args.scenarioId = context.lastScenarioId;
    delete draft.args.templateId;
  }
  if (tool === 'get_simulation' && !slots.args.runId && context.lastRunId) {
    draft.args.runId = context.lastRunId;
  }
  if (tool === 'run_monte_carlo' && draft.args.horizonDays === undefined) {
    draft.args.horizonDays = TRADING_DAYS.year;
    draft.assumed.push('horizon');
  }
  if (tool === 'run_backtest' && draft.args.from === undefined) {
    draft.args.from = monthsBefore(context.today, 36);
    draft.args.to ??= context.today;
    draft.assumed.push('window');
  }
  return draft;
}

function missingFor(draft: Draft): Missing[] {
  const { tool, args } = draft;
  const missing: Missing[] = [];
  if (draft.choices && draft.choices.length > 0) missing.push('instrumentChoice');
  if (needsPortfolio(tool) && !draft.portfolio && !draft.portfolioMention)
    missing.push('portfolio');
  switch (tool) {
    case 'get_quotes':
    case 'get_forecasts':
      if (!args.symbols && !draft.choices) missing.push('instrument');
      break;
    case 'get_price_history':
      if (!args.symbol && !draft.choices) missing.push('instrument');
      break;
    case 'search_instruments':
      if (!args.query) missing.push('query');
      break;
    case 'get_simulation':
      if (!args.runId) missing.push('runId');
      break;
    case 'run_stress_test':
      if (!args.templateId && !args.scenarioId && !draft.customShocks) missing.push('scenario');
      break;
    case 'optimize_portfolio':
      if (!args.objective) missing.push('objective');
      else if (args.objective === 'TARGET_RETURN' && args.targetReturn === undefined) {
        missing.push('targetReturn');
      } else if (args.objective === 'TARGET_RISK' && args.targetRisk === undefined) {
        missing.push('targetRisk');
      }
      break;
    case 'record_trade':
      if (!args.type) missing.push('tradeType');
      if (
        (args.type === 'BUY' || args.type === 'SELL' || args.type === 'DIVIDEND') &&
        !args.symbol
      ) {
        if (!draft.choices) missing.push('instrument');
      }
      if ((args.type === 'BUY' || args.type === 'SELL') && !args.quantity) missing.push('quantity');
      if (
        (args.type === 'DEPOSIT' || args.type === 'WITHDRAW' || args.type === 'DIVIDEND') &&
        !args.amount
      ) {
        missing.push('amount');
      }
      break;
    case 'create_portfolio':
      if (!args.name) missing.push('name');
      break;
    case 'create_scenario':
      if (!args.shocks) missing.push('shocks');
      break;
    default:
      break;
  }
  return missing;
}

/** Lower case that never changes the length, so offsets found in it hold in the original. */
export function lowerKeepingOffsets(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}
