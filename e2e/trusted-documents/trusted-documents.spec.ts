import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@capstone/auth';
import {
  graphql,
  internalHeaders,
  signUp,
  startPlatform,
  type SignedInUser,
  type TestPlatform,
} from '@capstone/test-platform';

const TRUSTED = 'query MyPortfolios { portfolios { id name } }';
const HASH = createHash('sha256').update(TRUSTED).digest('hex');

let platform: TestPlatform;
let user: SignedInUser;
let apiKey: string;

beforeAll(async () => {
  const manifest = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'trusted-documents.json');
  writeFileSync(manifest, JSON.stringify({ [HASH]: TRUSTED }));
  platform = await startPlatform({
    services: ['accounts', 'portfolio', 'gateway'],
    env: { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_MANIFEST: manifest },
  });
  // Set-up goes in as a platform service would (a forwarded identity may send any operation);
  // the web app would send these mutations by hash from its own manifest.
  user = await signUp(
    platform.graphqlUrl,
    'trusted',
    await internalHeaders(platform.config, ANONYMOUS),
  );
  const created = await graphql<{ createApiKey: { secret: string } }>(
    platform.graphqlUrl,
    'mutation { createApiKey(name: "partner", scopes: [PORTFOLIO_READ]) { secret } }',
    {},
    await internalHeaders(platform.config, { kind: 'user', userId: user.id, role: 'USER' }),
  );
  apiKey = created.data!.createApiKey.secret;
});
afterAll(() => platform?.stop());

const byHash = (headers: Record<string, string>) =>
  fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }),
  });

describe('trusted documents', () => {
  it('run by hash for a signed-in session', async () => {
    const response = await byHash(user.headers);
    expect(await response.json()).toEqual({ data: { portfolios: [] } });
  });

  it('refuse other operations from a session', async () => {
    const response = await graphql(platform.graphqlUrl, '{ me { id } }', {}, user.headers);
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('refuse an unknown hash', async () => {
    const response = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...user.headers },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
      }),
    });
    expect((await response.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('let a partner with an API key send any operation', async () => {
    const response = await graphql(
      platform.graphqlUrl,
      '{ portfolios { id } }',
      {},
      { 'x-api-key': apiKey },
    );
    expect(response.errors).toBeUndefined();
  });
});
