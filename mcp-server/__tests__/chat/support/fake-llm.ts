import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One model turn: words, tool calls, or both. */
export interface ScriptedTurn {
  content?: string;
  toolCalls?: { name: string; arguments: Record<string, unknown> }[];
}

export interface FakeLlm {
  baseUrl: string;
  /** The request bodies received, in order. */
  requests: any[];
  headers: IncomingMessage['headers'][];
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible chat-completions server on loopback that answers request n with turn n
 * of the script, as one JSON message or, when the request asks to stream, as SSE deltas that cut
 * contents and tool-call arguments into pieces, as real servers do.
 */
export async function startFakeLlm(
  script: ScriptedTurn[],
  options: { failWith?: number } = {},
): Promise<FakeLlm> {
  const requests: any[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw);
      requests.push(body);
      headers.push(request.headers);
      if (options.failWith) {
        response.writeHead(options.failWith, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'overloaded' } }));
        return;
      }
      const turn = script[requests.length - 1] ?? { content: 'script ended' };
      const toolCalls = (turn.toolCalls ?? []).map((call, index) => ({
        id: `call_${requests.length}_${index}`,
        type: 'function',
        function: { name: call.name, arguments: JSON.stringify(call.arguments) },
      }));
      if (!body.stream) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            id: 'chatcmpl-fake',
            object: 'chat.completion',
            choices: [
              {
                index: 0,
                message: {
                  role: 'assistant',
                  content: turn.content ?? null,
                  ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
                },
                finish_reason: toolCalls.length ? 'tool_calls' : 'stop',
              },
            ],
          }),
        );
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const send = (delta: unknown, finish: string | null = null) =>
        response.write(
          `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
        );
      send({ role: 'assistant' });
      const content = turn.content ?? '';
      for (let at = 0; at < content.length; at += 4) send({ content: content.slice(at, at + 4) });
      toolCalls.forEach((call, index) => {
        const args = call.function.arguments;
        const half = Math.floor(args.length / 2);
        send({
          tool_calls: [
            {
              index,
              id: call.id,
              type: 'function',
              function: { name: call.function.name, arguments: '' },
            },
          ],
        });
        send({ tool_calls: [{ index, function: { arguments: args.slice(0, half) } }] });
        send({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] });
      });
      send({}, toolCalls.length ? 'tool_calls' : 'stop');
      response.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    headers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
