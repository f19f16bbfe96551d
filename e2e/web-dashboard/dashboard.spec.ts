import { mkdirSync } from 'node:fs';
import { TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@capstone/platform';
import type { SignedInUser } from '@capstone/test-platform';
import { launchChromium } from '@capstone/web/testing';
import {
  expectChartsToFillTheirFigures,
  logIn as logInAs,
  openContext as openBrowserContext,
  seriousViolations,
} from './browser-helpers.js';
import { DEMO_SYMBOLS, useDashboardPlatform } from './dashboard-platform.js';

const SCREENSHOTS = `${repoRoot}docs/screenshots`;

/** With a real OpenID Connect provider, so that "log in with …" runs its whole round trip. */
const platform = useDashboardPlatform(async () => ({
  oidcCallback: true,
  // The dashboard lists the latest simulation runs, which the scenario service keeps.
  extraServices: ['scenario'],
  env: {
    // Enough daily bars for the quick models (three years and their features' lookback), so the
    // portfolio page shows forecasts trained on what the ETL collected.
    ETL_HISTORY_YEARS: '4',
    AI_MODEL_POLL_MS: '500',
  },
}));
let browser: Browser;
let admin: SignedInUser;
/** The investor this file signs up through the dashboard. */
const investor = {
  email: `investor-${process.pid}-${Date.now()}@example.com`,
  password: 'correct horse battery staple',
  name: '김투자',
};
/** The demo user's Growth portfolio, for the page tour. */
let demoPortfolioPath = '';

beforeAll(async () => {
  browser = await launchChromium();
  admin = await platform.admin('dashboard-admin');
  const demo = await (
    await platform.demo()
  ).ask<{ portfolios: { id: string; name: string }[] }>('{ portfolios { id name } }');
  demoPortfolioPath = `/portfolios/${demo.data!.portfolios.find((p) => p.name === 'Growth')!.id}`;
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);
afterAll(() => browser?.close());

const openContext = () => openBrowserContext(browser);
const logIn = (page: Page, email: string, password: string) =>
  logInAs(page, platform.webUrl(), email, password);

const dashboardValues = (page: Page) => page.getByTestId('portfolio-value').allTextContents();

describe('an investor in the dashboard, in Korean', () => {
  let session: Awaited<ReturnType<typeof openContext>>;
  beforeAll(async () => {
    session = await openContext();
  });
  afterAll(() => session?.context.close());

  it('signs up, confirms the address from the mail, logs in and is offered a first portfolio', async () => {
    const { page } = session;
    await page.goto(`${platform.webUrl()}/`);
    await page.getByRole('link', { name: '무료로 시작하기' }).click();
    await page.getByLabel('이메일').fill(investor.email);
    await page.getByLabel('비밀번호').fill('short');
    await page.getByLabel('표시 이름 (선택)').fill(investor.name);
    await page.getByRole('button', { name: '회원가입' }).click();
    await expect.poll(() => page.getByText('비밀번호는 10자 이상이어야 합니다').count()).toBe(1);
    expect(await page.getByLabel('비밀번호').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('비밀번호').fill(investor.password);
    await page.getByRole('button', { name: '회원가입' }).click();
    await expect.poll(() => page.getByText('링크를 보냈습니다', { exact: false }).count()).toBe(1);
    const mail = await platform.mail.nextMail(investor.email, { subject: /Confirm your e-mail/ });
    await page.goto(mail.links.find((link) => link.includes('/verify-email?token='))!);
    await expect
      .poll(() => page.getByText('이메일 주소를 확인했습니다', { exact: false }).count())
      .toBe(1);
    await logIn(page, investor.email, investor.password);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`${investor.name}님, 안녕하세요`);
    await expect.poll(() => page.getByText('아직 포트폴리오가 없습니다').count()).toBe(1);
    expect(await page.getByRole('link', { name: '첫 포트폴리오 만들기' }).count()).toBe(1);
  });

  it('creates a portfolio from the form, one stock by weight and one by quantity', async () => {
    const { page } = session;
    await page.getByRole('link', { name: '첫 포트폴리오 만들기' }).click();
    await page.waitForURL('**/portfolios/new');
    await page.getByRole('button', { name: '만들기' }).click();
    await expect.poll(() => page.getByText('이름은 1~100자입니다').count()).toBe(1);

    await page.getByLabel('포트폴리오 이름').fill('성장주');
    await page.getByLabel('초기 현금 (원)').fill('10,000,000');
    await page.locator('#holding-0-symbol').fill('005930');
    await page.locator('#holding-0-value').fill('50');
    await page.getByRole('button', { name: '종목 추가' }).click();
    await page.locator('#holding-1-symbol').fill('000660');
    await page.locator('#holding-1-by').selectOption('quantity');
    await page.locator('#holding-1-value').fill('5');
    await page.getByRole('button', { name: '만들기' }).click();

    await page.waitForURL(/\/portfolios\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('성장주');
    const holdings = page.getByRole('table', { name: '보유 종목' }).getByRole('rowheader');
    await expect
      .poll(async () => (await holdings.allTextContents()).map((text) => text.trim()).sort())
      .toEqual(['SK하이닉스000660', '삼성전자005930']);
  });

  it('refuses a sale beyond the position and says why in Korean, then records a buy', async () => {
    const { page } = session;
    const form = page.getByRole('form', { name: '거래 기록' });
    await form.getByLabel('거래 구분').selectOption('SELL');
    await form.getByLabel('종목 코드').fill('005930');
    await form.getByLabel('수량 (주)').fill('100000');
    await form.getByLabel('가격 (원)').fill('1000');
    await form.getByRole('button', { name: '기록하기' }).click();
    await expect
      .poll(() => form.getByRole('alert').first().textContent())
      .toContain('팔 수 없습니다');

    await form.getByLabel('거래 구분').selectOption('DEPOSIT');
    await form.getByLabel('금액 (원)').fill('-5');
    await form.getByRole('button', { name: '기록하기' }).click();
    await expect.poll(() => form.getByText('0보다 큰 숫자를 입력하세요').count()).toBe(1);
    await form.getByLabel('금액 (원)').fill('1,000,000');
    await form.getByRole('button', { name: '기록하기' }).click();
    await expect.poll(() => page.getByText('입금 거래를 기록했습니다').count()).toBe(1);
  });

  it('names the bad line of a CSV and imports nothing until every line is good', async () => {
    const { page } = session;
    const form = page.getByRole('form', { name: 'CSV로 보유 종목 가져오기' });
    const holdings = page.getByRole('table', { name: '보유 종목' }).getByRole('rowheader');
    await form
      .getByLabel('CSV 내용')
      .fill('symbol,quantity,average cost\n035720,10,50000\n12345,5,1000\n033780,3,90000\n');
    await form.getByRole('button', { name: '가져오기' }).click();
    const problems = form.getByTestId('csv-problems');
    await expect.poll(() => problems.textContent()).toContain('3행');
    expect(await problems.textContent()).toContain('‘12345’은(는) 종목 코드가 아닙니다');
    expect(await problems.getByRole('listitem').count()).toBe(1);
    expect(await holdings.count()).toBe(2);

    await form
      .getByLabel('CSV 내용')
      .fill('symbol,quantity,average cost\n035720,10,50000\n033780,3,90000\n');
    await form.getByRole('button', { name: '가져오기' }).click();
    await expect.poll(() => page.getByText('2개 종목을 가져왔습니다').count()).toBe(1);
    await expect.poll(() => holdings.count()).toBe(4);
  });

  it('watches live ticks move the portfolio’s value on the dashboard', async () => {
    const { page } = session;
    await page.getByRole('navigation').getByRole('link', { name: '대시보드' }).click();
    await page.waitForURL('**/dashboard');
    await expect.poll(() => page.getByText('실시간').count(), { timeout: 20_000 }).toBe(1);
    const [first] = await dashboardValues(page);
    expect(first).toMatch(/만 .*원$/);
    await expect
      .poll(async () => (await dashboardValues(page))[0], { timeout: 30_000, interval: 250 })
      .not.toBe(first);
  }, 60_000);

  it('switches to English in one click, numbers and dates included', async () => {
    const { page, problems } = session;
    await page.getByRole('button', { name: /English/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Hello, ${investor.name}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await dashboardValues(page))[0]).toMatch(/^₩[\d,]+$/);
    expect(await page.getByRole('heading', { name: 'Market' }).count()).toBe(1);
    await page.getByRole('button', { name: /한국어/ }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ko');
    expect(problems).toEqual([]);
  });

  it('creates an API key, shows its secret once, and revokes it', async () => {
    const { page } = session;
    await page.goto(`${platform.webUrl()}/settings`);
    await page.getByLabel('키 이름').fill('내 봇');
    await page.getByRole('button', { name: '키 만들기' }).click();
    await expect.poll(() => page.getByTestId('api-key-secret').textContent()).toMatch(/^ck_/);
    const row = page.getByRole('row', { name: /내 봇/ });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: /폐기/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '폐기' }).click();
    await expect.poll(() => row.getByText('폐기됨').count()).toBe(1);
  });

  it('turns on two-factor log-in with a QR code, then asks for a code at the next log-in', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '2단계 인증 켜기' }).click();
    const qr = page.getByRole('img', { name: '인증 앱에 등록할 QR 코드' });
    await expect.poll(() => qr.locator('svg').count()).toBe(1);
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    const totp = new TOTP({ secret, issuer: 'capstone-trading', label: investor.email });
    await page.locator('#totp-code').fill(totp.generate());
    await page.getByRole('button', { name: '켜기', exact: true }).click();
    const codes = page.locator('.codes li');
    await expect.poll(() => codes.count()).toBe(10);
    const recoveryCode = (await codes.first().textContent())!.trim();

    await page.getByRole('button', { name: '로그아웃', exact: true }).click();
    await page.waitForURL(`${platform.webUrl()}/`);
    await page.goto(`${platform.webUrl()}/login`);
    await page.getByLabel('이메일').fill(investor.email);
    await page.getByLabel('비밀번호').fill(investor.password);
    await page.getByRole('button', { name: '로그인', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('2단계 인증');
    await page.getByRole('button', { name: '복구 코드 사용' }).click();
    await page.getByLabel('복구 코드').fill(recoveryCode);
    await page.getByRole('button', { name: '확인' }).click();
    await page.waitForURL('**/dashboard');
  });
  it('opens the chat slide-over from any page, and closes it with Escape', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'AI 도우미' }).click();
    const chat = page.getByRole('dialog', { name: 'AI 도우미' });
    await expect.poll(() => chat.isVisible()).toBe(true);
    expect(
      await chat.getByLabel('메시지').evaluate((input) => input === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => chat.isVisible()).toBe(false);
  });

  it('renames the portfolio, then deletes it after asking', async () => {
    const { page } = session;
    await page.getByRole('link', { name: '성장주' }).click();
    await page.getByRole('button', { name: '이름 바꾸기' }).click();
    await page.getByLabel('새 이름').fill('장기 성장주');
    await page.getByRole('button', { name: '저장' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('장기 성장주');

    await page.getByRole('button', { name: '삭제' }).click();
    const dialog = page.getByRole('dialog', { name: '포트폴리오 삭제' });
    await dialog.getByRole('button', { name: '삭제' }).click();
    await page.waitForURL('**/dashboard');
    await expect.poll(() => page.getByText('아직 포트폴리오가 없습니다').count()).toBe(1);
  });
});

describe('log-in', () => {
  it('says in Korean why a wrong password is refused', async () => {
    const { context, page } = await openContext();
    await page.goto(`${platform.webUrl()}/login`);
    await page.getByLabel('이메일').fill('demo@example.com');
    await page.getByLabel('비밀번호').fill('not the password');
    await page.getByRole('button', { name: '로그인', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('이메일 또는 비밀번호가 올바르지 않습니다');
    await context.close();
  });

  it('signs in with an external provider through the callback page', async () => {
    const { context, page, problems } = await openContext();
    platform.oidc!.signInAs('subject-dashboard', {
      email: `external-${Date.now()}@example.com`,
      emailVerified: true,
      name: '외부 사용자',
    });
    await page.goto(`${platform.webUrl()}/login`);
    await page.getByRole('button', { name: '127.0.0.1(으)로 로그인' }).click();
    await page.waitForURL('**/dashboard', { timeout: 20_000 });
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('외부 사용자님, 안녕하세요');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the session across a reload (the refresh token is in sessionStorage)', async () => {
    const { context, page } = await openContext();
    await logIn(page, 'demo@example.com', 'capstone-demo-2026');
    // Counted from here: the dashboard the log-in opened has asked for its portfolios already.
    await expect
      .poll(async () => (await dashboardValues(page)).length, { timeout: 15_000 })
      .toBe(2);
    // The entry point asks for the portfolios as soon as the session is back, before the app
    // has loaded; the dashboard takes that answer instead of asking a second time.
    const asked: string[] = [];
    page.on('request', (request) => {
      const operation = request.method() === 'POST' && request.postDataJSON()?.operationName;
      if (operation) asked.push(operation);
    });
    await page.reload();
    await expect
      .poll(async () => (await dashboardValues(page)).length, { timeout: 15_000 })
      .toBe(2);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    expect(asked.filter((operation) => operation === 'RefreshSession')).toHaveLength(1);
    expect(asked.filter((operation) => operation === 'Portfolios')).toHaveLength(1);
    await context.close();
  });
});

describe('sessions in settings', () => {
  it('lists two signed-in browsers, ends the other by keyboard, then signs out everywhere', async () => {
    const user = await platform.signUp('sessions');
    // Only the browsers' sessions: end the one signing up opened.
    await user.ask('mutation ($token: String!) { logOut(refreshToken: $token) }', {
      token: user.refreshToken,
    });
    const here = await openContext();
    const there = await openContext();
    try {
      await logIn(there.page, user.email, user.password);
      await logIn(here.page, user.email, user.password);
      const { page, problems } = here;
      await page.goto(`${platform.webUrl()}/settings`);
      const rows = page.getByTestId('sessions').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
      const current = page.getByTestId('sessions').locator('tbody tr[aria-current="true"]');
      await expect.poll(() => current.getByText('이 기기').count()).toBe(1);

      const revoke = page.getByRole('button', { name: /^세션 끝내기/ });
      await expect.poll(() => revoke.count()).toBe(1);
      await revoke.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: '세션 끝내기' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(1);
      // The other browser's session is over: on its next load it is sent to log in.
      await there.page.reload();
      await there.page.waitForURL('**/login**', { timeout: 15_000 });

      await page.getByRole('button', { name: '모든 기기에서 로그아웃' }).click();
      await page
        .getByRole('dialog', { name: '모든 기기에서 로그아웃' })
        .getByRole('button', { name: '모든 기기에서 로그아웃' })
        .click();
      await page.waitForURL('**/login');
      // Going back to settings asks for a log-in again: nothing of the session is left.
      await page.goto(`${platform.webUrl()}/settings`);
      await page.waitForURL('**/login**');
      expect(problems).toEqual([]);
    } finally {
      await here.context.close();
      await there.context.close();
    }
  });
});

describe('users and API keys on the admin page', () => {
  it('finds a user, sees their keys with the owner, and revokes one after asking', async () => {
    const user = await platform.signUp('admin-page-user');
    const key = await user.createApiKey(['MARKET_READ'], '유출된 봇');
    const { context, page, problems } = await openContext();
    try {
      await logIn(page, admin.email, admin.password);
      await page.goto(`${platform.webUrl()}/admin`);
      const users = page.getByRole('region', { name: '사용자', exact: true });
      await users.getByRole('searchbox', { name: '이메일 또는 이름으로 찾기' }).fill(user.email);
      await users.getByRole('button', { name: '찾기' }).click();
      const userRow = users.getByRole('row', { name: new RegExp(user.email) });
      await expect.poll(() => userRow.count()).toBe(1);
      // Confirmed, signed in, one active key.
      await expect.poll(() => userRow.getByText('확인됨').count()).toBe(1);
      await expect.poll(() => userRow.locator('td.num').textContent()).toBe('1');

      const keys = page.getByRole('region', { name: '모든 사용자의 API 키' });
      await keys
        .getByRole('searchbox', { name: '소유자 이메일, 키 이름 또는 접두어로 찾기' })
        .fill(key.prefix);
      await keys.getByRole('button', { name: '찾기' }).click();
      const keyRow = keys.getByRole('row', { name: /유출된 봇/ });
      await expect.poll(() => keyRow.count()).toBe(1);
      await expect.poll(() => keyRow.getByText(user.email).count()).toBe(1);
      expect(await page.content()).not.toContain(key.secret.slice(key.prefix.length + 1));

      await keyRow.getByRole('button', { name: /폐기/ }).click();
      const dialog = page.getByRole('dialog', { name: '폐기' });
      await expect.poll(() => dialog.textContent()).toContain(user.email);
      await dialog.getByRole('button', { name: '폐기' }).click();
      await expect.poll(() => keyRow.getByText('폐기됨').count()).toBe(1);
      // The users table follows: no active key left.
      await expect.poll(() => userRow.locator('td.num').textContent()).toBe('0');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * Trains the quick models (as an administrator would, from the admin API) on the bars the ETL
 * collected from the simulator, and waits until the demo stocks have forecasts. A test of its
 * own, first in its group: the page tour after it shows the forecasts.
 */
async function trainForecasts() {
  const watcher = await platform.internal({
    kind: 'user',
    userId: platform.seed!.demoUserId,
    role: 'USER',
  });
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 4 * 365 * 86_400_000).toISOString().slice(0, 10);
  const fewestBars = async () => {
    const answer = await watcher.ask<{ instruments: { priceHistory: unknown[] }[] }>(
      'query ($symbols: [String!]!, $from: Date!, $to: Date!) { instruments(symbols: $symbols) { priceHistory(from: $from, to: $to) { date } } }',
      { symbols: DEMO_SYMBOLS, from, to },
    );
    const counts = (answer.data?.instruments ?? []).map((i) => i.priceHistory.length);
    return counts.length === DEMO_SYMBOLS.length ? Math.min(...counts) : 0;
  };
  await expect.poll(fewestBars, { timeout: 120_000, interval: 1_000 }).toBeGreaterThan(900);
  const started = await admin.ask<{ retrainModels: { id: string } }>(
    'mutation { retrainModels(plan: QUICK) { id } }',
  );
  expect(started.errors).toBeUndefined();
  const run = async () =>
    (
      await admin.ask<{ trainingRuns: { id: string; status: string; message: string | null }[] }>(
        '{ trainingRuns(limit: 5) { id status message } }',
      )
    ).data?.trainingRuns.find((candidate) => candidate.id === started.data!.retrainModels.id);
  await expect
    .poll(async () => (await run())?.status, { timeout: 180_000, interval: 1_000 })
    .toMatch(/SUCCEEDED|FAILED/);
  expect(await run()).toMatchObject({ status: 'SUCCEEDED' });
  await expect
    .poll(
      async () =>
        (
          await watcher.ask<{ instrument: { forecast: { asOf: string } | null } }>(
            'query ($symbol: String!) { instrument(symbol: $symbol) { forecast { asOf } } }',
            { symbol: DEMO_SYMBOLS[0] },
          )
        ).data?.instrument.forecast?.asOf ?? null,
      { timeout: 30_000 },
    )
    .not.toBeNull();
}

describe('every main page, in Korean and in English', () => {
  it('trains the quick models on the bars the ETL collected', trainForecasts, 360_000);

  it('shows each holding’s forecast, trained on the collected bars, with its reason', async () => {
    const { context, page, problems } = await openContext();
    await logIn(page, 'demo@example.com', 'capstone-demo-2026');
    await page.goto(`${platform.webUrl()}${demoPortfolioPath}`);
    const rows = page.locator('tbody tr', { has: page.getByTestId('holding-price') });
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const badges = page.getByTestId('forecast-badge');
    await expect.poll(() => badges.count(), { timeout: 15_000 }).toBe(await rows.count());
    const first = await badges.first().textContent();
    expect(first).toMatch(/변동성|상승/);
    expect(await badges.first().getAttribute('title')).toContain('예측');
    expect(problems).toEqual([]);
    await context.close();
  });

  const pages: { name: string; path: () => string; as?: 'demo' | 'admin' }[] = [
    { name: 'landing', path: () => '/' },
    { name: 'login', path: () => '/login' },
    { name: 'signup', path: () => '/signup' },
    { name: 'dashboard', path: () => '/dashboard', as: 'demo' },
    { name: 'portfolio', path: () => demoPortfolioPath, as: 'demo' },
    { name: 'new-portfolio', path: () => '/portfolios/new', as: 'demo' },
    { name: 'settings', path: () => '/settings', as: 'demo' },
    { name: 'admin', path: () => '/admin', as: 'admin' },
  ];

  it.each(pages)(
    '$name: no serious accessibility violations, no CSP violations, screenshots saved',
    async ({ name, path, as }) => {
      const { context, page, problems } = await openContext();
      if (as === 'demo') await logIn(page, 'demo@example.com', 'capstone-demo-2026');
      else if (as === 'admin') await logIn(page, admin.email, admin.password);
      else await page.goto(`${platform.webUrl()}/`);
      for (const locale of ['ko', 'en'] as const) {
        await page.evaluate((value) => localStorage.setItem('capstone.locale', value), locale);
        await page.goto(`${platform.webUrl()}${path()}`);
        await page.waitForLoadState('networkidle');
        // Charts and fonts arrive after the figures; give the page its final look.
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(500);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(await seriousViolations(page), `${name} (${locale})`).toEqual([]);
        await expectChartsToFillTheirFigures(page);
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${locale}.png`, fullPage: true });
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    90_000,
  );
});

describe('on a phone-width screen', () => {
  it('lets a keyboard reach and scroll the holdings table that no longer fits', async () => {
    const { context, page, problems } = await openContext();
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, 'demo@example.com', 'capstone-demo-2026');
    await page.goto(`${platform.webUrl()}${demoPortfolioPath}`);
    const holdings = page.locator('.table-wrap', { has: page.getByTestId('holding-price') });
    await holdings.waitFor();
    await expect.poll(() => holdings.getAttribute('tabindex')).toBe('0');
    expect(await holdings.getAttribute('role')).toBe('region');
    expect(await holdings.getAttribute('aria-label')).toBeTruthy();
    await holdings.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => holdings.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('the web server', () => {
  it('sends the security headers on the page, its assets, /config.js and /healthz', async () => {
    const html = await (await fetch(`${platform.webUrl()}/dashboard`)).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const gateway = new URL(platform.graphqlUrl);
    for (const path of ['/', '/dashboard', script!, '/config.js', '/healthz']) {
      const response = await fetch(`${platform.webUrl()}${path}`);
      expect(response.status, path).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain(`${gateway.origin} ws://${gateway.host}`);
      expect(policy, path).not.toContain('unsafe-inline');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });
});
