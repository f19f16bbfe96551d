// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChatError,
  createSseParser,
  sendChat,
  type SseEvent,
} from '../app/src/chat/chat-client.js';

describe('the event-stream reader', () => {
  it('reassembles events split anywhere across chunks, multi-line data included', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser((event) => events.push(event));
    const stream =
      ': keep-alive\n\nevent: delta\ndata: {"delta":"안녕"}\n\ndata: line one\ndata: line two\r\n\r\nevent: done\ndata: {}';
    for (let at = 0; at < stream.length; at += 7) parser.push(stream.slice(at, at + 7));
    parser.end();
    expect(events).toEqual([
      { event: 'delta', data: '{"delta":"안녕"}' },
      { event: 'message', data: 'line one\nline two' },
      { event: 'done', data: '{}' },
    ]);
  });
});

const AGENT_MESSAGE = 'Growth에 2008년 위기 적용';
const STRESS_ARGS = { portfolioId: 'p1', templateId: 'gfc-2008' };
const STRESS_CONTENT = { simulation: { id: 'r1', kind: 'STRESS_TEST', status: 'SUCCEEDED' } };
const AGENT_EVENTS = [
  { type: 'plan', conversationId: 'c2', steps: [] },
  {
    type: 'tool_call',
    status: 'started',
    callId: 'k1',
    name: 'run_stress_test',
    arguments: STRESS_ARGS,
  },
  { type: 'progress', callId: 'k1', name: 'run_stress_test', progress: 0.5, total: 1 },
  {
    type: 'tool_call',
    status: 'finished',
    callId: 'k1',
    name: 'run_stress_test',
    arguments: STRESS_ARGS,
    ok: true,
    structuredContent: STRESS_CONTENT,
  },
  {
    type: 'answer',
    conversationId: 'c2',
    reply: '스트레스 테스트 결과입니다.',
    toolCalls: [{ name: 'run_stress_test', arguments: STRESS_ARGS, ok: true }],
    results: [
      { tool: 'run_stress_test', arguments: STRESS_ARGS, structuredContent: STRESS_CONTENT },
    ],
    language: 'ko',
    awaiting: 'confirmation',
    proposed: { name: 'create_scenario', arguments: { name: '내 위기' } },
  },
];

/** A stand-in for the MCP server's /api/chat, answering per the BRIEF's contract. */
let server: Server;
let url: string;
const seen: { authorization?: string; accept?: string; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    seen.push({
      authorization: request.headers.authorization,
      accept: request.headers.accept,
      body: JSON.parse(text),
    });
    if (request.headers.authorization !== 'Bearer good-token') {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Sign in first' }));
      return;
    }
    const reply = {
      conversationId: 'c1',
      reply: '성장 포트폴리오는 반도체 비중이 큽니다.',
      toolCalls: [{ name: 'get_portfolio', arguments: { id: 'p1' }, ok: true }],
    };
    if (request.headers.accept === 'application/json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const send = (event: string, data: unknown) =>
      response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    if ((JSON.parse(text) as { message: string }).message === AGENT_MESSAGE) {
      // The MCP server's agent: each event named by its type (mcp-server/src/chat/types.ts).
      for (const event of AGENT_EVENTS) send(event.type, event);
      response.end();
      return;
    }
    send('tool_call', reply.toolCalls[0]);
    send('delta', { delta: '성장 포트폴리오는 ' });
    send('delta', { delta: '반도체 비중이 큽니다.' });
    send('done', reply);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('POST /api/chat', () => {
  it('streams the answer piece by piece, with the tool calls, and returns the whole of it', async () => {
    const pieces: string[] = [];
    const tools: string[] = [];
    const reply = await sendChat(
      url,
      { message: '위험을 요약해 줘', conversationId: 'c1' },
      {
        token: 'good-token',
        onDelta: (piece) => pieces.push(piece),
        onToolCall: (call) => tools.push(call.name),
      },
    );
    expect(pieces.join('')).toBe('성장 포트폴리오는 반도체 비중이 큽니다.');
    expect(tools).toEqual(['get_portfolio']);
    expect(reply).toEqual({
      conversationId: 'c1',
      reply: '성장 포트폴리오는 반도체 비중이 큽니다.',
      toolCalls: [{ name: 'get_portfolio', arguments: { id: 'p1' }, ok: true }],
    });
    expect(seen.at(-1)).toEqual({
      authorization: 'Bearer good-token',
      accept: 'text/event-stream',
      body: { message: '위험을 요약해 줘', conversationId: 'c1' },
    });
  });

  it('takes a JSON answer when not streaming', async () => {
    const reply = await sendChat(url, { message: 'hi' }, { token: 'good-token', stream: false });
    expect(reply.conversationId).toBe('c1');
    expect(seen.at(-1)?.accept).toBe('application/json');
  });

  it('reports a refusal with the server’s message and status', async () => {
    const failure = await sendChat(url, { message: 'hi' }, { token: 'stale' }).catch(
      (error) => error,
    );
    expect(failure).toBeInstanceOf(ChatError);
    expect(failure).toMatchObject({ message: 'Sign in first', status: 401 });
  });

  it('follows the agent’s events: a call starts with its arguments, reports progress, ends with its result', async () => {
    const activity: unknown[] = [];
    const finished: unknown[] = [];
    const reply = await sendChat(
      url,
      { message: AGENT_MESSAGE },
      {
        token: 'good-token',
        onToolActivity: (item) => activity.push(item),
        onToolCall: (call) => finished.push(call),
      },
    );
    expect(activity).toEqual([AGENT_EVENTS[1], AGENT_EVENTS[2]]);
    expect(finished).toEqual([AGENT_EVENTS[3]]);
    expect(reply.results).toEqual([
      { tool: 'run_stress_test', arguments: STRESS_ARGS, structuredContent: STRESS_CONTENT },
    ]);
    expect(reply).toMatchObject({
      awaiting: 'confirmation',
      proposed: { name: 'create_scenario', arguments: { name: '내 위기' } },
    });
  });
});
