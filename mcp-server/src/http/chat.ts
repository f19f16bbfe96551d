import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOOLSETS, operationNamed } from '@capstone/operations';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import {
  ConversationStore,
  InstrumentDirectory,
  callToolThrough,
  createChatAgent,
  describeTools,
  type InstrumentEntry,
  type LlmOptions,
} from '../chat/index.js';
import { gatewayFor, type Credentials } from '../gateway.js';
import { createMcpServer } from '../server.js';

const MAX_MESSAGE_LENGTH = 2_000;
const DIRECTORY_TTL_MS = 6 * 60 * 60_000;
const PRINCIPAL_TTL_MS = 5 * 60_000;

export interface ChatEndpointOptions {
  gatewayUrl: string;
  llm?: LlmOptions;
}

type Sender = (status: number, body: unknown) => void;

const OBJECTIVES: Record<string, string> = { HRP: 'HIERARCHICAL_RISK_PARITY' };

/**
 * The chat's planner names a few arguments its own way (one confidence level, a monthly
 * contribution, "target risk"); the catalogue's tools take the API's names. Arguments already in
 * the tools' vocabulary (from the optional model, which reads the tool schemas) pass unchanged.
 */
export function toCatalogueArguments(
  tool: string,
  args: Record<string, unknown>,
): Record<string, unknown> {
  const {
    confidence,
    contribution,
    targetRisk,
    benchmark: _benchmark,
    nameKo,
    nameEn,
    ...rest
  } = args;
  switch (tool) {
    case 'run_monte_carlo':
      return {
        ...rest,
        ...(typeof confidence === 'number' ? { confidences: [confidence] } : {}),
        ...(contribution ? { cashFlow: contribution } : {}),
      };
    case 'run_backtest':
      // The backtest always reports against the KOSPI; there is no benchmark to choose.
      return rest;
    case 'optimize_portfolio':
      return {
        ...rest,
        ...(typeof rest.objective === 'string'
          ? { objective: OBJECTIVES[rest.objective] ?? rest.objective }
          : {}),
        ...(targetRisk === undefined ? {} : { targetVolatility: targetRisk }),
      };
    case 'create_scenario':
      return { ...rest, ...(rest.name ? {} : { name: nameKo ?? nameEn }) };
    default:
      return args;
  }
}

/** The body BRIEF fixes: `{ message, conversationId? }`; a bad one names its field. */
function readBody(
  body: unknown,
): { message: string; conversationId?: string } | { error: string; field: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { field: 'body', error: 'The body must be a JSON object { message, conversationId? }' };
  }
  const { message, conversationId } = body as Record<string, unknown>;
  if (typeof message !== 'string') {
    return { field: 'message', error: '`message` must be text / 메시지는 문자열이어야 합니다' };
  }
  if (message.trim() === '') {
    return { field: 'message', error: '`message` is empty / 메시지가 비어 있습니다' };
  }
  if (message.length > MAX_MESSAGE_LENGTH) {
    return {
      field: 'message',
      error: `\`message\` is longer than ${MAX_MESSAGE_LENGTH} characters / 메시지는 ${MAX_MESSAGE_LENGTH}자 이하여야 합니다`,
    };
  }
  if (
    conversationId !== undefined &&
    (typeof conversationId !== 'string' || conversationId === '')
  ) {
    return {
      field: 'conversationId',
      error: '`conversationId` must be the text a previous answer gave',
    };
  }
  return { message, ...(conversationId ? { conversationId } : {}) };
}

/**
 * POST /api/chat: the chat agent, as an MCP client of this very server (in process, over the
 * SDK's in-memory transport), acting with the caller's credentials, so it uses the tools exactly
 * as an external agent would.
 */
export function createChatEndpoint(options: ChatEndpointOptions) {
  const store = new ConversationStore();
  let directory: { at: number; value: Promise<InstrumentDirectory | undefined> } | undefined;
  const principals = new Map<string, { at: number; id: string }>();

  /** Public market data, loaded once (with whoever asks first) and kept for hours. */
  function instrumentDirectory(credentials: Credentials) {
    if (!directory || Date.now() - directory.at > DIRECTORY_TTL_MS) {
      const value = gatewayFor(options.gatewayUrl, credentials)
        .run<Record<string, InstrumentEntry[] | null>>(operationNamed('InstrumentDirectory'), {})
        .then((data) => {
          const entries = new Map<string, InstrumentEntry>();
          for (const rows of Object.values(data)) {
            for (const row of rows ?? []) entries.set(row.symbol, row);
          }
          return new InstrumentDirectory([...entries.values()]);
        })
        .catch(() => {
          // Without it the agent still reads 6-digit codes and asks search_instruments.
          directory = undefined;
          return undefined;
        });
      directory = { at: Date.now(), value };
    }
    return directory.value;
  }

  /**
   * Who is asking, as the gateway verified it: conversations are kept apart per user, and a
   * token the gateway refuses gets a 401.
   */
  async function principalOf(credentials: Credentials): Promise<string | undefined> {
    const key = createHash('sha256').update(JSON.stringify(credentials)).digest('hex');
    const known = principals.get(key);
    if (known && Date.now() - known.at < PRINCIPAL_TTL_MS) return known.id;
    try {
      const data = await gatewayFor(options.gatewayUrl, credentials).run<{
        me: { id: string } | null;
      }>(operationNamed('Me'), {});
      if (!data.me) return undefined;
      principals.set(key, { at: Date.now(), id: data.me.id });
      return data.me.id;
    } catch {
      return undefined;
    }
  }

  return async function chat(
    request: IncomingMessage,
    response: ServerResponse,
    body: unknown,
    credentials: Credentials,
    send: Sender,
  ): Promise<void> {
    const read = readBody(body);
    if ('error' in read) {
      return send(400, { error: { code: 'BAD_REQUEST', field: read.field, message: read.error } });
    }
    const principal = await principalOf(credentials);
    if (!principal) {
      return send(401, {
        error: {
          code: 'UNAUTHENTICATED',
          message: '로그인이 필요합니다 / Send a valid bearer token (user access token or API key)',
        },
      });
    }
    const abort = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) abort.abort();
    });

    const server = createMcpServer({
      gateway: gatewayFor(options.gatewayUrl, credentials),
      toolsets: new Set(TOOLSETS),
    });
    const client = new Client({ name: 'capstone-chat', version: '1.0.0' });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    await client.connect(clientSide);
    try {
      const callTool = callToolThrough(client);
      const agent = createChatAgent({
        callTool: (name, args, calling) =>
          callTool(name, toCatalogueArguments(name, args), calling),
        directory: await instrumentDirectory(credentials),
        store,
        llm: options.llm,
        tools: options.llm ? await describeTools(client) : undefined,
        maxMessageLength: MAX_MESSAGE_LENGTH,
      });
      const chatRequest = { ...read, principal, signal: abort.signal };
      if (String(request.headers.accept ?? '').includes('text/event-stream')) {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          'x-accel-buffering': 'no',
        });
        for await (const event of agent.stream(chatRequest)) {
          response.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        }
        response.end();
      } else {
        send(200, await agent.chat(chatRequest));
      }
    } finally {
      await client.close();
      await server.close();
    }
  };
}
