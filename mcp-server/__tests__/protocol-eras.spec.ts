import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { gatewayFor } from '../src/gateway.js';
import { createMcpServer } from '../src/server.js';
import { parseToolsets } from '../src/tools/registry.js';

/**
 * Both eras through the SDK's message handling, as on stdio: a 2026-07-28 request carries its
 * version in `_meta` and needs no initialize. No gateway is asked (nothing here calls a tool).
 */
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function connected(): Promise<Client> {
  const server = createMcpServer({
    gateway: gatewayFor('http://127.0.0.1:1/graphql', {}),
    toolsets: parseToolsets('core'),
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'era-test', version: '1.0.0' });
  await server.connect(serverSide);
  await client.connect(clientSide);
  close = async () => {
    await client.close();
    await server.close();
  };
  return client;
}

const modernMeta = (version: string) => ({
  'io.modelcontextprotocol/protocolVersion': version,
  'io.modelcontextprotocol/clientCapabilities': {},
});

const anything = z.object({}).loose();

describe('one server, both protocol eras', () => {
  it('answers server/discover with its versions, capabilities and identity', async () => {
    const client = await connected();
    const result = await client.request(
      { method: 'server/discover', params: { _meta: modernMeta('2026-07-28') } },
      anything,
    );
    expect(result).toMatchObject({
      resultType: 'complete',
      supportedVersions: expect.arrayContaining(['2026-07-28', '2025-11-25']),
      capabilities: { tools: {}, prompts: {}, resources: {}, completions: {} },
      serverInfo: { name: 'capstone-trading' },
      ttlMs: expect.any(Number),
      cacheScope: 'public',
    });
  });

  it('decorates a modern list with caching hints and leaves a legacy one as it was', async () => {
    const client = await connected();
    const modern = await client.request(
      { method: 'prompts/list', params: { _meta: modernMeta('2026-07-28') } },
      anything,
    );
    expect(modern).toMatchObject({
      resultType: 'complete',
      ttlMs: 3_600_000,
      cacheScope: 'public',
    });
    const legacy = await client.listPrompts();
    expect(legacy).not.toHaveProperty('resultType');
    expect(legacy.prompts.map((prompt) => prompt.name)).toContain('stress_test_portfolio');
  });

  it('refuses an unknown version, naming the supported ones (UnsupportedProtocolVersion)', async () => {
    const client = await connected();
    await expect(
      client.request(
        { method: 'tools/list', params: { _meta: modernMeta('1900-01-01') } },
        anything,
      ),
    ).rejects.toMatchObject({
      code: -32022,
      data: { requested: '1900-01-01', supported: expect.arrayContaining(['2026-07-28']) },
    });
  });
});
