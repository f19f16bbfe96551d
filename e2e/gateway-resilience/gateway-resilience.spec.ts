import { beforeAll, describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({
  services: ['accounts', 'portfolio', 'scenario', 'gateway'],
  seed: true,
});
let user: SignedInUser;
beforeAll(async () => {
  user = await platform.signUp('resilient');
});

const QUERY = '{ me { id } portfolios { id } scenarioTemplates { id } }';
const readiness = async () => (await fetch(`${platform.urls.gateway}/readyz`)).json();

describe('with one subgraph down', () => {
  it('answers with what the others can give, plus an error for the rest', async () => {
    await platform.stopService('scenario');
    const response = await user.ask<{
      me: { id: string };
      portfolios: unknown[];
      scenarioTemplates: unknown[] | null;
    }>(QUERY);
    expect(response.status).toBe(200);
    expect(response.data?.me.id).toBe(user.id);
    expect(response.data?.portfolios).toEqual([]);
    expect(response.errors).toHaveLength(1);
    expect(response.data?.scenarioTemplates).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      message: 'scenario 서비스를 쓸 수 없습니다',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'scenario' },
    });
  });

  it('says on /readyz which subgraph does not answer', async () => {
    const report = await readiness();
    expect(report.checks['subgraph:scenario']).toMatchObject({ ok: false });
    expect(report.checks['subgraph:accounts']).toMatchObject({ ok: true });
  });

  it('uses the subgraph again once it is back, without a gateway restart', async () => {
    await platform.restartSubgraph('scenario');
    const response = await user.ask<{ scenarioTemplates: unknown[] }>(QUERY);
    expect(response.errors).toBeUndefined();
    expect(response.data?.scenarioTemplates.length).toBeGreaterThan(0);
    expect((await readiness()).checks['subgraph:scenario']).toMatchObject({ ok: true });
  });
});

describe('subgraph fetches', () => {
  it('are counted per subgraph in the metrics, failures included', async () => {
    const metrics = await (await fetch(`${platform.metricsUrls.gateway}/metrics`)).text();
    expect(metrics).toMatch(
      /gateway_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="accounts"[^}]*outcome="ok"/,
    );
    expect(metrics).toMatch(
      /gateway_subgraph_fetch_errors_total\{[^}]*subgraph="scenario",reason="unreachable"/,
    );
  });

  it('carry the request id into the subgraph, and back to the caller', async () => {
    const response = await user.ask(
      '{ me { id } }',
      {},
      { headers: { 'x-request-id': 'trace-gw-1' } },
    );
    expect(response.headers.get('x-request-id')).toBe('trace-gw-1');
  });
});
