import { readFileSync } from 'node:fs';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@capstone/platform';
import { launchChromium } from '@capstone/web/testing';
import { useDashboardPlatform } from './dashboard-platform.js';

/** The committed manifest: what a production gateway trusts. */
const MANIFEST = JSON.parse(
  readFileSync(`${repoRoot}gateway/trusted-documents.json`, 'utf8'),
) as Record<string, string>;
const hashOf = (operation: string) =>
  Object.entries(MANIFEST).find(([, text]) =>
    new RegExp(`^(fragment .*)?mutation ${operation}\\(`).test(text),
  )![0];

// Production as `npm start` would refuse it otherwise: a secret of its own, and trusted
// documents enforced (the production default, left unset on purpose).
const platform = useDashboardPlatform(async () => ({
  env: {
    NODE_ENV: 'production',
    INTERNAL_JWT_SECRET: 'a-production-secret-for-the-dashboard-e2e-0123456789',
  },
}));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 240_000);
afterAll(() => browser?.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the dashboard against a production gateway', () => {
  it('signs in and shows live portfolios, sending every operation as a trusted document', async () => {
    expect(platform.config.NODE_ENV).toBe('production');
    const context = await browser.newContext();
    const page = await context.newPage();
    const sent: Request[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(platform.graphqlUrl) && request.method() !== 'OPTIONS') {
        sent.push(request);
      }
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(`${platform.webUrl()}/login`);
    await page.getByLabel('이메일').fill('demo@example.com');
    await page.getByLabel('비밀번호').fill('capstone-demo-2026');
    await page.getByRole('button', { name: '로그인', exact: true }).click();
    await page.waitForURL('**/dashboard');
    await expect
      .poll(() => page.getByTestId('portfolio-value').count(), { timeout: 20_000 })
      .toBe(2);
    // Live quotes arrive over graphql-ws, which carries credentials in connectionParams.
    await expect.poll(() => page.getByText('실시간').count(), { timeout: 20_000 }).toBe(2);

    const operations = sent.map((request) => {
      if (request.method() === 'GET') {
        const url = new URL(request.url());
        return {
          name: url.searchParams.get('operationName'),
          query: url.searchParams.get('query'),
          extensions: JSON.parse(url.searchParams.get('extensions') ?? '{}'),
        };
      }
      const body = request.postDataJSON() as {
        operationName?: string;
        query?: string;
        extensions?: unknown;
      };
      return { name: body.operationName, query: body.query ?? null, extensions: body.extensions };
    });
    expect(operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(['LogIn', 'Portfolios', 'MarketIndices']),
    );
    for (const operation of operations) {
      expect(operation.query, operation.name ?? '').toBeNull();
      expect(operation.extensions).toMatchObject({
        persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(MANIFEST).toHaveProperty(
        (operation.extensions as { persistedQuery: { sha256Hash: string } }).persistedQuery
          .sha256Hash,
      );
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses the same session any operation that is not in the manifest', async () => {
    const logIn = await post({
      operationName: 'LogIn',
      variables: { email: 'demo@example.com', password: 'capstone-demo-2026' },
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('LogIn') } },
    });
    const token = ((await logIn.json()) as { data: { logIn: { accessToken: string } } }).data.logIn
      .accessToken;
    const plain = await post(
      { query: '{ portfolios { id name cash } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(plain.status).toBe(403);
    expect(((await plain.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });
});
