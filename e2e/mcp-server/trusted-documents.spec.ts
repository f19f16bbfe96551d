import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { DEMO_USER_EMAIL } from '@capstone/accounts';
import { operationNamed } from '@capstone/operations';
import { MCP_SERVICES, connectAgent } from './mcp-platform.js';
import { usePlatform } from '@capstone/test-platform';

/**
 * With trusted documents enforced (the production default), a signed-in session may send only
 * the manifest's operations, by hash. The MCP server forwards the user's own token, so it too
 * sends catalogue operations by hash, and its tools keep working.
 */
const platform = usePlatform({
  services: MCP_SERVICES,
  seed: true,
  env: { TRUSTED_DOCUMENTS: 'enforce' },
});

describe('the MCP server where trusted documents are enforced', () => {
  it("runs a signed-in user's tools by hash, while the same user cannot send other text", async () => {
    const send = async (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      (await (
        await fetch(platform.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        })
      ).json()) as { data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] };
    // The dashboard's own log-in, by its hash in the manifest.
    const logIn = operationNamed('LogIn');
    const session = await send({
      variables: { email: DEMO_USER_EMAIL, password: platform.config.DEMO_USER_PASSWORD },
      extensions: { persistedQuery: { version: 1, sha256Hash: logIn.hash } },
    });
    const token = (session.data!.logIn as { accessToken: string }).accessToken;
    const demo = { headers: { authorization: `Bearer ${token}` } };
    const refused = await send({ query: '{ portfolios { id } }' }, demo.headers);
    expect(refused.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_ONLY');

    const client = await connectAgent(platform.urls['mcp-server']!, demo.headers);
    const result = (await client.callTool({
      name: 'list_portfolios',
      arguments: {},
    })) as CallToolResult;
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    expect((result.structuredContent as { portfolios: unknown[] }).portfolios).toHaveLength(2);
    await client.close();
  });
});
