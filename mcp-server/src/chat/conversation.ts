import { randomUUID } from 'node:crypto';
import type { Language } from './language.js';
import type { Draft } from './planner.js';
import type { PortfolioRef } from './portfolios.js';

/** A write the agent proposed and runs only on "yes". */
export interface PendingConfirmation {
  kind: 'confirmation';
  draft: Draft;
  /** When it was proposed (epoch ms); a late "yes" does not run it. */
  at: number;
  /** A stress test to run with the scenario once `create_scenario` has made it. */
  thenStressTest?: Draft;
  /** A tool call an LLM asked for, run as it asked. */
  llmCall?: { name: string; args: Record<string, unknown> };
}

/** A question the agent asked; the next message answers it. */
export interface PendingClarification {
  kind: 'clarification';
  draft: Draft;
}

export interface LlmTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface Conversation {
  id: string;
  language: Language;
  last?: Draft;
  pending?: PendingConfirmation | PendingClarification;
  /** The user's portfolios as `list_portfolios` last gave them, and when. */
  portfolios?: { list: PortfolioRef[]; at: number };
  lastRunId?: string;
  lastScenarioId?: string;
  /** Recent turns, for the optional LLM. */
  turns: LlmTurn[];
}

export interface ConversationStoreOptions {
  /** At most this many conversations are kept; the least recently used go first. */
  maxConversations?: number;
  /** A conversation untouched for this long is forgotten. */
  ttlMs?: number;
  /** Turns kept per conversation for the LLM. */
  maxTurns?: number;
  now?: () => number;
}

/**
 * Conversations in memory, bounded in number and age. Keys include who is asking, so one user's
 * conversation id never opens another's context.
 */
export class ConversationStore {
  readonly maxTurns: number;
  private readonly conversations = new Map<
    string,
    { conversation: Conversation; touched: number }
  >();
  private readonly maxConversations: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: ConversationStoreOptions = {}) {
    this.maxConversations = options.maxConversations ?? 1_000;
    this.ttlMs = options.ttlMs ?? 30 * 60_000;
    this.maxTurns = options.maxTurns ?? 12;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /**
   * The conversation `id` of `principal`, or a new one (under `id` when given, so a client that
   * kept an expired id keeps using it).
   */
  open(principal: string, id: string | undefined, language: Language): Conversation {
    this.sweep();
    const key = id ? `${principal}\u0000${id}` : undefined;
    const found = key ? this.conversations.get(key) : undefined;
    if (found) {
      // Map order is the recency order: re-inserting moves it to the end.
      this.conversations.delete(key!);
      found.touched = this.now();
      this.conversations.set(key!, found);
      return found.conversation;
    }
    const conversation: Conversation = { id: id ?? randomUUID(), language, turns: [] };
    this.conversations.set(`${principal}\u0000${conversation.id}`, {
      conversation,
      touched: this.now(),
    });
    while (this.conversations.size > this.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
    return conversation;
  }

  remember(conversation: Conversation, turn: LlmTurn): void {
    conversation.turns.push(turn);
    if (conversation.turns.length > this.maxTurns) {
      conversation.turns.splice(0, conversation.turns.length - this.maxTurns);
    }
  }

  private sweep(): void {
    const cutoff = this.now() - this.ttlMs;
    // Oldest first, so the sweep stops at the first conversation still alive.
    for (const [key, entry] of this.conversations) {
      if (entry.touched >= cutoff) break;
      this.conversations.delete(key);
    }
  }
}
