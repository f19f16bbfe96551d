import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { subgraphUrl } from '@capstone/config';
import { toolOperations } from '@capstone/operations';
import { MCP_SERVICES, connectAgent } from './mcp-platform.js';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({
  services: MCP_SERVICES,
  seed: true,
});
let demo: SignedInUser;
beforeAll(async () => {
  demo = await platform.demo();
});

const mcpUrl = (query = '') => `${platform.urls['mcp-server']}/mcp${query}`;

const connect = (headers: Record<string, string>, query = '') =>
  connectAgent(platform.urls['mcp-server']!, headers, query);

const texts = (result: CallToolResult) =>
  result.content.flatMap((part) => (part.type === 'text' ? [part.text] : []));

describe('the MCP server over Streamable HTTP (2025-11-25)', () => {
  it('lists the core tool set by default and every catalogue tool on request', async () => {
    const client = await connect(demo.headers);
    const core = (await client.listTools()).tools.map((tool) => tool.name);
    expect(core).toEqual(expect.arrayContaining(['list_portfolios', 'search_instruments']));
    expect(core).not.toContain('record_trade');
    await client.close();

    const everything = await connect(demo.headers, '?toolsets=all');
    const { tools } = await everything.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(
      toolOperations()
        .map((operation) => operation.tool!.name)
        .sort(),
    );
    const recordTrade = tools.find((tool) => tool.name === 'record_trade')!;
    expect(recordTrade.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
    });
    expect(tools.find((tool) => tool.name === 'list_portfolios')!.annotations).toMatchObject({
      readOnlyHint: true,
      idempotentHint: true,
    });
    await everything.close();
  });

  it("lists the demo user's portfolios, with structured content and a summary in won", async () => {
    const client = await connect(demo.headers);
    const result = (await client.callTool({
      name: 'list_portfolios',
      arguments: {},
    })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    const { portfolios } = result.structuredContent as {
      portfolios: { id: string; name: string; valuation: { totalValue: string } }[];
    };
    expect(portfolios.map((portfolio) => portfolio.name).sort()).toEqual(['Dividend', 'Growth']);
    expect(texts(result)[0]).toMatch(/포트폴리오 2개: .*Growth/);
    expect(texts(result)[0]).toMatch(/2 portfolios: /);

    const growth = portfolios.find((portfolio) => portfolio.name === 'Growth')!;
    const detail = (await client.callTool({
      name: 'get_portfolio',
      arguments: { portfolioId: growth.id },
    })) as CallToolResult;
    const { portfolio } = detail.structuredContent as {
      portfolio: { holdings: unknown[]; valuation: { totalValue: string } };
    };
    expect(portfolio.holdings.length).toBeGreaterThanOrEqual(5);
    // 만/억 in Korean, ₩ in English, from the chat's formatters.
    expect(texts(detail)[0]).toMatch(/평가금액 [\d,억만조 ]+원/);
    expect(texts(detail)[0]).toMatch(/value ₩[\d,]+/);
    await client.close();
  });

  it('refuses a bad argument before sending anything, naming it and what it allows', async () => {
    // An agent that reads English (the tools answer in the request's Accept-Language).
    const client = await connect({ ...demo.headers, 'accept-language': 'en' }, '?toolsets=all');
    const result = (await client.callTool({
      name: 'create_portfolio',
      arguments: { name: 'Bad', cash: 1000000, holdings: [{ symbol: '5930', weight: '0.5' }] },
    })) as CallToolResult;
    expect(result.isError).toBe(true);
    const [message] = texts(result);
    expect(message).toContain('`cash` must be a decimal number written as a string');
    expect(message).toContain('`holdings[0].symbol` must be a 6-character KRX code');
    const unknown = (await client.callTool({
      name: 'list_scenarios',
      arguments: { kind: 'ANCIENT', colour: 'red' },
    })) as CallToolResult;
    expect(texts(unknown)[0]).toContain('`kind` must be one of HISTORICAL, HYPOTHETICAL');
    expect(texts(unknown)[0]).toContain('`colour` is not an argument; the arguments are kind');
    await client.close();
  });

  it('names the scope an API key lacks', async () => {
    const key = await demo.createApiKey(['MARKET_READ'], 'market only');
    const client = await connect(
      { authorization: `Bearer ${key.secret}`, 'accept-language': 'en' },
      '?toolsets=all',
    );
    const result = (await client.callTool({
      name: 'list_portfolios',
      arguments: {},
    })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(texts(result)[0]).toMatch(/lacks the scope 'portfolio:read' that list_portfolios needs/);
    const search = (await client.callTool({
      name: 'search_instruments',
      arguments: { query: '삼성' },
    })) as CallToolResult;
    expect(search.isError).toBeFalsy();
    await client.close();
  });

  it('serves portfolio:// and scenario-template:// resources and the prompts', async () => {
    const client = await connect(demo.headers);
    const { resources } = await client.listResources();
    const growth = resources.find((resource) => resource.name === 'Growth');
    expect(growth?.uri).toMatch(/^portfolio:\/\//);
    expect(resources.map((resource) => resource.uri)).toContain('scenario-template://gfc-2008');
    const read = await client.readResource({ uri: growth!.uri });
    expect(JSON.parse((read.contents[0] as { text: string }).text)).toMatchObject({
      name: 'Growth',
    });
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).toEqual(
      expect.arrayContaining([
        'portfolio://{id}',
        'instrument://{symbol}',
        'scenario-template://{id}',
      ]),
    );
    await expect(client.readResource({ uri: 'portfolio://no-such-id' })).rejects.toThrow(
      /Resource not found/,
    );
    const { prompts } = await client.listPrompts();
    expect(prompts.map((prompt) => prompt.name)).toEqual([
      'stress_test_portfolio',
      'build_portfolio',
      'explain_risk_score',
    ]);
    const prompt = await client.getPrompt({
      name: 'stress_test_portfolio',
      arguments: { portfolio: 'Growth' },
    });
    expect((prompt.messages[0]!.content as { text: string }).text).toContain('run_stress_test');
    await client.close();
  });
});

describe('who may reach /mcp', () => {
  it('answers a request without credentials with 401 and where to find the authorization server', async () => {
    const response = await fetch(mcpUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(401);
    const challenge = response.headers.get('www-authenticate')!;
    const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)![1]!;
    expect(metadataUrl).toMatch(/\/\.well-known\/oauth-protected-resource\/mcp$/);
    const metadata = (await (await fetch(metadataUrl)).json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      resource: mcpUrl(),
      authorization_servers: [new URL(subgraphUrl(platform.config, 'accounts')).origin],
      bearer_methods_supported: ['header'],
    });
    expect(metadata.scopes_supported).toContain('portfolio:read');
  });

  it('refuses a page from another origin (DNS rebinding) and takes the web origin', async () => {
    const post = (origin: string) =>
      fetch(mcpUrl(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          origin,
          ...demo.headers,
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: {
            protocolVersion: '2025-11-25',
            capabilities: {},
            clientInfo: { name: 'page', version: '1' },
          },
        }),
      });
    expect((await post('http://evil.example.com')).status).toBe(403);
    const web = await post(platform.config.CORS_ORIGINS[0]!);
    expect(web.status).toBe(200);
    expect(web.headers.get('access-control-allow-origin')).toBe(platform.config.CORS_ORIGINS[0]);
  });
});

describe('the operational endpoints', () => {
  it('serve /healthz and /readyz like every service, and /metrics on the metrics port', async () => {
    for (const path of ['/healthz', '/readyz']) {
      expect((await fetch(`${platform.urls['mcp-server']}${path}`)).status, path).toBe(200);
    }
    expect((await fetch(`${platform.metricsUrls['mcp-server']}/metrics`)).status).toBe(200);
  });
});
