/**
 * The dashboard's first view: how much JavaScript it needs (gzipped, target < 200 KB) and how
 * soon the first portfolio value is on screen in Chromium, cold cache, loopback, from navigation
 * start (target < 1 s). Two baselines run in the same session, on the same server and browser:
 * a static page carrying the same figure as plain HTML (the floor of any page here), and the
 * API calls the page makes, sent straight from Node (the floor of getting the data).
 *
 *   npm run bench:web            BENCH_RUNS=15 by default; BENCH_TRACE=1 prints the last
 *                                run's request waterfall (stderr); BENCH_CHROME_TRACE=file
 *                                writes its Chromium trace
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import getPort from 'get-port';
import { DEMO_INSTRUMENTS } from '@capstone/market-data';
import { DEMO_PRICES_DATE } from '@capstone/portfolio';
import { repoRoot, spawnService, waitUntilReady } from '@capstone/platform';
import { insertKrxBars } from '@capstone/test-platform';
import { buildDashboard, launchChromium } from '@capstone/web/testing';
import { cpuSeconds, startBenchSubgraphs, startOurGateway } from '../lib/bench-platform.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const MARK = 'capstone:first-portfolio-value';

const manifest = JSON.parse(
  readFileSync(`${repoRoot}gateway/trusted-documents.json`, 'utf8'),
) as Record<string, string>;
const hashOf = (kind: string, name: string) =>
  Object.entries(manifest).find(([, text]) =>
    new RegExp(`^(fragment .*)?${kind} ${name}\\b`).test(text),
  )![0];

const assets = await buildDashboard();
const gzipped = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const allScripts = readdirSync(join(assets, 'assets')).filter((file) => file.endsWith('.js'));
// The static baseline: the same figure, as plain HTML from the same server.
writeFileSync(
  join(assets, 'floor.html'),
  '<!doctype html><html lang="ko"><meta charset="utf-8"><title>floor</title><p>1억 9,355만 2,418원</p></html>',
);

// The platform as `npm start` runs it: every service its own process, from the build, in
// production mode (the gateway then takes the app's trusted documents only).
const webPort = await getPort({ host: '127.0.0.1' });
const subgraphs = await startBenchSubgraphs();
await insertKrxBars(
  subgraphs.config,
  DEMO_INSTRUMENTS.map((instrument) => instrument.symbol),
  '2022-06-01',
  DEMO_PRICES_DATE,
);
const browserOrigin = `http://127.0.0.1:${webPort}`;
const gateway = await startOurGateway(subgraphs, { CORS_ORIGINS: browserOrigin });
const webProcess = spawnService('web', {
  env: {
    ...process.env,
    ...subgraphs.env,
    WEB_PORT: String(webPort),
    WEB_ASSETS_DIR: assets,
    PUBLIC_GATEWAY_URL: gateway.url,
  },
  onLine: (line, stream) => stream === 'stderr' && process.stderr.write(`web: ${line}\n`),
});
await waitUntilReady(browserOrigin, { exited: webProcess.exited });
const serverPids = [...subgraphs.pids, gateway.pid, webProcess.child.pid!];
const platform = {
  graphqlUrl: gateway.url,
  stop: async () => {
    await webProcess.stop();
    await gateway.stop();
    await subgraphs.stop();
  },
};
const web = browserOrigin;

interface Session {
  accessToken: string;
  refreshToken: string;
}

async function byHash<Data>(
  kind: string,
  name: string,
  variables: object,
  token?: string,
): Promise<Data> {
  const response = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-graphql-csrf': '1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({
      operationName: name,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(kind, name) } },
    }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (!body.data) throw new Error(`${name} failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A fresh session for each run: refresh tokens work once. */
const freshRefreshToken = async () =>
  (
    await byHash<{ logIn: Session }>('mutation', 'LogIn', {
      email: 'demo@example.com',
      password: 'capstone-demo-2026',
    })
  ).logIn.refreshToken;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p90 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.ceil(values.length * 0.9) - 1)
  ]!;

/** Busy CPU seconds of the whole machine so far, from /proc/stat (all cores, USER_HZ 100). */
const machineCpuSeconds = () => {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
};
const serversCpuSeconds = () => serverPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);

const browser = await launchChromium();
const appCpu = { machine: 0, servers: 0, bench: 0 };
const firstValue: number[] = [];
const floor: number[] = [];
const dataFloor: number[] = [];
let firstViewScripts = new Set<string>();
let lazyScripts = new Set<string>();
let transferred = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    // The app: a new profile each time, so nothing is cached; signed in from before a reload.
    const refreshToken = await freshRefreshToken();
    const before = {
      machine: machineCpuSeconds(),
      servers: serversCpuSeconds(),
      bench: process.cpuUsage(),
    };
    const context = await browser.newContext();
    await context.addInitScript((token) => {
      if (location.pathname === '/dashboard')
        sessionStorage.setItem('capstone.refreshToken', token);
    }, refreshToken);
    const page = await context.newPage();
    const scripts: { file: string; before: boolean; bytes: number }[] = [];
    let valueShown = false;
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.endsWith('.js') || !path.startsWith('/assets/')) return;
      const sizes = await response.request().sizes();
      scripts.push({ file: path.slice(1), before: !valueShown, bytes: sizes.responseBodySize });
    });
    // BENCH_CHROME_TRACE=file writes a Chromium trace of the last run (chrome://tracing, or
    // Perfetto), to see where the renderer's time goes.
    const tracing = process.env.BENCH_CHROME_TRACE && run === RUNS - 1;
    if (tracing) await browser.startTracing(page, { path: process.env.BENCH_CHROME_TRACE });
    await page.goto(`${web}/dashboard`);
    const at = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      MARK,
      { timeout: 20_000, polling: 'raf' },
    );
    valueShown = true;
    if (tracing) await browser.stopTracing();
    firstValue.push(Number(await at.jsonValue()));
    appCpu.machine += machineCpuSeconds() - before.machine;
    appCpu.servers += serversCpuSeconds() - before.servers;
    const bench = process.cpuUsage(before.bench);
    appCpu.bench += (bench.user + bench.system) / 1e6;
    if (process.env.BENCH_TRACE && run === RUNS - 1) {
      // Where the time went: every request of the page, from navigation start, in ms.
      const trace = await page.evaluate(() =>
        [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
          ...performance.getEntriesByType('mark'),
          ...performance.getEntriesByType('paint'),
        ].map((entry) => {
          const timing = entry as PerformanceResourceTiming;
          // start, request sent, first byte, last byte (no helper function: tsx would wrap
          // it in one the page does not have)
          return [timing.startTime, timing.requestStart, timing.responseStart, timing.responseEnd]
            .map((value) => (value ?? entry.startTime).toFixed(0).padStart(6))
            .concat(entry.name.replace(/^https?:\/\/[^/]+/, ''))
            .join(' ');
        }),
      );
      process.stderr.write(`${trace.join('\n')}\n`);
    }
    await page.waitForLoadState('networkidle');
    if (run === 0) {
      firstViewScripts = new Set(scripts.filter((s) => s.before).map((s) => s.file));
      lazyScripts = new Set(scripts.filter((s) => !s.before).map((s) => s.file));
      transferred = scripts.filter((s) => s.before).reduce((sum, s) => sum + s.bytes, 0);
    }
    await context.close();

    // Baseline 1: the static page, same server, same browser, cold.
    const plain = await browser.newContext();
    const staticPage = await plain.newPage();
    await staticPage.goto(`${web}/floor.html`);
    floor.push(
      await staticPage.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .domContentLoadedEventEnd,
      ),
    );
    await plain.close();

    // Baseline 2: the page's own API round trips, from Node: refresh, then the portfolios.
    const token = await freshRefreshToken();
    const started = performance.now();
    const session = await byHash<{ refreshSession: Session }>('mutation', 'RefreshSession', {
      refreshToken: token,
    });
    await byHash('query', 'Portfolios', {}, session.refreshSession.accessToken);
    dataFloor.push(performance.now() - started);
  }
} finally {
  await browser.close();
  await platform.stop();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const firstViewGzip = [...firstViewScripts].reduce((sum, file) => sum + gzipped(file), 0);
const lazyGzip = [...lazyScripts].reduce((sum, file) => sum + gzipped(file), 0);
const echartsGzip = allScripts
  .filter((file) => file.startsWith('echarts-'))
  .reduce((sum, file) => sum + gzipped(`assets/${file}`), 0);
const allGzip = allScripts.reduce((sum, file) => sum + gzipped(`assets/${file}`), 0);
const rows = [
  [
    'JS for the first dashboard view, gzipped',
    `${kb(firstViewGzip)} KB`,
    '< 200 KB',
    `${(firstViewGzip / (200 * 1024)).toFixed(2)} of budget`,
  ],
  [
    '  of which sent (brotli, as served)',
    `${kb(transferred)} KB`,
    '',
    `${firstViewScripts.size} files`,
  ],
  [
    'JS the dashboard loaded after the value',
    `${kb(lazyGzip)} KB`,
    '',
    `${lazyScripts.size} files`,
  ],
  [
    'ECharts chunk (only where a chart shows), gzipped',
    `${kb(echartsGzip)} KB`,
    '',
    'not in the first view',
  ],
  ['All JS of the app, gzipped', `${kb(allGzip)} KB`, '', `${allScripts.length} files`],
  [
    'First portfolio value on screen, median (p90)',
    `${median(firstValue).toFixed(0)} ms (${p90(firstValue).toFixed(0)})`,
    '< 1000 ms',
    `${(median(firstValue) / 1000).toFixed(2)} of target`,
  ],
  [
    'CPU from navigation to the value, per run (2 cores)',
    `${((appCpu.machine / RUNS) * 1000).toFixed(0)} ms`,
    '',
    `servers ${((appCpu.servers / RUNS) * 1000).toFixed(0)} ms, this benchmark ${((appCpu.bench / RUNS) * 1000).toFixed(0)} ms, Chromium and the rest ${(((appCpu.machine - appCpu.servers - appCpu.bench) / RUNS) * 1000).toFixed(0)} ms`,
  ],
  [
    'Baseline: static page with the figure, median',
    `${median(floor).toFixed(0)} ms`,
    '',
    `app/static ${(median(firstValue) / median(floor)).toFixed(1)}x`,
  ],
  [
    'Baseline: refresh + portfolios from Node, median',
    `${median(dataFloor).toFixed(0)} ms`,
    '',
    `app/data ${(median(firstValue) / median(dataFloor)).toFixed(1)}x`,
  ],
];
process.stdout.write(
  [
    `Dashboard first view, ${RUNS} cold runs in Chromium on loopback (production build and gateway)`,
    '',
    '| measure | value | target | ratio |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `First-view scripts: ${[...firstViewScripts].map((file) => file.replace('assets/', '')).join(', ')}`,
    '',
  ].join('\n'),
);
