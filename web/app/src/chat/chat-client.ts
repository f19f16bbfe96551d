/**
 * The client of the chat agent behind `POST /api/chat` on the MCP server (BRIEF: "Chat").
 *
 *   request   { message, conversationId? } with `Authorization: Bearer <access token>`
 *   JSON      { conversationId, reply, toolCalls: [{ name, arguments, ok }] }
 *   SSE       the same, as events
 *
 * The event names of the stream are not fixed yet, so the reader accepts the likely shapes:
 * text pieces (`{ delta }` or `{ text }`), tool calls (`{ name, arguments, ok }`), the final
 * answer (`{ conversationId, reply, toolCalls }`) and `event: error` with `{ message }`.
 */
export interface ChatToolCall {
  name: string;
  arguments: unknown;
  ok: boolean;
  /** SSE only: the call's id, and what it returned (for a card) or why it failed. */
  callId?: string;
  structuredContent?: unknown;
  error?: string;
}

/** A result the agent asked for, for the panel to draw as the pages do. */
export interface ChatResult {
  tool: string;
  arguments: Record<string, unknown>;
  structuredContent: unknown;
}

export interface ChatReply {
  conversationId: string;
  reply: string;
  toolCalls: ChatToolCall[];
  results?: ChatResult[];
  /** 'confirmation': a write waits for yes (see `proposed`); 'clarification': a question. */
  awaiting?: 'confirmation' | 'clarification';
  proposed?: { name: string; arguments: Record<string, unknown> };
}

/** A tool call that has started (SSE `tool_call` with status `started`) or reports progress. */
export interface ChatToolActivity {
  callId: string;
  name: string;
  arguments?: Record<string, unknown>;
  progress?: number;
  total?: number;
  message?: string;
}

export interface ChatRequest {
  message: string;
  conversationId?: string;
}

export interface ChatOptions {
  token: string;
  signal?: AbortSignal;
  /** Stream the answer as it is written (default), or wait for the whole of it. */
  stream?: boolean;
  onDelta?: (text: string) => void;
  onToolCall?: (call: ChatToolCall) => void;
  /** A call started, or reported progress (long-running tools: simulations). */
  onToolActivity?: (activity: ChatToolActivity) => void;
}

export interface SseEvent {
  event: string;
  data: string;
}

export class ChatError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ChatError';
  }
}

/** Splits a text/event-stream into events as chunks arrive (any chunk boundaries). */
export function createSseParser(onEvent: (event: SseEvent) => void) {
  let buffer = '';
  const flush = (block: string) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) onEvent({ event, data: data.join('\n') });
  };
  return {
    push(chunk: string) {
      buffer += chunk;
      const blocks = buffer.split(/\r?\n\r?\n/);
      buffer = blocks.pop() ?? '';
      for (const block of blocks) flush(block);
    },
    end() {
      if (buffer.trim()) flush(buffer);
      buffer = '';
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isToolCall = (value: unknown): value is ChatToolCall =>
  isRecord(value) && typeof value.name === 'string' && typeof value.ok === 'boolean';

const isReply = (value: unknown): value is ChatReply =>
  isRecord(value) && typeof value.reply === 'string' && typeof value.conversationId === 'string';

function parseData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/** Sends one message and returns the whole answer; streams pieces to the handlers meanwhile. */
export async function sendChat(
  url: string,
  request: ChatRequest,
  { token, signal, stream = true, onDelta, onToolCall, onToolActivity }: ChatOptions,
): Promise<ChatReply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: stream ? 'text/event-stream' : 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify(request),
    signal,
  });
  if (!response.ok) {
    const body = parseData(await response.text());
    const message = isRecord(body) && typeof body.message === 'string' ? body.message : '';
    throw new ChatError(message || `The chat answered ${response.status}`, response.status);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('text/event-stream') || !response.body) {
    const body = (await response.json()) as unknown;
    if (!isReply(body)) throw new ChatError('The chat answered in an unknown shape');
    return body;
  }

  let text = '';
  const toolCalls: ChatToolCall[] = [];
  let final: ChatReply | undefined;
  let failure: string | undefined;
  let conversationId = request.conversationId ?? '';
  const parser = createSseParser(({ event, data }) => {
    const value = parseData(data);
    if (event === 'error') {
      failure = isRecord(value) && typeof value.message === 'string' ? value.message : String(data);
    } else if (isReply(value)) {
      final = { ...value, toolCalls: value.toolCalls ?? toolCalls };
    } else if (
      (event === 'progress' || (isRecord(value) && value.status === 'started')) &&
      isRecord(value) &&
      typeof value.callId === 'string' &&
      typeof value.name === 'string'
    ) {
      onToolActivity?.(value as unknown as ChatToolActivity);
    } else if (isToolCall(value)) {
      toolCalls.push(value);
      onToolCall?.(value);
    } else {
      const piece =
        typeof value === 'string' ? value : isRecord(value) ? (value.delta ?? value.text) : '';
      if (isRecord(value) && typeof value.conversationId === 'string')
        conversationId = value.conversationId;
      if (typeof piece === 'string' && piece) {
        text += piece;
        onDelta?.(piece);
      }
    }
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.push(value);
  }
  parser.end();
  if (failure) throw new ChatError(failure);
  return final ?? { conversationId, reply: text, toolCalls };
}
