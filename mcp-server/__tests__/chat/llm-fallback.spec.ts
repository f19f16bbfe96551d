import { afterEach, describe, expect, it } from 'vitest';
import {
  createChatAgent,
  type ChatEvent,
  type ToolDescription,
} from './support/agent-under-test.js';
import { masterDirectory } from './support/directory.js';
import { startFakeLlm, type FakeLlm } from './support/fake-llm.js';
import { fakeTools, TEST_NOW } from './support/world.js';

const directory = masterDirectory();
const TOOLS: ToolDescription[] = [
  {
    name: 'get_quotes',
    description: 'Latest quotes',
    inputSchema: {
      type: 'object',
      properties: { symbols: { type: 'array', items: { type: 'string' } } },
      required: ['symbols'],
    },
  },
  {
    name: 'record_trade',
    description: 'Records a trade',
    inputSchema: { type: 'object', properties: { portfolioId: { type: 'string' } } },
  },
];
// Nothing the planner reads: no stock, portfolio, action or follow-up.
const OPEN_QUESTION = 'Explain in plain words whether now is a calm moment';

let llm: FakeLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

function agentWith(baseUrl: string, stream: boolean) {
  const tools = fakeTools();
  const agent = createChatAgent({
    callTool: tools.callTool,
    directory,
    now: () => TEST_NOW,
    tools: TOOLS,
    llm: { baseUrl, apiKey: 'test-key', model: 'small-model', stream },
  });
  return { agent, calls: tools.calls };
}

describe('the optional model for requests the planner cannot read', () => {
  it.each([false, true])(
    'runs the tool calls it asks for and answers with its words (stream: %s)',
    async (stream) => {
      llm = await startFakeLlm([
        { toolCalls: [{ name: 'get_quotes', arguments: { symbols: ['005930', '000660'] } }] },
        { content: '시장은 조용한 편입니다. 삼성전자는 71,000원입니다.' },
      ]);
      const { agent, calls } = agentWith(llm.baseUrl, stream);
      const events: ChatEvent[] = [];
      for await (const event of agent.stream({ message: OPEN_QUESTION })) events.push(event);
      const answer = events.at(-1);
      expect(answer).toMatchObject({
        type: 'answer',
        reply: '시장은 조용한 편입니다. 삼성전자는 71,000원입니다.',
        toolCalls: [{ name: 'get_quotes', arguments: { symbols: ['005930', '000660'] }, ok: true }],
      });
      expect(calls).toEqual([{ name: 'get_quotes', args: { symbols: ['005930', '000660'] } }]);

      const [first, second] = llm.requests;
      expect(llm.headers[0]?.authorization).toBe('Bearer test-key');
      expect(first).toMatchObject({ model: 'small-model', stream, tool_choice: 'auto' });
      expect(first.tools).toEqual(
        TOOLS.map((tool) => ({
          type: 'function',
          function: {
            name: tool.name,
            description: tool.description,
            parameters: tool.inputSchema,
          },
        })),
      );
      expect(first.messages[0].role).toBe('system');
      expect(first.messages.at(-1)).toEqual({ role: 'user', content: OPEN_QUESTION });
      expect(second.messages.at(-2)).toMatchObject({
        role: 'assistant',
        tool_calls: [{ id: 'call_1_0', function: { name: 'get_quotes' } }],
      });
      expect(second.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_1_0' });
      expect(JSON.parse(second.messages.at(-1).content)).toEqual({
        quotes: [
          { symbol: '005930', price: '71000' },
          { symbol: '000660', price: '71000' },
        ],
      });
      const text = events.filter((event) => event.type === 'text').map((event) => event.delta);
      if (stream) {
        expect(text.length).toBeGreaterThan(1);
        expect(text.join('')).toBe('시장은 조용한 편입니다. 삼성전자는 71,000원입니다.');
      } else {
        expect(text).toEqual([]);
      }
    },
  );

  it('does not let the model write without the user’s yes', async () => {
    llm = await startFakeLlm([
      {
        toolCalls: [
          {
            name: 'record_trade',
            arguments: { portfolioId: 'pf-growth', type: 'DEPOSIT', amount: '1000' },
          },
        ],
      },
    ]);
    const { agent, calls } = agentWith(llm.baseUrl, true);
    const proposal = await agent.chat({ message: OPEN_QUESTION });
    expect(proposal.awaiting).toBe('confirmation');
    expect(proposal.proposed).toEqual({
      name: 'record_trade',
      arguments: { portfolioId: 'pf-growth', type: 'DEPOSIT', amount: '1000' },
    });
    expect(calls).toEqual([]);
    const done = await agent.chat({ message: 'yes', conversationId: proposal.conversationId });
    expect(done.toolCalls).toEqual([
      {
        name: 'record_trade',
        arguments: { portfolioId: 'pf-growth', type: 'DEPOSIT', amount: '1000' },
        ok: true,
      },
    ]);
    expect(llm.requests).toHaveLength(1);
  });

  it('answers plainly when the model endpoint fails', async () => {
    llm = await startFakeLlm([], { failWith: 503 });
    const { agent } = agentWith(llm.baseUrl, true);
    const answer = await agent.chat({ message: OPEN_QUESTION });
    expect(answer.reply).toContain('503');
    expect(answer.toolCalls).toEqual([]);
  });

  it('never asks the model what the planner can read', async () => {
    llm = await startFakeLlm([{ content: 'unused' }]);
    const { agent } = agentWith(llm.baseUrl, true);
    await agent.chat({ message: '삼성전자 현재가' });
    expect(llm.requests).toEqual([]);
  });

  it('stops a model that keeps calling tools', async () => {
    const loop = { toolCalls: [{ name: 'get_quotes', arguments: { symbols: ['005930'] } }] };
    llm = await startFakeLlm(Array.from({ length: 10 }, () => loop));
    const { agent } = agentWith(llm.baseUrl, false);
    const answer = await agent.chat({ message: OPEN_QUESTION });
    expect(answer.reply).toContain('did not answer within 6 steps');
    expect(llm.requests).toHaveLength(6);
  });
});
