import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { META, MODERN_ERRORS, SUPPORTED_VERSIONS, declaredVersion } from '../protocol/eras.js';

/** Legacy methods the 2026-07-28 revision removed; the SDK would still answer them. */
const REMOVED_METHODS = new Set([
  'initialize',
  'ping',
  'logging/setLevel',
  'resources/subscribe',
  'resources/unsubscribe',
]);

/**
 * Streamable HTTP as the 2026-07-28 revision defines it, which SDK 1.32's transport does not
 * (it refuses the version header): each POST is one request, answered as JSON or as an SSE
 * stream scoped to it; headers mirror the body and must agree with it; closing the stream
 * cancels the request. The request itself is handled by the SDK's `Server`, fed through a
 * transport that lives for this one request.
 */

type Message = Record<string, unknown> & {
  id?: string | number;
  method?: string;
  params?: Record<string, unknown> & { _meta?: Record<string, unknown> };
};

function rpcError(
  response: ServerResponse,
  status: number,
  id: unknown,
  code: number,
  message: string,
  data?: unknown,
): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      jsonrpc: '2.0',
      id: id ?? null,
      error: { code, message, ...(data === undefined ? {} : { data }) },
    }),
  );
}

/** `=?base64?…?=` values are decoded; plain ones are taken as they are. */
function headerValue(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  const encoded = text && /^=\?base64\?(.*)\?=$/.exec(text);
  return encoded ? Buffer.from(encoded[1]!, 'base64').toString('utf8') : text;
}

/** What the headers must repeat from the body; the first disagreement, or undefined. */
function headerMismatch(request: IncomingMessage, message: Message): string | undefined {
  const version = headerValue(request.headers['mcp-protocol-version']);
  const declared = declaredVersion(message.params?._meta);
  if (version !== declared) {
    return `MCP-Protocol-Version header ${version ?? '(missing)'} does not match _meta ${declared ?? '(missing)'}`;
  }
  const method = headerValue(request.headers['mcp-method']);
  if (method !== message.method) {
    return `Mcp-Method header ${method ?? '(missing)'} does not match the body's method ${String(message.method)}`;
  }
  if (['tools/call', 'prompts/get', 'resources/read'].includes(String(message.method))) {
    const name = headerValue(request.headers['mcp-name']);
    const expected = message.params?.name ?? message.params?.uri;
    if (name !== expected) {
      return `Mcp-Name header ${name ?? '(missing)'} does not match the body's ${String(expected)}`;
    }
  }
  return undefined;
}

/** A transport that carries exactly one request into the server and its answer out. */
class OneRequest implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: Transport['onmessage'];

  constructor(private readonly deliver: (message: JSONRPCMessage) => void) {}

  async start(): Promise<void> {}

  async send(message: JSONRPCMessage): Promise<void> {
    this.deliver(message);
  }

  async close(): Promise<void> {
    this.onclose?.();
  }
}

/** True when a POST speaks the modern revision: by its header, or by its `_meta`. */
export function isModernRequest(request: IncomingMessage, body: unknown): boolean {
  const header = headerValue(request.headers['mcp-protocol-version']);
  if (
    header &&
    !['2024-10-07', '2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'].includes(header)
  ) {
    return true;
  }
  const message = body as Message | undefined;
  return declaredVersion(message?.params?._meta) !== undefined;
}

export async function serveModern(
  request: IncomingMessage,
  response: ServerResponse,
  body: unknown,
  server: Server,
): Promise<void> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return rpcError(response, 400, null, -32600, 'The body must be one JSON-RPC request');
  }
  const message = body as Message;
  const meta = message.params?._meta;
  if (message.id !== undefined && (!meta || typeof meta !== 'object')) {
    return rpcError(response, 400, message.id, -32602, 'A 2026-07-28 request carries _meta');
  }
  if (message.id !== undefined && declaredVersion(meta) === undefined) {
    return rpcError(response, 400, message.id, -32602, `_meta lacks ${META.protocolVersion}`);
  }
  if (message.id !== undefined && typeof meta?.[META.clientCapabilities] !== 'object') {
    return rpcError(response, 400, message.id, -32602, `_meta lacks ${META.clientCapabilities}`);
  }
  const mismatch = headerMismatch(request, message);
  if (mismatch) {
    return rpcError(
      response,
      400,
      message.id,
      MODERN_ERRORS.headerMismatch,
      `Header mismatch: ${mismatch}`,
    );
  }
  const version = declaredVersion(meta);
  if (version !== undefined && !SUPPORTED_VERSIONS.includes(version)) {
    return rpcError(
      response,
      400,
      message.id,
      MODERN_ERRORS.unsupportedProtocolVersion,
      'Unsupported protocol version',
      { supported: SUPPORTED_VERSIONS, requested: version },
    );
  }
  if (message.id === undefined) {
    // No client notification is defined over HTTP in this revision; accept and drop it.
    response.writeHead(202).end();
    return;
  }
  if (REMOVED_METHODS.has(String(message.method))) {
    return rpcError(
      response,
      404,
      message.id,
      -32601,
      `${String(message.method)} is not part of the 2026-07-28 protocol${message.method === 'initialize' ? '; call server/discover, or send initialize without 2026-07-28 _meta' : ''}`,
    );
  }

  const streaming =
    message.method === 'tools/call' &&
    String(request.headers.accept ?? '').includes('text/event-stream');
  let finished = false;
  const transport = new OneRequest((outgoing) => {
    const reply = outgoing as Message;
    const isAnswer = reply.id === message.id && reply.method === undefined;
    if (streaming) {
      if (!response.headersSent) {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          'x-accel-buffering': 'no',
        });
      }
      response.write(`event: message\ndata: ${JSON.stringify(outgoing)}\n\n`);
      if (isAnswer) {
        finished = true;
        response.end();
      }
      return;
    }
    if (!isAnswer) return; // Progress needs a stream; a JSON answer carries only the result.
    finished = true;
    const error = (reply as { error?: { code?: number } }).error;
    const status = error?.code === -32601 ? 404 : 200;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(outgoing));
  });
  // Closing the response before the answer cancels the request (and any run it started).
  response.on('close', () => {
    if (!finished) {
      void transport.onmessage?.({
        jsonrpc: '2.0',
        method: 'notifications/cancelled',
        params: { requestId: message.id!, reason: 'The client closed the response stream' },
      });
    }
    void server.close();
  });
  await server.connect(transport);
  transport.onmessage?.(message as unknown as JSONRPCMessage, {
    requestInfo: { headers: request.headers },
  });
}
