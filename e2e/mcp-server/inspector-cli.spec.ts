import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MCP_SERVICES } from './mcp-platform.js';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { INSPECTOR, ensureClientTools, node22 } from './client-tools.js';

/**
 * The MCP Inspector CLI (2.x, on Node 22) against our server: over stdio started from the
 * Claude-Desktop-style configuration of mcp-server/README.md, and over Streamable HTTP with an
 * Authorization header.
 */
const REPO = join(import.meta.dirname, '../..');
const platform = usePlatform({
  services: MCP_SERVICES,
  seed: true,
});
let demo: SignedInUser;
let config: string;

beforeAll(async () => {
  await ensureClientTools();
  demo = await platform.demo();
  const key = await demo.createApiKey(
    ['PORTFOLIO_READ', 'PORTFOLIO_WRITE', 'SIMULATION_RUN', 'MARKET_READ', 'AI_READ'],
    'desktop agent',
  );
  // The README's configuration, with this test's gateway and key.
  config = join(mkdtempSync(join(tmpdir(), 'inspector-')), 'mcp.json');
  writeFileSync(
    config,
    JSON.stringify({
      mcpServers: {
        'capstone-trading': {
          command: 'npx',
          args: ['--prefix', REPO, 'capstone-mcp'],
          env: { CAPSTONE_API_KEY: key.secret, GATEWAY_URL: platform.graphqlUrl },
        },
      },
    }),
  );
}, 900_000);

async function inspect(target: string[], method: string, extra: string[] = []) {
  const { code, stdout, stderr } = await node22([
    INSPECTOR,
    '--cli',
    ...target,
    '--method',
    method,
    ...extra,
  ]);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout.slice(0, stdout.lastIndexOf('}') + 1)) as Record<string, unknown>;
}

const names = (items: unknown) => (items as { name: string }[]).map((item) => item.name);

// Each check starts the Inspector (and, over stdio, the server through npx) as new processes.
const PROCESS_TIMEOUT_MS = 180_000;

describe('the MCP Inspector CLI over stdio, from the desktop configuration', () => {
  const stdio = () => ['--config', config, '--server', 'capstone-trading'];

  it('lists the tools, resources and prompts', { timeout: PROCESS_TIMEOUT_MS }, async () => {
    expect(names((await inspect(stdio(), 'tools/list')).tools)).toEqual(
      expect.arrayContaining(['list_portfolios', 'get_portfolio', 'search_instruments']),
    );
    const { resources } = await inspect(stdio(), 'resources/list');
    expect(names(resources)).toEqual(expect.arrayContaining(['tools', 'Growth', 'Dividend']));
    expect(names((await inspect(stdio(), 'prompts/list')).prompts)).toContain(
      'stress_test_portfolio',
    );
  });

  it(
    "calls a tool with the API key from the environment: the demo user's portfolios",
    { timeout: PROCESS_TIMEOUT_MS },
    async () => {
      const result = await inspect(stdio(), 'tools/call', ['--tool-name', 'list_portfolios']);
      const portfolios = (result.structuredContent as { portfolios: { name: string }[] })
        .portfolios;
      expect(names(portfolios).sort()).toEqual(['Dividend', 'Growth']);
    },
  );
});

describe('the MCP Inspector CLI over Streamable HTTP', () => {
  const http = (query = '') => [
    `${platform.urls['mcp-server']}/mcp${query}`,
    '--transport',
    'http',
    '--header',
    `Authorization: Bearer ${demo.accessToken}`,
  ];

  it(
    'lists and calls tools, resources and prompts with the bearer token',
    { timeout: PROCESS_TIMEOUT_MS },
    async () => {
      expect(names((await inspect(http(), 'tools/list')).tools)).toContain('list_portfolios');
      const result = await inspect(http(), 'tools/call', [
        '--tool-name',
        'search_instruments',
        '--tool-arg',
        'query=삼성전자',
      ]);
      expect(JSON.stringify(result.structuredContent)).toContain('005930');
      expect(names((await inspect(http(), 'resources/list')).resources)).toContain('Growth');
      expect(names((await inspect(http(), 'prompts/list')).prompts)).toContain('build_portfolio');
    },
  );

  it(
    'finds no portability problem in any tool schema (--strict)',
    { timeout: PROCESS_TIMEOUT_MS },
    async () => {
      const { code, stderr } = await node22([
        INSPECTOR,
        '--cli',
        ...http('?toolsets=all'),
        '--method',
        'tools/list',
        '--strict',
      ]);
      expect(code, stderr).toBe(0);
      expect(stderr).not.toMatch(/Warning: tool/);
    },
  );
});
