import { EventChannel } from './channel.js';
import { contentOf, findNumber, findRecords, findString } from './content.js';
import { ConversationStore, type Conversation, type PendingConfirmation } from './conversation.js';
import { seoulToday } from './dates.js';
import { InstrumentDirectory, type InstrumentEntry } from './instruments.js';
import { detectLanguage, type Language } from './language.js';
import { NO, YES } from './lexicon.js';
import { runLlm, type LlmMessage, type LlmOptions } from './llm.js';
import { understand, type Draft, type Missing, type PlannerContext } from './planner.js';
import { resolvePortfolioAnswer, portfoliosIn, type PortfolioRef } from './portfolios.js';
import {
  clarificationQuestion,
  CONFIRM_HINT,
  confirmationQuestion,
  describeCall,
  REPLIES,
  say,
  TOOL_LABELS,
  type Bilingual,
} from './replies.js';
import { describeShocks } from './scenarios.js';
import { needsPortfolio } from './slots.js';
import { summarize } from './summaries.js';
import { compactKey, normalizeText } from './text.js';
import {
  WRITE_TOOLS,
  type Awaiting,
  type CallTool,
  type ChatEvent,
  type ChatResponse,
  type ChatResult,
  type PlannedStep,
  type ToolCallRecord,
  type ToolDescription,
  type ToolName,
} from './types.js';

export interface ChatAgentOptions {
  /** Calls one MCP tool of our own server, with the asking user's credentials. */
  callTool: CallTool;
  /** Instruments to recognise by name; without it only 6-digit codes are understood. */
  directory?: InstrumentDirectory | readonly InstrumentEntry[];
  /** Share one store between agents made per request, so conversations outlive a request. */
  store?: ConversationStore;
  /** Requests the planner cannot read go to this model, when set. */
  llm?: LlmOptions;
  /** The tools as `tools/list` gives them, for the model. */
  tools?: ToolDescription[];
  now?: () => Date;
  /** Longer messages are refused (default 2,000 characters). */
  maxMessageLength?: number;
  /** How long a `list_portfolios` answer is reused within a conversation (default 60 s). */
  portfolioCacheMs?: number;
  /** A proposed write not confirmed within this long is dropped (default 10 minutes). */
  confirmationTtlMs?: number;
}

export interface ChatRequest {
  /** Anything the client sent; non-text is refused with a reason. */
  message: unknown;
  conversationId?: string;
  /** Who is asking (the user behind the bearer token); conversations are kept apart per principal. */
  principal?: string;
  signal?: AbortSignal;
}

export interface ChatAgent {
  /** The turn as events (plan, tool calls, progress, model text), ending with one `answer`. */
  stream(request: ChatRequest): AsyncIterable<ChatEvent>;
  /** The turn's answer: BRIEF's `{ conversationId, reply, toolCalls }` plus the results. */
  chat(request: ChatRequest): Promise<ChatResponse>;
}

export function createChatAgent(options: ChatAgentOptions): ChatAgent {
  return new Agent(options);
}

/** What one turn has done so far, for the answer. */
class Turn {
  readonly toolCalls: ToolCallRecord[] = [];
  readonly results: ChatResult[] = [];
  awaiting: Awaiting | undefined;
  proposed: { name: string; arguments: Record<string, unknown> } | undefined;
  private calls = 0;

  constructor(
    readonly conversation: Conversation,
    /** The message, normalised. */
    readonly text: string,
    readonly language: Language,
    readonly emit: (event: ChatEvent) => void,
    readonly signal: AbortSignal | undefined,
  ) {}

  nextCallId(): string {
    this.calls += 1;
    return `${this.conversation.id}:${this.conversation.turns.length}:${this.calls}`;
  }

  say(text: Bilingual): string {
    return say(text, this.language);
  }
}

const DEFAULT_MAX_LENGTH = 2_000;

class Agent implements ChatAgent {
  private readonly store: ConversationStore;
  private readonly directory: InstrumentDirectory | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: ChatAgentOptions) {
    this.store = options.store ?? new ConversationStore();
    this.directory =
      options.directory instanceof InstrumentDirectory || options.directory === undefined
        ? options.directory
        : new InstrumentDirectory(options.directory);
    this.now = options.now ?? (() => new Date());
  }

  async *stream(request: ChatRequest): AsyncIterable<ChatEvent> {
    const channel = new EventChannel<ChatEvent>();
    const done = this.respond(request, channel.push).then(
      () => channel.close(),
      (error: unknown) => channel.fail(error),
    );
    yield* channel;
    await done;
  }

  async chat(request: ChatRequest): Promise<ChatResponse> {
    let answer: ChatResponse | undefined;
    for await (const event of this.stream(request)) {
      if (event.type === 'answer') {
        const { type: _type, ...response } = event;
        answer = response;
      }
    }
    return answer!;
  }

  private async respond(request: ChatRequest, emit: (event: ChatEvent) => void): Promise<void> {
    const refusal = this.refusal(request);
    if (refusal) {
      emit({ type: 'answer', ...refusal });
      return;
    }
    const text = normalizeText(request.message as string);
    const conversation = this.store.open(
      request.principal ?? 'anonymous',
      request.conversationId,
      detectLanguage(text),
    );
    // A short answer without Hangul ("Growth", "yes", "2") keeps the conversation's language.
    const shortAnswer =
      conversation.turns.length > 0 && !/[\uAC00-\uD7A3]/.test(text) && text.split(' ').length <= 2;
    const language = shortAnswer
      ? conversation.language
      : detectLanguage(text, conversation.language);
    conversation.language = language;
    this.store.remember(conversation, { role: 'user', content: text });
    const turn = new Turn(conversation, text, language, emit, request.signal);
    let reply: string;
    try {
      reply = await this.handle(turn, text);
    } catch (error) {
      reply = request.signal?.aborted
        ? turn.say(REPLIES.aborted)
        : turn.say(REPLIES.failed('chat', (error as Error).message));
    }
    this.store.remember(conversation, { role: 'assistant', content: reply });
    emit({
      type: 'answer',
      conversationId: conversation.id,
      reply,
      toolCalls: turn.toolCalls,
      results: turn.results,
      language,
      ...(turn.awaiting ? { awaiting: turn.awaiting } : {}),
      ...(turn.proposed ? { proposed: turn.proposed } : {}),
    });
  }

  /** Empty, overlong or non-text messages get a clear answer and touch no conversation. */
  private refusal(request: ChatRequest): ChatResponse | null {
    const { message } = request;
    const max = this.options.maxMessageLength ?? DEFAULT_MAX_LENGTH;
    const base = { conversationId: request.conversationId ?? '', toolCalls: [], results: [] };
    if (typeof message !== 'string') {
      return {
        ...base,
        reply: say(REPLIES.notText, 'ko'),
        language: 'ko',
        refused: { field: 'message', code: 'NOT_TEXT' },
      };
    }
    // Only the start decides the language: a 10 kB message is not read through.
    const language = detectLanguage(message.slice(0, 200));
    if (message.trim().length === 0) {
      return {
        ...base,
        reply: say(REPLIES.empty, language),
        language,
        refused: { field: 'message', code: 'EMPTY' },
      };
    }
    if (message.length > max) {
      return {
        ...base,
        reply: say(REPLIES.tooLong(max), language),
        language,
        refused: { field: 'message', code: 'TOO_LONG' },
      };
    }
    return null;
  }

  private async handle(turn: Turn, text: string): Promise<string> {
    const { conversation } = turn;
    const pending = conversation.pending;
    conversation.pending = undefined;
    let note = '';
    if (pending?.kind === 'confirmation') {
      const answer = text.toLowerCase();
      const maxAge = this.options.confirmationTtlMs ?? 10 * 60_000;
      const expired = this.now().getTime() - pending.at > maxAge;
      if (expired && YES.test(answer)) return turn.say(REPLIES.expired);
      if (YES.test(answer)) return this.runConfirmed(turn, pending);
      if (NO.test(answer)) return turn.say(REPLIES.cancelled);
      note = turn.say(REPLIES.droppedPending);
    }
    const context: PlannerContext = {
      today: seoulToday(this.now()),
      directory: this.directory,
      knownPortfolioNames: conversation.portfolios?.list.map((portfolio) => portfolio.name) ?? [],
      last: pending?.kind === 'confirmation' ? pending.draft : conversation.last,
      pending: pending?.kind === 'clarification' ? pending.draft : undefined,
      lastRunId: conversation.lastRunId,
      lastScenarioId: conversation.lastScenarioId,
    };
    const understanding = understand(text, context);
    let reply: string;
    switch (understanding.kind) {
      case 'help':
        reply = turn.say(REPLIES.help);
        break;
      case 'thanks':
        reply = turn.say(REPLIES.thanks);
        break;
      case 'unknown':
        reply = this.options.llm ? await this.askModel(turn) : turn.say(REPLIES.notUnderstood);
        break;
      case 'draft':
        reply = await this.proceed(turn, understanding.draft, understanding.missing);
        // A change to the proposed write ("20주로 바꿔줘") is proposed again, not dropped.
        if (turn.awaiting === 'confirmation') note = '';
        break;
    }
    return note ? `${reply}\n${note}` : reply;
  }

  /** Resolves the portfolio, asks what is missing, confirms writes, then runs the call. */
  private async proceed(turn: Turn, draft: Draft, missingAtFirst: Missing[]): Promise<string> {
    const { conversation, language } = turn;
    let missing = missingAtFirst;
    const resolving = needsPortfolio(draft.tool) && !draft.portfolio;
    this.emitPlan(turn, draft, resolving);
    let portfolios: PortfolioRef[] | undefined;
    if (resolving) {
      portfolios = await this.portfolios(turn);
      if (!portfolios) return this.failure(turn, 'list_portfolios');
      if (draft.portfolioMention) {
        // The mention as read, or else any portfolio the message names ("Tech" may be one).
        const found =
          resolvePortfolioAnswer(draft.portfolioMention, portfolios) ??
          resolvePortfolioAnswer(turn.text, portfolios);
        if (found) draft.portfolio = found;
        else missing = ['unknownPortfolio', ...missing.filter((part) => part !== 'portfolio')];
      } else if (portfolios.length === 1) {
        draft.portfolio = portfolios[0];
      }
      if (draft.portfolio) missing = missing.filter((part) => part !== 'portfolio');
    }
    if (missing.includes('instrument') && draft.unresolvedName) {
      missing = await this.lookUpInstrument(turn, draft, missing);
    }
    if (missing.length === 0 && draft.tool === 'record_trade') {
      missing = await this.priceTrade(turn, draft);
    }
    if (missing.length > 0) {
      // One question at a time, so a numbered option ("2") is never ambiguous.
      const question = clarificationQuestion(
        draft,
        missing.slice(0, 1),
        portfolios ?? conversation.portfolios?.list,
        language,
      );
      // The answer names the portfolio afresh.
      if (missing.includes('unknownPortfolio')) draft.portfolioMention = undefined;
      conversation.pending = { kind: 'clarification', draft };
      turn.awaiting = 'clarification';
      return question;
    }
    if (draft.tool === 'run_stress_test' && draft.customShocks)
      return this.proposeScenario(turn, draft);
    if (WRITE_TOOLS.has(draft.tool)) {
      return this.propose(turn, { kind: 'confirmation', draft, at: this.now().getTime() });
    }
    return this.execute(turn, draft);
  }

  private emitPlan(turn: Turn, draft: Draft, resolving: boolean): void {
    const steps: PlannedStep[] = [];
    const ko = turn.language === 'ko';
    if (resolving) {
      steps.push({
        tool: 'list_portfolios',
        arguments: {},
        purpose: ko ? '포트폴리오 이름 확인' : 'find the portfolio by name',
      });
    }
    steps.push({
      tool: draft.tool,
      arguments: this.argumentsOf(draft),
      purpose: turn.say(TOOL_LABELS[draft.tool] ?? { ko: draft.tool, en: draft.tool }),
    });
    turn.emit({ type: 'plan', conversationId: turn.conversation.id, steps });
  }

  private argumentsOf(draft: Draft): Record<string, unknown> {
    return draft.portfolio ? { portfolioId: draft.portfolio.id, ...draft.args } : { ...draft.args };
  }

  /** The user's portfolios, asked of `list_portfolios` unless this conversation just did. */
  private async portfolios(turn: Turn): Promise<PortfolioRef[] | undefined> {
    const cached = turn.conversation.portfolios;
    const maxAge = this.options.portfolioCacheMs ?? 60_000;
    if (cached && this.now().getTime() - cached.at < maxAge) return cached.list;
    const result = await this.call(turn, 'list_portfolios', {});
    if (!result.ok) return undefined;
    const list = portfoliosIn(result.content);
    turn.conversation.portfolios = { list, at: this.now().getTime() };
    return list;
  }

  /**
   * A name the directory does not know ("셀트리온헬스케어", a new listing) is looked up with
   * `search_instruments`: one hit, or one whose name is exactly what was typed, is taken; several
   * are offered as choices.
   */
  private async lookUpInstrument(turn: Turn, draft: Draft, missing: Missing[]): Promise<Missing[]> {
    const query = draft.unresolvedName!;
    draft.unresolvedName = undefined;
    const result = await this.call(turn, 'search_instruments', { query, limit: 5 });
    const found = result.ok
      ? findRecords(result.content, ['symbol']).filter((row) => typeof row.symbol === 'string')
      : [];
    const entries = found.map((row) => ({
      symbol: row.symbol as string,
      nameKo: typeof row.nameKo === 'string' ? row.nameKo : (row.symbol as string),
      nameEn: typeof row.nameEn === 'string' ? row.nameEn : null,
    }));
    const key = compactKey(query);
    const exact = entries.filter(
      (entry) => compactKey(entry.nameKo) === key || compactKey(entry.nameEn ?? '') === key,
    );
    const chosen = exact.length === 1 ? exact[0] : entries.length === 1 ? entries[0] : undefined;
    const rest = missing.filter((part) => part !== 'instrument');
    if (chosen) {
      if (draft.tool === 'get_quotes' || draft.tool === 'get_forecasts') {
        draft.args.symbols = [
          ...((draft.args.symbols as string[] | undefined) ?? []),
          chosen.symbol,
        ];
      } else {
        draft.args.symbol = chosen.symbol;
      }
      return rest;
    }
    if (entries.length > 1) {
      draft.choices = [{ text: query, start: 0, end: 0, candidates: entries }];
      return ['instrumentChoice', ...rest];
    }
    return missing;
  }

  /** A buy or sell with no price takes the current quote, which the confirmation shows. */
  private async priceTrade(turn: Turn, draft: Draft): Promise<Missing[]> {
    const { args } = draft;
    if ((args.type !== 'BUY' && args.type !== 'SELL') || args.price || !args.symbol) return [];
    const result = await this.call(turn, 'get_quotes', { symbols: [args.symbol] });
    const row = result.ok
      ? findRecords(result.content, ['symbol']).find((quote) => quote.symbol === args.symbol)
      : undefined;
    const price = row
      ? findNumber(row, ['price', 'currentPrice', 'last', 'lastPrice', 'close', 'tradePrice'])
      : undefined;
    if (!price || price.value <= 0) return ['price'];
    args.price = String(Math.round(price.value));
    return [];
  }

  /** Shocks no template has: create the scenario (a write, so confirmed) and then run it. */
  private proposeScenario(turn: Turn, stress: Draft): string {
    const shocks = stress.customShocks!;
    const create: Draft = {
      tool: 'create_scenario',
      args: { nameKo: describeShocks(shocks, 'ko'), nameEn: describeShocks(shocks, 'en'), shocks },
      assumed: [],
    };
    const text =
      turn.language === 'ko'
        ? `기본 시나리오에 없는 충격이라 먼저 시나리오를 만들어야 합니다. 새 시나리오(${create.args.nameKo})를 만들고 ${stress.portfolio!.name} 포트폴리오로 스트레스 테스트를 할까요?\n${turn.say(CONFIRM_HINT)}`
        : `No built-in scenario has these shocks, so one must be created first. Create the scenario '${create.args.nameEn}' and stress-test ${stress.portfolio!.name} with it?\n${turn.say(CONFIRM_HINT)}`;
    this.awaitYes(turn, {
      kind: 'confirmation',
      draft: create,
      thenStressTest: stress,
      at: this.now().getTime(),
    });
    turn.conversation.last = stress;
    return text;
  }

  /** Keeps the write for the next message and shows it in the answer. */
  private awaitYes(turn: Turn, pending: PendingConfirmation): void {
    turn.conversation.pending = pending;
    turn.conversation.last = pending.draft;
    turn.awaiting = 'confirmation';
    turn.proposed = { name: pending.draft.tool, arguments: this.argumentsOf(pending.draft) };
  }

  private propose(turn: Turn, pending: PendingConfirmation): string {
    const { draft } = pending;
    if (draft.tool === 'create_scenario' && !draft.args.nameKo && !draft.args.nameEn) {
      const shocks = draft.args.shocks as Parameters<typeof describeShocks>[0];
      draft.args.nameKo = describeShocks(shocks, 'ko');
      draft.args.nameEn = describeShocks(shocks, 'en');
    }
    this.awaitYes(turn, pending);
    const description = describeCall(draft, draft.portfolio, this.directory, turn.language);
    return confirmationQuestion(description, draft.tool, turn.language);
  }

  private async runConfirmed(turn: Turn, pending: PendingConfirmation): Promise<string> {
    if (pending.llmCall) {
      const { name, args } = pending.llmCall;
      const result = await this.call(turn, name, args);
      if (!result.ok) return this.failure(turn, name, result.text);
      turn.results.push({ tool: name, arguments: args, structuredContent: result.content });
      return summarize(name, args, result.content, {
        language: turn.language,
        directory: this.directory,
      });
    }
    const first = await this.execute(turn, pending.draft);
    const created = turn.toolCalls.at(-1);
    if (!pending.thenStressTest || !created?.ok || !turn.conversation.lastScenarioId) return first;
    const stress = pending.thenStressTest;
    stress.customShocks = undefined;
    stress.args = { ...stress.args, scenarioId: turn.conversation.lastScenarioId };
    delete stress.args.templateId;
    return `${first}\n${await this.execute(turn, stress)}`;
  }

  private async execute(turn: Turn, draft: Draft): Promise<string> {
    const { conversation, language } = turn;
    const args = this.argumentsOf(draft);
    const result = await this.call(turn, draft.tool, args);
    conversation.last = draft;
    if (!result.ok) return this.failure(turn, draft.tool, result.text);
    turn.results.push({ tool: draft.tool, arguments: args, structuredContent: result.content });
    if (draft.tool.startsWith('run_') || draft.tool === 'optimize_portfolio') {
      conversation.lastRunId =
        findString(result.content, ['runId', 'id']) ?? conversation.lastRunId;
    }
    if (draft.tool === 'create_scenario') {
      conversation.lastScenarioId = findString(result.content, ['scenarioId', 'id']);
    }
    if (draft.tool === 'create_portfolio' || draft.tool === 'list_portfolios') {
      conversation.portfolios =
        draft.tool === 'list_portfolios'
          ? { list: portfoliosIn(result.content), at: this.now().getTime() }
          : undefined;
    }
    const lines = [
      summarize(draft.tool, args, result.content, { language, directory: this.directory }),
    ];
    if (draft.assumed.includes('horizon')) lines.push(turn.say(REPLIES.assumedHorizon));
    if (draft.assumed.includes('window')) lines.push(turn.say(REPLIES.assumedWindow));
    return lines.join('\n');
  }

  private failure(turn: Turn, tool: string, error = ''): string {
    if (turn.signal?.aborted) return turn.say(REPLIES.aborted);
    const last = turn.toolCalls.at(-1);
    const reason = error || (last && !last.ok ? 'error' : '');
    return turn.say(REPLIES.failed(tool, reason.slice(0, 300)));
  }

  /** One MCP tool call, reported as events and recorded for the answer. */
  private async call(
    turn: Turn,
    name: string,
    args: Record<string, unknown>,
  ): Promise<{ ok: boolean; content: unknown; text: string }> {
    const callId = turn.nextCallId();
    turn.emit({ type: 'tool_call', status: 'started', callId, name, arguments: args });
    let ok = false;
    let content: unknown;
    let text: string;
    try {
      const result = await this.options.callTool(name, args, {
        signal: turn.signal,
        language: turn.language,
        onProgress: (progress) => turn.emit({ type: 'progress', callId, name, ...progress }),
      });
      ok = result.ok && !result.isError;
      content = contentOf(result);
      text = result.text;
    } catch (error) {
      text = (error as Error).message;
    }
    turn.toolCalls.push({ name, arguments: args, ok });
    turn.emit({
      type: 'tool_call',
      status: 'finished',
      callId,
      name,
      arguments: args,
      ok,
      ...(ok ? { structuredContent: content } : { error: text }),
    });
    return { ok, content, text };
  }

  /** Hands a request the planner could not read to the model, with the tools as functions. */
  private async askModel(turn: Turn): Promise<string> {
    const { conversation, language } = turn;
    const llm = this.options.llm!;
    const today = seoulToday(this.now());
    const messages: LlmMessage[] = [
      {
        role: 'system',
        content: [
          'You are the assistant of a platform for portfolios of Korean (KRX) stocks.',
          `Today is ${today} in Seoul. Amounts are in KRW. Use the tools to answer; never invent figures.`,
          language === 'ko' ? 'Answer in Korean.' : 'Answer in English.',
        ].join(' '),
      },
      ...conversation.turns.map((entry): LlmMessage => ({
        role: entry.role,
        content: entry.content,
      })),
    ];
    let stopReply: string | undefined;
    try {
      const outcome = await runLlm({
        options: llm,
        tools: this.options.tools ?? [],
        messages,
        signal: turn.signal,
        onText: (delta) => turn.emit({ type: 'text', delta }),
        execute: async (name, args) => {
          if (WRITE_TOOLS.has(name)) {
            const draft: Draft = { tool: name as ToolName, args, assumed: [] };
            this.awaitYes(turn, {
              kind: 'confirmation',
              draft,
              llmCall: { name, args },
              at: this.now().getTime(),
            });
            stopReply = confirmationQuestion(JSON.stringify(args), name, language);
            return { stop: true };
          }
          const result = await this.call(turn, name, args);
          if (result.ok)
            turn.results.push({ tool: name, arguments: args, structuredContent: result.content });
          const body = result.ok
            ? JSON.stringify(result.content ?? result.text)
            : `Error: ${result.text}`;
          return { content: body.slice(0, 16_000) };
        },
      });
      return 'reply' in outcome ? outcome.reply : stopReply!;
    } catch (error) {
      if (turn.signal?.aborted) throw error;
      return `${turn.say(REPLIES.notUnderstood)}\n(${(error as Error).message})`;
    }
  }
}
