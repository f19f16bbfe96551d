import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A fresh browser profile (cold cache, empty storage) that records Content-Security-Policy
 * violations and page errors, so every test can say there were none.
 */
export async function openContext(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      problems.push(message.text());
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { context, page, problems };
}

export async function logIn(page: Page, webUrl: string, email: string, password: string) {
  await page.goto(`${webUrl}/login`);
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '로그인', exact: true }).click();
  await page.waitForURL('**/dashboard');
}

/** axe-core in the page: the serious and critical violations, by rule and element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<any> } }).axe;
    const results = await axe.run(document);
    return results.violations as {
      id: string;
      impact: string;
      nodes: { target: string[] }[];
    }[];
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
    );
}

/** The width each chart's figure has and the width its canvas was drawn at, rounded to pixels. */
export async function chartWidths(page: Page): Promise<{ figure: number; canvas: number }[]> {
  return page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((figure) => ({
      figure: Math.round(figure.getBoundingClientRect().width),
      canvas: Math.round(figure.querySelector('canvas')?.getBoundingClientRect().width ?? 0),
    })),
  );
}

/** Waits until every chart on the page is drawn across its figure's whole width. */
export async function expectChartsToFillTheirFigures(page: Page) {
  await expect
    .poll(async () =>
      (await chartWidths(page)).filter(({ figure, canvas }) => Math.abs(figure - canvas) > 1),
    )
    .toEqual([]);
}
