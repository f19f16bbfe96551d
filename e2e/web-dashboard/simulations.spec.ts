import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@capstone/platform';
import { launchChromium } from '@capstone/web/testing';
import {
  expectChartsToFillTheirFigures,
  logIn,
  openContext,
  seriousViolations,
} from './browser-helpers.js';
import { useDashboardPlatform } from './dashboard-platform.js';

const SCREENSHOTS = `${repoRoot}docs/screenshots`;

/**
 * The simulation pages against the real stack: the scenario service and its worker process
 * run the simulations, the MCP server answers the chat panel. Two years of simulator bars give
 * the Monte Carlo run its year of history.
 */
const platform = useDashboardPlatform(async () => ({
  extraServices: ['scenario', 'simulation-worker', 'mcp-server'],
  env: { ETL_HISTORY_YEARS: '2', SIMULATION_WORKER_MODE: 'process' },
}));
let browser: Browser;
let page: Page;
let problems: string[];
let closeContext: () => Promise<void>;
/** The Monte Carlo run that finished, for the report and the page tour. */
let finishedRunPath = '';

beforeAll(async () => {
  browser = await launchChromium();
  const session = await openContext(browser);
  page = session.page;
  problems = session.problems;
  closeContext = () => session.context.close();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await logIn(page, platform.webUrl(), 'demo@example.com', 'capstone-demo-2026');
}, 240_000);
afterAll(async () => {
  await closeContext?.();
  await browser?.close();
});

async function startMonteCarlo(paths: string, horizon: string) {
  // Through the menu, as a person would: a fresh page, whatever the last test left.
  await page.goto(`${platform.webUrl()}/dashboard`);
  await page.getByRole('link', { name: '시뮬레이션', exact: true }).click();
  await page.waitForURL('**/simulations');
  await page.locator('#run-portfolio option', { hasText: 'Growth' }).waitFor({ state: 'attached' });
  await page.locator('#run-portfolio').selectOption({ label: 'Growth' });
  await page.getByLabel('기간 (거래일)').fill(horizon);
  await page.getByLabel('경로 수').fill(paths);
  await page.getByLabel('신뢰수준 (%)').fill('99');
  await page.getByRole('button', { name: '실행', exact: true }).click();
  // Either the run page opens, or the form says why not (which the test then shows).
  await Promise.race([
    page.waitForURL('**/runs/*'),
    page
      .locator('[role="alert"], [aria-invalid="true"]')
      .first()
      .waitFor()
      .then(async () => {
        throw new Error(`The run was refused: ${await page.textContent('main')}`);
      }),
  ]);
}

describe('simulations in the dashboard, in Korean', () => {
  it('refuses a bad Monte Carlo form field by field and sends nothing', async () => {
    await page.goto(`${platform.webUrl()}/simulations`);
    await page.getByLabel('경로 수').fill('50');
    await page.getByRole('button', { name: '실행', exact: true }).click();
    await expect.poll(() => page.getByLabel('경로 수').getAttribute('aria-invalid')).toBe('true');
    expect(await page.textContent('body')).toContain('100~200,000 사이의 정수를 입력하세요');
    expect(page.url()).toMatch(/\/simulations$/);
  });

  it('runs a Monte Carlo simulation and watches the progress bar finish, then draws its results', async () => {
    await startMonteCarlo('2000', '60');
    // The bar follows simulationProgress until the run succeeds, and stays full.
    const bar = page.getByTestId('run-progress');
    await expect.poll(() => bar.getAttribute('data-status'), { timeout: 90_000 }).toBe('SUCCEEDED');
    expect(await bar.evaluate((element) => (element as HTMLProgressElement).value)).toBe(1);
    await page.getByTestId('mc-var').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('mc-var').textContent()).toMatch(/%/);
    // The charts follow the figures: their code is a chunk of its own.
    await expect.poll(() => page.locator('canvas').count()).toBeGreaterThanOrEqual(3);
    // Every chart fills its column once drawn, the two histograms' half-width columns included.
    await expectChartsToFillTheirFigures(page);
    finishedRunPath = new URL(page.url()).pathname;
    // A notification said so, in Korean.
    expect(await page.textContent('body')).toContain('몬테카를로 실행이 끝났습니다');
  }, 120_000);

  it('cancels another run while it is queued or running', async () => {
    // 70,000 paths × 100 days × 7 holdings: just under the service's 50 million cells.
    await startMonteCarlo('70000', '100');
    await page.getByRole('button', { name: '실행 취소' }).click();
    await expect
      .poll(() => page.getByTestId('run-progress').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('CANCELLED');
    await page.goto(`${platform.webUrl()}/simulations`);
    const history = page.getByTestId('run-history');
    await history.waitFor();
    expect(await history.textContent()).toContain('취소됨');
    expect(await history.textContent()).toContain('완료');
  }, 60_000);

  it('opens the run’s report, prints it without the app’s chrome, and gives a PDF', async () => {
    await page.goto(`${platform.webUrl()}${finishedRunPath}`);
    await page.getByRole('link', { name: '보고서 보기' }).click();
    await page.waitForURL('**/report');
    await page.getByTestId('report-seed').waitFor();
    expect(await page.getByTestId('report-date').textContent()).toContain('서울 시각');
    expect(await page.textContent('body')).toContain('paths');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: '인쇄 / PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '인쇄 / PDF' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV 내보내기' }).click();
    expect((await download).suggestedFilename()).toMatch(/^run-monte_carlo-.+\.csv$/);
  }, 60_000);

  it('backtests the portfolio against the KOSPI, with the costs it paid', async () => {
    await page.goto(`${platform.webUrl()}/dashboard`);
    await page.getByRole('link', { name: '시뮬레이션', exact: true }).click();
    await page
      .locator('#run-portfolio option', { hasText: 'Growth' })
      .waitFor({ state: 'attached' });
    await page.locator('#run-portfolio').selectOption({ label: 'Growth' });
    await page.getByLabel('백테스트').check();
    await page.getByRole('button', { name: '실행', exact: true }).click();
    await page
      .getByTestId('backtest-costs')
      .waitFor({ timeout: 90_000 })
      .catch(async () => {
        throw new Error(`No backtest result: ${await page.textContent('main')}`);
      });
    expect(await page.getByTestId('backtest-costs').textContent()).toMatch(/원/);
    expect(await page.textContent('main')).toContain('자산 곡선과 기준 지수');
  }, 120_000);

  it('optimises for the best Sharpe and offers the weights as a new portfolio', async () => {
    await page.goto(`${platform.webUrl()}/dashboard`);
    await page.getByRole('link', { name: '시뮬레이션', exact: true }).click();
    await page
      .locator('#run-portfolio option', { hasText: 'Growth' })
      .waitFor({ state: 'attached' });
    await page.locator('#run-portfolio').selectOption({ label: 'Growth' });
    await page.getByLabel('최적화').check();
    await page.getByRole('button', { name: '실행', exact: true }).click();
    await page.getByTestId('suggested-weight').first().waitFor({ timeout: 90_000 });
    await page.getByLabel('포트폴리오 이름').fill('최적 비중');
    // Enough cash that even a 1 % weight buys one share of a 1,000,000-won stock.
    await page.getByLabel('초기 현금 (원)').fill('100,000,000');
    await page.getByRole('button', { name: '새 포트폴리오로 저장' }).click();
    await page.waitForURL('**/portfolios/*').catch(async () => {
      throw new Error(`Not saved: ${await page.textContent('main')}`);
    });
    await page.getByRole('heading', { name: '최적 비중' }).waitFor();
  }, 120_000);

  it('runs a stress test from the chat panel in Korean and draws its bars', async () => {
    await page.goto(`${platform.webUrl()}/dashboard`);
    await page.getByRole('button', { name: 'AI 도우미' }).click();
    await page.getByLabel('메시지').fill('Growth 포트폴리오에 2008년 금융위기 시나리오 적용해줘');
    await page.getByRole('button', { name: '보내기' }).click();
    const card = page.getByTestId('chat-result');
    await card.waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('chat-tools').textContent()).toContain('run_stress_test');
    expect(await page.getByTestId('chat-tools').textContent()).toContain('gfc-2008');
    expect(await card.getByTestId('stress-total').textContent()).toMatch(/[▼▲]/);
    await card.locator('canvas').waitFor();
  }, 120_000);

  it('switches the scenario editor to English, labels included', async () => {
    await page.goto(`${platform.webUrl()}/scenarios`);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByLabel('Scenario', { exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Target').first().selectOption('SECTOR');
    await page.getByRole('button', { name: 'Run the stress test' }).click();
    expect(await page.textContent('body')).toContain('Choose a sector');
    await page.getByRole('button', { name: /한국어/ }).click();
  });
});

describe('the simulation pages, in Korean and in English', () => {
  const pages = [
    { name: 'scenarios', path: () => '/scenarios' },
    { name: 'simulations', path: () => '/simulations' },
    { name: 'run', path: () => finishedRunPath },
    { name: 'report', path: () => `${finishedRunPath}/report` },
  ];
  it.each(pages)(
    '$name: no serious accessibility violations, screenshots saved',
    async ({ name, path }) => {
      for (const locale of ['ko', 'en'] as const) {
        await page.evaluate((value) => localStorage.setItem('capstone.locale', value), locale);
        await page.goto(`${platform.webUrl()}${path()}`);
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(500);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(await seriousViolations(page), `${name} (${locale})`).toEqual([]);
        await expectChartsToFillTheirFigures(page);
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${locale}.png`, fullPage: true });
      }
      await page.evaluate(() => localStorage.setItem('capstone.locale', 'ko'));
      expect(problems).toEqual([]);
    },
    90_000,
  );
});

describe('runs started elsewhere', () => {
  // Last in the file: it stops the simulation worker, so the run it starts stays queued.
  it('follows a run an agent queued before the app opened, and announces how it ended', async () => {
    await platform.stopService('simulation-worker');
    const demo = await platform.demo();
    const portfolios = await demo.ask<{ portfolios: { id: string; name: string }[] }>(
      '{ portfolios { id name } }',
    );
    const growth = portfolios.data!.portfolios.find((portfolio) => portfolio.name === 'Growth')!;
    const started = await demo.ask<{ runMonteCarlo: { id: string } }>(
      'mutation($input: MonteCarloInput!) { runMonteCarlo(input: $input) { id } }',
      { input: { portfolioId: growth.id, paths: 1_000, horizonDays: 20, confidences: [0.95] } },
    );
    expect(started.errors).toBeUndefined();
    // Nothing in this tab knows of the run: the app finds it among the unfinished ones.
    const lookedForQueuedRuns = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('"status":"QUEUED"'),
    );
    await page.goto(`${platform.webUrl()}/dashboard`);
    await lookedForQueuedRuns;
    // Its end, here a cancel from elsewhere, is announced on whatever page is open.
    await expect
      .poll(async () => {
        await demo.ask('mutation($id: ID!) { cancelSimulation(runId: $id) { status } }', {
          id: started.data!.runMonteCarlo.id,
        });
        return page.getByRole('status').allTextContents();
      })
      .toContainEqual(expect.stringContaining('몬테카를로 실행을 취소했습니다'));
  }, 60_000);
});
