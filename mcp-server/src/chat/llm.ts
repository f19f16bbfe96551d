import type { ToolDescription } from './types.js';

/** An OpenAI-compatible chat-completions endpoint (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL). */
export interface LlmOptions {
  /** E.g. "https://api.openai.com/v1"; `/chat/completions` is appended. */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Stream the answer (SSE deltas); on by default. */
  stream?: boolean;
  /** Model turns per user message, tool rounds included. */
  maxSteps?: number;
  /** Per request to the model. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class LlmError extends Error {
  override name = 'LlmError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

interface WireToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type LlmMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: WireToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

interface Completion {
  content: string;
  toolCalls: WireToolCall[];
}

/** What running one requested tool call gave: its result for the model, or the turn's end. */
export type ToolOutcome = { content: string } | { stop: true };

export interface LlmRun {
  options: LlmOptions;
  tools: ToolDescription[];
  messages: LlmMessage[];
  execute: (name: string, args: Record<string, unknown>) => Promise<ToolOutcome>;
  onText?: (delta: string) => void;
  signal?: AbortSignal;
}

/**
 * Asks the model, runs the tool calls it asks for, gives it their results and asks again, until
 * it answers in words (or a tool call ends the turn, such as a write that needs the user's yes).
 */
export async function runLlm(run: LlmRun): Promise<{ reply: string } | { stopped: true }> {
  const messages = [...run.messages];
  const maxSteps = run.options.maxSteps ?? 6;
  for (let step = 0; step < maxSteps; step += 1) {
    const completion = await complete(run, messages);
    if (completion.toolCalls.length === 0) return { reply: completion.content };
    messages.push({
      role: 'assistant',
      content: completion.content || null,
      tool_calls: completion.toolCalls,
    });
    for (const call of completion.toolCalls) {
      let args: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(call.function.arguments || '{}');
        args =
          typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? (parsed as Record<string, unknown>)
            : {};
      } catch {
        messages.push({
          role: 'tool',
          tool_call_id: call.id,
          content: `Error: the arguments were not valid JSON: ${call.function.arguments}`,
        });
        continue;
      }
      const outcome = await run.execute(call.function.name, args);
      if ('stop' in outcome) return { stopped: true };
      messages.push({ role: 'tool', tool_call_id: call.id, content: outcome.content });
    }
  }
  throw new LlmError(`The model did not answer within ${maxSteps} steps`);
}

async function complete(run: LlmRun, messages: LlmMessage[]): Promise<Completion> {
  const { options } = run;
  const stream = options.stream ?? true;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 60_000);
  const signal = run.signal ? AbortSignal.any([run.signal, timeout]) : timeout;
  const response = await (options.fetch ?? fetch)(
    `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.apiKey}`,
        accept: stream ? 'text/event-stream' : 'application/json',
      },
      body: JSON.stringify({
        model: options.model,
        messages,
        stream,
        ...(run.tools.length > 0
          ? {
              tools: run.tools.map((tool) => ({
                type: 'function',
                function: {
                  name: tool.name,
                  description: tool.description ?? '',
                  parameters: tool.inputSchema,
                },
              })),
              tool_choice: 'auto',
            }
          : {}),
      }),
      signal,
    },
  );
  if (!response.ok) {
    const detail = (await response.text().catch(() => '')).slice(0, 300);
    throw new LlmError(
      `The model endpoint answered ${response.status}: ${detail}`,
      response.status,
    );
  }
  if (!stream) return fromMessage(await response.json());
  return fromStream(response, run.onText);
}

function fromMessage(body: unknown): Completion {
  const message = (
    body as { choices?: { message?: { content?: string | null; tool_calls?: WireToolCall[] } }[] }
  ).choices?.[0]?.message;
  if (!message) throw new LlmError('The model answer had no message');
  return { content: message.content ?? '', toolCalls: message.tool_calls ?? [] };
}

interface StreamDelta {
  content?: string | null;
  tool_calls?: { index: number; id?: string; function?: { name?: string; arguments?: string } }[];
}

/** Reads `data:` events until `[DONE]`, joining content deltas and tool-call fragments by index. */
async function fromStream(
  response: Response,
  onText?: (delta: string) => void,
): Promise<Completion> {
  if (!response.body) throw new LlmError('The model sent no stream');
  let content = '';
  const calls: WireToolCall[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  const dispatch = (): boolean => {
    if (data.length === 0) return false;
    const payload = data.join('\n');
    data = [];
    if (payload.trim() === '[DONE]') return true;
    let chunk: { choices?: { delta?: StreamDelta }[] };
    try {
      chunk = JSON.parse(payload) as typeof chunk;
    } catch {
      throw new LlmError(`The model sent an event that is not JSON: ${payload.slice(0, 100)}`);
    }
    const delta = chunk.choices?.[0]?.delta;
    if (delta?.content) {
      content += delta.content;
      onText?.(delta.content);
    }
    for (const fragment of delta?.tool_calls ?? []) {
      const call = (calls[fragment.index] ??= {
        id: '',
        type: 'function',
        function: { name: '', arguments: '' },
      });
      if (fragment.id) call.id = fragment.id;
      if (fragment.function?.name) call.function.name += fragment.function.name;
      if (fragment.function?.arguments) call.function.arguments += fragment.function.arguments;
    }
    return false;
  };
  for await (const bytes of response.body) {
    buffer += decoder.decode(bytes as Uint8Array, { stream: true });
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline).replace(/\r$/, '');
      buffer = buffer.slice(newline + 1);
      if (line === '') {
        if (dispatch()) return { content, toolCalls: calls.filter(Boolean) };
      } else if (line.startsWith('data:')) {
        data.push(line.slice(5).replace(/^ /, ''));
      }
    }
  }
  dispatch();
  return { content, toolCalls: calls.filter(Boolean) };
}
