import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@capstone/operations';
import { repoRoot } from '@capstone/platform';
import { usePlatform } from '@capstone/test-platform';
import { launchChromium } from '@capstone/web/testing';

/**
 * /api/docs, the interactive reference (Swagger UI from its npm package, served by the gateway),
 * renders every route in Chromium under its Content-Security-Policy, loading nothing from
 * another origin; the screenshot goes to docs/screenshots/api-docs.png.
 */
const SCREENSHOTS = `${repoRoot}docs/screenshots`;
const platform = usePlatform({ services: ['accounts', 'gateway'] });
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);
afterAll(() => browser?.close());

describe('/api/docs', () => {
  it('renders every route from local files, with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const origins = new Set<string>();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(`${platform.urls.gateway}/api/docs`);
    await page.waitForSelector('.opblock', { timeout: 60_000 });
    const operations = await page.locator('.opblock').count();
    expect(operations).toBe(ROUTES.length);
    await expect(page.locator('.info .title').textContent()).resolves.toMatch(
      /capstone-trading REST API/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/api-docs.png`, fullPage: false });
    expect(problems).toEqual([]);
    expect([...origins]).toEqual([new URL(platform.urls.gateway!).origin]);
    await page.close();
  }, 120_000);
});
