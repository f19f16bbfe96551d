import { Redis } from 'ioredis';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '@capstone/observability';
import { REST_BASE } from '@capstone/operations';
import { createSimulationEvents } from '@capstone/scenario';
import { insertKrxBars, usePlatform, type SignedInUser } from '@capstone/test-platform';
import { GROWTH, portfolioId } from '../simulations/simulation-fixtures.js';

/**
 * A REST client that stops reading a run's event stream: the gateway gives back the subscription
 * it held at the scenario subgraph for it when the client goes, not when the next event comes.
 */
const platform = usePlatform({
  seed: true,
  // No worker takes the run: this test plays the worker's part.
  env: { SIMULATION_WORKER_MODE: 'off' },
});
let demo: SignedInUser;

beforeAll(async () => {
  // A stress test needs the holdings' last closes to be queued.
  await insertKrxBars(platform.config, GROWTH, '2022-09-01', '2022-09-19');
  demo = await platform.demo();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A gauge of the gateway's subscriptions (`open` at the gateway, `upstream` at the subgraph). */
const scenarioSubscriptions = async (gauge: 'open' | 'upstream') => {
  const metrics = await (await fetch(`${platform.metricsUrls.gateway}/metrics`)).text();
  const pattern = new RegExp(`gateway_${gauge}_subscriptions\\{subgraph="scenario"[^}]*\\} (\\d+)`);
  return Number(pattern.exec(metrics)?.[1] ?? 0);
};

describe('a REST event stream the client abandons', () => {
  it('closes its upstream subscription when the client disconnects, with no upstream event to wake it', async () => {
    const gateway = platform.urls.gateway!.replace(/\/graphql$/, '');
    const growth = await portfolioId(demo, 'Growth');
    const queued = await fetch(`${gateway}${REST_BASE}/portfolios/${growth}/stress-tests`, {
      method: 'POST',
      headers: { ...demo.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ templateId: 'hypothetical-market-20' }),
    });
    expect(queued.status, await queued.clone().text()).toBe(202);
    const { id: runId } = (await queued.json()) as { id: string };

    // Yoga pings an SSE stream every 12 s, but every 300 ms under NODE_ENV=test: a stream that
    // let go of its subscription only at the next ping would seem to let go at once.
    vi.stubEnv('NODE_ENV', 'production');
    const client = new AbortController();
    const stream = await fetch(`${gateway}${REST_BASE}/simulations/${runId}/events`, {
      headers: { ...demo.headers, accept: 'text/event-stream' },
      signal: client.signal,
    });
    expect(stream.status).toBe(200);
    let received = '';
    const reading = (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of stream.body!) received += decoder.decode(chunk);
    })().catch(() => undefined);
    await expect.poll(() => scenarioSubscriptions('upstream')).toBe(1);
    expect(await scenarioSubscriptions('open')).toBe(1);

    // A worker reports half done; the database still says 0, so the subgraph's periodic look
    // there repeats nothing, and the stream stays quiet but for Yoga's pings.
    const redis = new Redis(platform.config.REDIS_URL);
    const events = await createSimulationEvents(
      platform.config,
      createLogger('rest-test', 'silent'),
      redis,
    );
    try {
      await events.publishProgress({
        runId,
        status: 'RUNNING',
        fraction: 0.5,
        stage: 'computing',
        message: null,
        at: new Date().toISOString(),
      });
      await expect.poll(() => received).toContain('"fraction":0.5');
    } finally {
      events.close();
      redis.disconnect();
    }
    // Just after a ping: the next is 12 s away, longer than expect.poll waits below.
    const pings = (text: string) => text.split(':\n\n').length;
    const before = pings(received);
    await expect.poll(() => pings(received), { timeout: 20_000 }).toBeGreaterThan(before);

    client.abort();
    await reading;
    await expect.poll(() => scenarioSubscriptions('upstream')).toBe(0);
    await expect.poll(() => scenarioSubscriptions('open')).toBe(0);
  }, 60_000);
});
