import type { Language } from './language.js';

/** The MCP tools the agent uses (BRIEF's fixed names). */
export const READ_TOOLS = [
  'search_instruments',
  'get_quotes',
  'get_price_history',
  'list_portfolios',
  'get_portfolio',
  'list_scenarios',
  'get_simulation',
  'get_forecasts',
  'get_risk_score',
] as const;

export const ACTION_TOOLS = [
  'create_portfolio',
  'record_trade',
  'create_scenario',
  'run_stress_test',
  'run_monte_carlo',
  'run_backtest',
  'optimize_portfolio',
] as const;

export type ToolName = (typeof READ_TOOLS)[number] | (typeof ACTION_TOOLS)[number];

/**
 * The actions that write what the user owns (holdings, the ledger, saved scenarios); the agent
 * runs them only after the user says yes. Simulations are not among them: a stress test, Monte
 * Carlo run, backtest or optimisation reads the portfolio and stores a result of its own, which
 * changes nothing the user holds, costs nothing to discard and can be cancelled while it runs, so
 * asking first would only slow down the work people come to the chat for.
 */
export const WRITE_TOOLS: ReadonlySet<string> = new Set([
  'create_portfolio',
  'record_trade',
  'create_scenario',
]);

/** What one MCP tool call returned (MCP `CallToolResult`, flattened). */
export interface ToolResult {
  ok: boolean;
  structuredContent?: unknown;
  /** The text content, joined. */
  text: string;
  isError: boolean;
}

/** An MCP progress notification for a running tool call. */
export interface ToolProgress {
  progress: number;
  total?: number;
  message?: string;
}

export interface ToolCallOptions {
  onProgress?: (progress: ToolProgress) => void;
  signal?: AbortSignal;
  /** The chat's language: the tool's errors come in it. */
  language?: Language;
}

/** The seam to the MCP server: one tool call, as any MCP client would make it. */
export type CallTool = (
  name: string,
  args: Record<string, unknown>,
  options: ToolCallOptions,
) => Promise<ToolResult>;

/** A tool as `tools/list` describes it; the optional LLM gets these as function definitions. */
export interface ToolDescription {
  name: string;
  description?: string;
  inputSchema: Record<string, unknown>;
}

/** BRIEF's chat contract: each call with its arguments and whether it succeeded. */
export interface ToolCallRecord {
  name: string;
  arguments: Record<string, unknown>;
  ok: boolean;
}

/** A result for the web to draw as a card or chart. */
export interface ChatResult {
  tool: string;
  arguments: Record<string, unknown>;
  structuredContent: unknown;
}

export interface PlannedStep {
  tool: string;
  /** Known so far; a portfolio id appears once its name is resolved. */
  arguments: Record<string, unknown>;
  purpose: string;
}

/** Why a reply ends the turn without doing what was asked (yet). */
export type Awaiting = 'confirmation' | 'clarification';

export type ChatEvent =
  | { type: 'plan'; conversationId: string; steps: PlannedStep[] }
  | {
      type: 'tool_call';
      status: 'started';
      callId: string;
      name: string;
      arguments: Record<string, unknown>;
    }
  | {
      type: 'tool_call';
      status: 'finished';
      callId: string;
      name: string;
      arguments: Record<string, unknown>;
      ok: boolean;
      structuredContent?: unknown;
      error?: string;
    }
  | {
      type: 'progress';
      callId: string;
      name: string;
      progress: number;
      total?: number;
      message?: string;
    }
  | { type: 'text'; delta: string }
  | ({ type: 'answer' } & ChatResponse);

export interface ChatResponse {
  conversationId: string;
  reply: string;
  toolCalls: ToolCallRecord[];
  results: ChatResult[];
  language: Language;
  /** Set when the agent asked something back and waits for the answer. */
  awaiting?: Awaiting;
  /** The write waiting for "yes" (with `awaiting: 'confirmation'`), for a confirm card. */
  proposed?: { name: string; arguments: Record<string, unknown> };
  /** Set when the message itself was refused (empty, too long); the HTTP layer may answer 400. */
  refused?: { field: 'message'; code: 'EMPTY' | 'TOO_LONG' | 'NOT_TEXT' };
}
