import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MCP_SERVICES } from './mcp-platform.js';
import { usePlatform } from '@capstone/test-platform';
import { CONFORMANCE, ensureClientTools, node22 } from './client-tools.js';

/**
 * The official MCP conformance suite against /mcp, for the scenarios each protocol revision
 * requires. Its server scenarios call fixture tools of the suite's own reference server
 * (test_simple_text, test_image_content, …) that a product server does not have; those, and
 * only those, are the committed baseline of expected failures, each with its reason.
 */
const BASELINE = join(import.meta.dirname, 'conformance-baseline.yml');
const platform = usePlatform({
  services: MCP_SERVICES,
  seed: true,
});
let proxy: Server;
let proxyUrl: string;

/**
 * The suite sends no credentials; this proxy adds the demo user's token and passes the rest
 * (Host and Origin included) unchanged, so the DNS-rebinding scenario still reaches the server.
 */
beforeAll(async () => {
  await ensureClientTools();
  const demo = await platform.demo();
  const target = new URL(platform.urls['mcp-server']!);
  proxy = createServer((incoming, outgoing) => {
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, authorization: `Bearer ${demo.accessToken}` },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    outgoing.on('close', () => forwarded.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/mcp`;
}, 900_000);
afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
});

interface Check {
  id: string;
  status: string;
  errorMessage?: string;
}

async function runSuite(revision: string) {
  const output = mkdtempSync(join(tmpdir(), `conformance-${revision}-`));
  const run = await node22(
    [
      CONFORMANCE,
      'server',
      '--url',
      proxyUrl,
      '--requirements',
      revision,
      '--expected-failures',
      BASELINE,
      '--output-dir',
      output,
    ],
    { timeoutMs: 600_000 },
  );
  return { ...run, output };
}

const baselined = () =>
  readFileSync(BASELINE, 'utf8')
    .split('\n')
    .flatMap((line) => /^\s+- ([a-z0-9:-]+)/.exec(line)?.[1] ?? []);

describe('the MCP conformance suite', () => {
  it.each(['2025-11-25', '2026-07-28'])(
    'passes every scenario %s requires, but the baselined fixture-tool ones',
    async (revision) => {
      const { code, stdout, stderr } = await runSuite(revision);
      // Exit 0: every failure is in the baseline, and every baselined scenario still fails.
      expect(code, `${stdout.slice(-4000)}\n${stderr.slice(-2000)}`).toBe(0);
    },
    700_000,
  );

  it('keeps only scenarios that need the suite’s own fixtures in the baseline', () => {
    const text = readFileSync(BASELINE, 'utf8');
    for (const scenario of baselined()) {
      const entry = text.slice(text.indexOf(`- ${scenario}`)).split('\n')[0]!;
      expect(entry, scenario).toMatch(/# needs the suite's fixture/);
    }
  });
});

export type { Check };
