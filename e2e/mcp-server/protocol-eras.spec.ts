import { beforeAll, describe, expect, it } from 'vitest';
import { MCP_SERVICES } from './mcp-platform.js';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';

/**
 * The 2026-07-28 revision on the same /mcp as 2025-11-25: no initialize, the version in every
 * request's _meta and header, server/discover, resultType and caching hints, request-scoped
 * streams. Sent by hand, as the wire format is what is under test.
 */
const platform = usePlatform({
  services: MCP_SERVICES,
  seed: true,
});
let demo: SignedInUser;
beforeAll(async () => {
  demo = await platform.demo();
});

const MODERN = '2026-07-28';
const meta = (version = MODERN) => ({
  'io.modelcontextprotocol/protocolVersion': version,
  'io.modelcontextprotocol/clientCapabilities': {},
  'io.modelcontextprotocol/clientInfo': { name: 'e2e', version: '1.0.0' },
});

async function modern(
  method: string,
  params: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const name = (params.name ?? params.uri) as string | undefined;
  const response = await fetch(`${platform.urls['mcp-server']}/mcp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': MODERN,
      'mcp-method': method,
      ...(name ? { 'mcp-name': name } : {}),
      ...demo.headers,
      ...headers,
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: 7, method, params: { _meta: meta(), ...params } }),
  });
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  const messages = type.includes('text/event-stream')
    ? text
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>)
    : [JSON.parse(text) as Record<string, unknown>];
  return { status: response.status, type, messages, body: messages.at(-1)! };
}

describe('MCP 2026-07-28 on /mcp', () => {
  it('answers server/discover with both eras, its capabilities and identity', async () => {
    const { status, body } = await modern('server/discover');
    expect(status).toBe(200);
    expect(body.result).toMatchObject({
      resultType: 'complete',
      supportedVersions: expect.arrayContaining([MODERN, '2025-11-25']),
      capabilities: { tools: {}, resources: {}, prompts: {} },
      serverInfo: { name: 'capstone-trading' },
    });
  });

  it('serves tools/list without initialize, with caching hints and the server identity', async () => {
    const { body } = await modern('tools/list');
    const result = body.result as Record<string, unknown>;
    expect(result).toMatchObject({
      resultType: 'complete',
      ttlMs: 3_600_000,
      cacheScope: 'public',
    });
    expect(
      (result._meta as Record<string, unknown>)['io.modelcontextprotocol/serverInfo'],
    ).toMatchObject({ name: 'capstone-trading' });
    expect((result.tools as { name: string }[]).map((tool) => tool.name)).toContain(
      'list_portfolios',
    );
    const resources = await modern('resources/list');
    expect(resources.body.result).toMatchObject({ cacheScope: 'private' });
  });

  it('streams a tool call on a stream of its own and ends it with the result', async () => {
    const { type, body } = await modern('tools/call', { name: 'list_portfolios', arguments: {} });
    expect(type).toContain('text/event-stream');
    const result = body.result as {
      structuredContent: { portfolios: unknown[] };
      resultType: string;
    };
    expect(result.resultType).toBe('complete');
    expect(result.structuredContent.portfolios).toHaveLength(2);
  });

  it('refuses headers that disagree with the body (HeaderMismatch)', async () => {
    const wrongName = await modern(
      'tools/call',
      { name: 'list_portfolios', arguments: {} },
      { 'mcp-name': 'record_trade' },
    );
    expect(wrongName.status).toBe(400);
    expect(wrongName.body.error).toMatchObject({ code: -32020 });
    const noMethod = await modern('tools/list', {}, { 'mcp-method': 'prompts/list' });
    expect(noMethod.body.error).toMatchObject({ code: -32020 });
  });

  it('names the versions it supports when asked for another', async () => {
    const response = await fetch(`${platform.urls['mcp-server']}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '1900-01-01',
        'mcp-method': 'tools/list',
        ...demo.headers,
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/list',
        params: { _meta: meta('1900-01-01') },
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: unknown }).error).toMatchObject({
      code: -32022,
      data: { requested: '1900-01-01', supported: expect.arrayContaining([MODERN, '2025-11-25']) },
    });
  });

  it('answers an unknown method with 404 and -32601, and GET with 405', async () => {
    const unknown = await modern('subscriptions/listen');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: -32601 });
    const get = await fetch(`${platform.urls['mcp-server']}/mcp`, { headers: demo.headers });
    expect(get.status).toBe(405);
  });
});
