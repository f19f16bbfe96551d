import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@capstone/platform';
import { usePlatform } from '@capstone/test-platform';

const platform = usePlatform(async () => {
  // The dashboard as it ships, a Vite production build, in a folder of its own so that a
  // concurrent `npm run build` cannot pull it away.
  const assets = mkdtempSync(join(tmpdir(), 'dashboard-'));
  await build({
    configFile: `${repoRoot}web/vite.config.ts`,
    root: `${repoRoot}web/app`,
    build: { outDir: assets, emptyOutDir: true },
    logLevel: 'silent',
  });
  const webPort = await getPort();
  return {
    services: ['accounts', 'portfolio', 'market-data', 'gateway', 'web'],
    seed: true,
    env: {
      WEB_PORT: String(webPort),
      WEB_ASSETS_DIR: assets,
      CORS_ORIGINS: `http://127.0.0.1:${webPort}`,
    },
  };
});
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('the dashboard in a real browser', () => {
  it('signs the demo user in and shows both portfolios with their holdings', async () => {
    const page = await browser.newPage();
    await page.goto(`${platform.urls.web}/`);
    await page.getByLabel('이메일').fill('demo@example.com');
    await page.getByLabel('비밀번호').fill('capstone-demo-2026');
    await page.getByRole('button', { name: '로그인' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents(), { timeout: 20_000 })
      .toEqual(['Dividend', 'Growth']);
    await expect
      .poll(() => page.getByText('삼성전자 (005930)').count(), { timeout: 20_000 })
      .toBe(1);
  });

  it('says why a wrong password is refused', async () => {
    const page = await browser.newPage();
    await page.goto(`${platform.urls.web}/`);
    await page.getByLabel('비밀번호').fill('not the password');
    await page.getByRole('button', { name: '로그인' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toBe('The e-mail address or the password is wrong');
  });
});
