import { describe, expect, it } from 'vitest';
import { masterDirectory } from './support/directory.js';
import { createChatAgent, type ChatEvent } from './support/agent-under-test.js';
import { fakeTools, TEST_NOW } from './support/world.js';

const directory = masterDirectory();

async function collect(events: AsyncIterable<ChatEvent>): Promise<ChatEvent[]> {
  const all: ChatEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe('the event stream of a turn', () => {
  it('plans, reports each call with its arguments and progress, and ends with the answer', async () => {
    const { callTool } = fakeTools();
    const agent = createChatAgent({ callTool, directory, now: () => TEST_NOW });
    const events = await collect(agent.stream({ message: 'Growth 1년 몬테카를로 99%' }));
    expect(
      events.map((event) =>
        event.type === 'tool_call' ? `${event.type}:${event.status}:${event.name}` : event.type,
      ),
    ).toEqual([
      'plan',
      'tool_call:started:list_portfolios',
      'tool_call:finished:list_portfolios',
      'tool_call:started:run_monte_carlo',
      'progress',
      'tool_call:finished:run_monte_carlo',
      'answer',
    ]);
    const [plan] = events;
    expect(plan).toMatchObject({
      type: 'plan',
      steps: [
        { tool: 'list_portfolios', arguments: {} },
        { tool: 'run_monte_carlo', arguments: { horizonDays: 252, confidence: 0.99 } },
      ],
    });
    const progress = events.find((event) => event.type === 'progress');
    const finished = events.filter(
      (event) => event.type === 'tool_call' && event.status === 'finished',
    );
    expect(progress).toMatchObject({
      name: 'run_monte_carlo',
      progress: 1,
      total: 2,
      message: 'half way',
    });
    expect(finished.at(-1)).toMatchObject({
      ok: true,
      arguments: { portfolioId: 'pf-growth', horizonDays: 252, confidence: 0.99 },
      structuredContent: { runId: 'run-1' },
    });
    const answer = events.at(-1);
    expect(answer).toMatchObject({
      type: 'answer',
      toolCalls: [
        { name: 'list_portfolios', arguments: {}, ok: true },
        {
          name: 'run_monte_carlo',
          arguments: { portfolioId: 'pf-growth', horizonDays: 252, confidence: 0.99 },
          ok: true,
        },
      ],
      // Cards for the web: the asked-for result, not the name lookup.
      results: [
        { tool: 'run_monte_carlo', structuredContent: { runId: 'run-1', status: 'SUCCEEDED' } },
      ],
    });
  });

  it('gives the same answer through the non-streaming helper (BRIEF’s chat contract)', async () => {
    const { callTool } = fakeTools();
    const agent = createChatAgent({ callTool, directory, now: () => TEST_NOW });
    const answer = await agent.chat({ message: '삼성전자 현재가' });
    expect(answer).toEqual({
      conversationId: expect.any(String),
      reply: '시세 조회 결과입니다.\n삼성전자 (005930): 7만 1,000원',
      toolCalls: [{ name: 'get_quotes', arguments: { symbols: ['005930'] }, ok: true }],
      results: [
        {
          tool: 'get_quotes',
          arguments: { symbols: ['005930'] },
          structuredContent: { quotes: [{ symbol: '005930', price: '71000' }] },
        },
      ],
      language: 'ko',
    });
  });

  it('passes the abort signal to the tool and answers that the request stopped', async () => {
    const controller = new AbortController();
    const agent = createChatAgent({
      directory,
      now: () => TEST_NOW,
      callTool: (_name, _args, { signal }) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    });
    const pending = agent.chat({ message: '삼성전자 주가', signal: controller.signal });
    controller.abort();
    const answer = await pending;
    expect(answer.toolCalls).toEqual([
      { name: 'get_quotes', arguments: { symbols: ['005930'] }, ok: false },
    ]);
    expect(answer.reply).toBe('요청이 중단되었습니다.');
  });
});
