import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  callToolThrough,
  createChatAgent,
  describeTools,
  type ChatEvent,
} from './support/agent-under-test.js';
import { masterDirectory } from './support/directory.js';
import { TEST_NOW } from './support/world.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A real MCP server with two tools, and an SDK client connected to it in memory. */
async function connected(): Promise<Client> {
  const server = new McpServer({ name: 'capstone-test', version: '0.0.0' });
  server.registerTool(
    'get_quotes',
    {
      description: 'Latest quotes',
      inputSchema: { symbols: z.array(z.string()) },
      outputSchema: { quotes: z.array(z.object({ symbol: z.string(), price: z.string() })) },
    },
    async ({ symbols }, extra) => {
      const token = extra._meta?.progressToken;
      if (token !== undefined) {
        await extra.sendNotification({
          method: 'notifications/progress',
          params: { progressToken: token, progress: 1, total: 2, message: 'fetching' },
        });
      }
      const quotes = symbols.map((symbol) => ({ symbol, price: '71000' }));
      return {
        content: [{ type: 'text', text: JSON.stringify({ quotes }) }],
        structuredContent: { quotes },
      };
    },
  );
  server.registerTool(
    'list_portfolios',
    { description: 'Your portfolios', inputSchema: {} },
    async () => ({ isError: true, content: [{ type: 'text', text: 'Sign in first' }] }),
  );
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'chat-agent', version: '0.0.0' });
  await server.connect(serverSide);
  await client.connect(clientSide);
  close = async () => {
    await client.close();
    await server.close();
  };
  return client;
}

describe('the agent over a real MCP client', () => {
  it('calls tools through the SDK, with their structured results and progress', async () => {
    const client = await connected();
    const agent = createChatAgent({
      callTool: callToolThrough(client),
      directory: masterDirectory(),
      now: () => TEST_NOW,
    });
    const events: ChatEvent[] = [];
    for await (const event of agent.stream({ message: '삼성전자 현재가' })) events.push(event);
    expect(events.find((event) => event.type === 'progress')).toMatchObject({
      name: 'get_quotes',
      progress: 1,
      total: 2,
      message: 'fetching',
    });
    expect(events.at(-1)).toMatchObject({
      type: 'answer',
      reply: '시세 조회 결과입니다.\n삼성전자 (005930): 7만 1,000원',
      toolCalls: [{ name: 'get_quotes', arguments: { symbols: ['005930'] }, ok: true }],
    });
  });

  it('reports a tool error (isError) as a failed call with its message', async () => {
    const client = await connected();
    const agent = createChatAgent({ callTool: callToolThrough(client), now: () => TEST_NOW });
    const answer = await agent.chat({ message: '내 포트폴리오 목록 보여줘' });
    expect(answer.toolCalls).toEqual([{ name: 'list_portfolios', arguments: {}, ok: false }]);
    expect(answer.reply).toContain('Sign in first');
  });

  it('describes the server’s tools for the optional model', async () => {
    const client = await connected();
    const tools = await describeTools(client);
    expect(tools.map((tool) => tool.name).sort()).toEqual(['get_quotes', 'list_portfolios']);
    expect(tools.find((tool) => tool.name === 'get_quotes')?.inputSchema).toMatchObject({
      type: 'object',
      properties: { symbols: { type: 'array' } },
    });
  });
});
