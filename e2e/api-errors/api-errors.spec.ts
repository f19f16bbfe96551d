import { SUBGRAPHS } from '@capstone/config';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql, insertKrxBars, usePlatform, type SignedInUser } from '@capstone/test-platform';

/**
 * What a client sees of the subgraphs' errors through the gateway: codes, arguments, scopes,
 * and the language of the message (Korean unless the caller's Accept-Language prefers English),
 * over HTTP, server-sent events, graphql-ws, MCP and the chat alike.
 */
const platform = usePlatform({ seed: true, services: [...SUBGRAPHS, 'gateway', 'mcp-server'] });
let owner: SignedInUser;
let portfolioId: string;

beforeAll(async () => {
  await insertKrxBars(platform.config, ['005930'], '2022-09-01', '2022-09-19');
  owner = await platform.signUp('errors-owner');
  const created = await owner.ask<{ createPortfolio: { id: string } }>(
    'mutation { createPortfolio(input: { name: "Errors", cash: "1000000" }) { id } }',
    {},
  );
  portfolioId = created.data!.createPortfolio.id;
});

const ENTRY = /* GraphQL */ `
  mutation ($input: LedgerEntryInput!) {
    recordLedgerEntry(input: $input) {
      type
      amount
    }
  }
`;

describe('errors through the gateway', () => {
  it('name the field of a sell beyond the position', async () => {
    const answer = await owner.ask(ENTRY, {
      input: { portfolioId, type: 'SELL', symbol: '005930', quantity: '1', price: '50000' },
    });
    // Korean unless the caller asks for English.
    expect(answer.errors?.[0]?.message).toMatch(/보유 수량은 0주입니다/);
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'quantity',
    });
  });

  it('still take a ledger line through the deprecated recordTrade', async () => {
    const answer = await owner.ask<{ recordTrade: { type: string; amount: string } }>(
      'mutation ($input: RecordTradeInput!) { recordTrade(input: $input) { type amount } }',
      { input: { portfolioId, type: 'DEPOSIT', amount: '500' } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordTrade).toEqual({ type: 'DEPOSIT', amount: '500' });
  });

  it('name the scope an API key lacks', async () => {
    const key = await owner.ask<{ createApiKey: { secret: string } }>(
      'mutation { createApiKey(name: "read only", scopes: [MARKET_READ]) { secret } }',
      {},
    );
    const answer = await graphql(
      platform.graphqlUrl,
      ENTRY,
      { input: { portfolioId, type: 'DEPOSIT', amount: '1' } },
      { 'x-api-key': key.data!.createApiKey.secret },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScope: 'portfolio:write',
    });
  });

  it('name the argument out of range, with the reason', async () => {
    const answer = await owner.ask(
      '{ searchInstruments(query: "삼성", limit: 101) { symbol } }',
      {},
    );
    expect(answer.errors?.[0]?.message).toBe('`limit`: 1에서 100 사이여야 합니다');
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'limit',
    });
  });

  it('refuse a live-quote subscription to an unknown code, as quotes does', async () => {
    const ask = async (query: string, accept: string) => {
      const response = await fetch(platform.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, ...owner.headers },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(15_000),
      });
      return response.text();
    };
    const quotes = JSON.parse(
      await ask('{ quotes(symbols: ["999999"]) { symbol } }', 'application/json'),
    );
    expect(quotes.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const stream = await ask(
      'subscription { quoteUpdated(symbols: ["999999"]) { symbol } }',
      'text/event-stream',
    );
    const event = stream
      .split('\n')
      .find((line) => line.startsWith('data: {'))
      ?.slice(6);
    expect(JSON.parse(event ?? '{}').errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

const OUT_OF_RANGE = '{ searchInstruments(query: "삼성", limit: 101) { symbol } }';

describe('the language of an error', () => {
  const ask = (query: string, headers: Record<string, string> = {}) =>
    graphql(platform.graphqlUrl, query, {}, { ...owner.headers, ...headers });

  it('is Korean for Accept-Language: ko, English for en, Korean without one, with one code', async () => {
    const korean = await ask(OUT_OF_RANGE, { 'accept-language': 'ko-KR,ko;q=0.9' });
    const english = await ask(OUT_OF_RANGE, { 'accept-language': 'en-US,en;q=0.9' });
    const unsaid = await ask(OUT_OF_RANGE);
    expect(korean.errors?.[0]?.message).toBe('`limit`: 1에서 100 사이여야 합니다');
    expect(english.errors?.[0]?.message).toBe('`limit` must be 1 to 100');
    expect(unsaid.errors?.[0]?.message).toBe(korean.errors?.[0]?.message);
    for (const answer of [korean, english, unsaid]) {
      expect(answer.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'limit',
        serviceName: 'market-data',
      });
    }
  });

  it('follows the caller for the gateway’s own refusals too (here, a field that does not exist)', async () => {
    const korean = await ask('{ searchInstrumentz(query: "a") { symbol } }');
    const english = await ask('{ searchInstrumentz(query: "a") { symbol } }', {
      'accept-language': 'en',
    });
    expect(korean.errors?.[0]?.message).toMatch(
      /^"Query" 타입에는 "searchInstrumentz" 필드가 없습니다/,
    );
    expect(english.errors?.[0]?.message).toMatch(/^Cannot query field "searchInstrumentz"/);
    expect(korean.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(english.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is the connection’s over graphql-ws, and the request’s over server-sent events', async () => {
    const UNKNOWN = 'subscription { quoteUpdated(symbols: ["999999"]) { symbol } }';
    const overWs = async (connectionParams: Record<string, string>) => {
      const ws = owner.ws({ connectionParams: { ...owner.headers, ...connectionParams } });
      return new Promise<{ message: string; extensions?: Record<string, unknown> }>(
        (resolve, reject) => {
          ws.subscribe(
            { query: UNKNOWN },
            {
              next: (result) => {
                if (result.errors?.[0]) resolve(result.errors[0] as never);
              },
              error: (error) =>
                Array.isArray(error) ? resolve(error[0] as never) : reject(error as Error),
              complete: () => reject(new Error('completed without an error')),
            },
          );
        },
      );
    };
    expect(await overWs({ language: 'en' })).toMatchObject({
      message: 'No instrument has the code 999999',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await overWs({})).toMatchObject({
      message: '종목 코드 999999에 해당하는 종목이 없습니다',
      extensions: { code: 'NOT_FOUND' },
    });
    const stream = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'accept-language': 'en',
        ...owner.headers,
      },
      body: JSON.stringify({ query: UNKNOWN }),
      signal: AbortSignal.timeout(15_000),
    });
    expect(await stream.text()).toContain('No instrument has the code 999999');
  });

  it('is the request’s for an MCP tool, passed on to the gateway', async () => {
    const callAs = async (headers: Record<string, string>) => {
      const client = new Client({ name: 'e2e-languages', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${platform.urls['mcp-server']}/mcp`), {
          requestInit: { headers: { ...owner.headers, ...headers } },
        }),
      );
      try {
        const result = (await client.callTool({
          name: 'get_quotes',
          arguments: { symbols: ['999999'] },
        })) as CallToolResult;
        expect(result.isError).toBe(true);
        return result.content.flatMap((part) => (part.type === 'text' ? [part.text] : []))[0];
      } finally {
        await client.close();
      }
    };
    expect(await callAs({ 'accept-language': 'ko' })).toBe(
      'NOT_FOUND: `symbols`: 종목 코드 999999에 해당하는 종목이 없습니다',
    );
    expect(await callAs({ 'accept-language': 'en' })).toBe(
      'NOT_FOUND: `symbols`: No instrument has the code 999999',
    );
    expect(await callAs({})).toBe(
      'NOT_FOUND: `symbols`: 종목 코드 999999에 해당하는 종목이 없습니다',
    );
  });

  it("is the chat's language in the chat's replies", async () => {
    const empty = await owner.ask<{ createPortfolio: { id: string } }>(
      'mutation { createPortfolio(input: { name: "Empty", cash: "1000" }) { id } }',
    );
    expect(empty.errors).toBeUndefined();
    const chat = async (message: string) => {
      const response = await fetch(`${platform.urls['mcp-server']}/api/chat`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...owner.headers,
        },
        body: JSON.stringify({ message }),
        signal: AbortSignal.timeout(60_000),
      });
      return (await response.json()) as {
        reply: string;
        toolCalls: { name: string; ok: boolean }[];
      };
    };
    const korean = await chat('Empty 포트폴리오에 코로나 시나리오 적용해줘');
    expect(korean.toolCalls.at(-1)).toMatchObject({ name: 'run_stress_test', ok: false });
    expect(korean.reply).toContain('시뮬레이션할 보유 종목이 없습니다');
    expect(korean.reply).toContain('BAD_USER_INPUT');
    const english = await chat('Apply the COVID scenario to the Empty portfolio');
    expect(english.toolCalls.at(-1)).toMatchObject({ name: 'run_stress_test', ok: false });
    expect(english.reply).toContain('has no holdings to simulate');
    expect(english.reply).toContain('BAD_USER_INPUT');
  });
});
