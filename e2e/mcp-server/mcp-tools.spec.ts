import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({
  services: ['accounts', 'market-data', 'scenario', 'gateway', 'mcp-server'],
  seed: true,
});
let user: SignedInUser;
beforeAll(async () => {
  user = await platform.signUp('agent');
});

async function connect(headers: Record<string, string>): Promise<Client> {
  const client = new Client({ name: 'test-agent', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${platform.urls['mcp-server']}/mcp`), {
      requestInit: { headers },
    }),
  );
  return client;
}

const text = (result: Awaited<ReturnType<Client['callTool']>>) =>
  (result.content as { type: string; text: string }[])[0]!.text;

describe('the MCP server over Streamable HTTP', () => {
  it('lists its tools', async () => {
    const client = await connect(user.headers);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['list_scenarios', 'search_instruments']);
    await client.close();
  });

  it("runs a tool through the gateway with the caller's credentials", async () => {
    const client = await connect(user.headers);
    const found = await client.callTool({
      name: 'search_instruments',
      arguments: { query: '삼성' },
    });
    expect(found.isError).toBeFalsy();
    expect(JSON.parse(text(found)).searchInstruments).toEqual(
      expect.arrayContaining([expect.objectContaining({ symbol: '005930', nameKo: '삼성전자' })]),
    );
    const scenarios = await client.callTool({
      name: 'list_scenarios',
      arguments: { kind: 'HISTORICAL' },
    });
    expect(
      JSON.parse(text(scenarios)).scenarioTemplates.map((template: { id: string }) => template.id),
    ).toContain('gfc-2008');
    await client.close();
  });

  it('answers bad input and missing credentials with isError and a message', async () => {
    const client = await connect(user.headers);
    const bad = await client.callTool({ name: 'search_instruments', arguments: { query: '' } });
    expect(bad.isError).toBe(true);
    await client.close();

    const anonymous = await connect({});
    const refused = await anonymous.callTool({ name: 'list_scenarios', arguments: {} });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/UNAUTHENTICATED/);
    await anonymous.close();
  });

  it('serves /healthz, /readyz and /metrics like every service', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics']) {
      expect((await fetch(`${platform.urls['mcp-server']}${path}`)).status).toBe(200);
    }
  });
});
