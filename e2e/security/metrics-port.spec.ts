import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

/**
 * Attack: read /metrics on a public port (about 100 KB of operation names, error rates and
 * sizes). Every service serves metrics on a port of its own, and with METRICS_TOKEN set, only
 * to a scraper that sends it. /healthz and /readyz stay open.
 */
const TOKEN = 'security-suite-metrics-token-0001';
const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'scenario', 'ai', 'gateway', 'mcp-server'],
  env: { METRICS_TOKEN: TOKEN },
});

describe('metrics (metrics scraping on the public port)', () => {
  it('are not served on any public port, while /healthz and /readyz are', async () => {
    for (const [name, url] of Object.entries(platform.urls)) {
      const metrics = await fetch(`${url}/metrics`);
      expect(metrics.status, name).toBe(404);
      expect(await metrics.text(), name).not.toMatch(/process_cpu_user_seconds_total/);
      expect((await fetch(`${url}/healthz`)).status, `${name} /healthz`).toBe(200);
      expect((await fetch(`${url}/readyz`)).status, `${name} /readyz`).toBe(200);
    }
  });

  it('are served on each metrics port to the scraper with the token only', async () => {
    for (const [name, url] of Object.entries(platform.metricsUrls)) {
      expect((await fetch(`${url}/metrics`)).status, name).toBe(401);
      const wrong = await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status, name).toBe(401);
      const scrape = await fetch(`${url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(scrape.status, name).toBe(200);
      expect(await scrape.text(), name).toContain(`service="${name}"`);
    }
  });

  it('are not on the gateway internal listener either', async () => {
    const internal = new URL(platform.internalGraphqlUrl).origin;
    expect((await fetch(`${internal}/metrics`)).status).toBe(404);
  });
});
