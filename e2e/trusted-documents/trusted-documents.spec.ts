import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@capstone/auth';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';

const TRUSTED = 'query MyPortfolios { portfolios { id name } }';
const HASH = createHash('sha256').update(TRUSTED).digest('hex');

const manifest = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'trusted-documents.json');
writeFileSync(manifest, JSON.stringify({ [HASH]: TRUSTED }));
const platform = usePlatform({
  services: ['accounts', 'portfolio', 'gateway'],
  env: { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_MANIFEST: manifest },
});
let user: SignedInUser;
let apiKey: string;

beforeAll(async () => {
  // Set-up goes in as a platform service would (a forwarded identity may send any operation);
  // the web app would send these mutations by hash from its own manifest.
  user = await platform.signUp('trusted', { via: await platform.internal(ANONYMOUS) });
  const asUser = await platform.internal({ kind: 'user', userId: user.id, role: 'USER' });
  const created = await asUser.ask<{ createApiKey: { secret: string } }>(
    'mutation { createApiKey(name: "partner", scopes: [PORTFOLIO_READ]) { secret } }',
  );
  apiKey = created.data!.createApiKey.secret;
});

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
    const response = await user.ask('{ me { id } }');
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
    const response = await platform.anonymous.ask(
      '{ portfolios { id } }',
      {},
      { headers: { 'x-api-key': apiKey } },
    );
    expect(response.errors).toBeUndefined();
  });
});
