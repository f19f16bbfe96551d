import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import SimulationsPage from '../app/src/pages/SimulationsPage.vue';
import { useRunsStore } from '../app/src/stores/runs.js';
import { mountWithApp, type Answer } from './mount-with-app.js';

afterEach(() => {
  document.body.innerHTML = '';
});

const run = {
  __typename: 'SimulationRun',
  id: 'run-1',
  kind: 'MONTE_CARLO',
  status: 'QUEUED',
  portfolioId: 'p2',
  seed: 1,
  asOf: '2026-12-02',
  progress: 0,
  stage: 'queued',
  message: null,
  error: null,
  queuedAt: '2026-12-03T00:00:00Z',
  startedAt: null,
  finishedAt: null,
};

const answer = (operation: { query: unknown; kind: string }): Answer => {
  const name = (operation.query as { definitions: { name?: { value: string } }[] }).definitions[0]
    ?.name?.value;
  if (name === 'ListPortfolios')
    return {
      data: {
        __typename: 'Query',
        portfolios: [
          { __typename: 'Portfolio', id: 'p1', name: 'Dividend', cash: '0', valuation: null },
          { __typename: 'Portfolio', id: 'p2', name: 'Growth', cash: '0', valuation: null },
        ],
      },
    };
  if (name === 'RunMonteCarlo') return { data: { __typename: 'Mutation', runMonteCarlo: run } };
  return { data: {} };
};

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/simulations', component: SimulationsPage },
      { path: '/runs/:id', component: { template: '<p>run</p>' } },
      { path: '/:rest(.*)*', component: { template: '<p>other</p>' } },
    ],
  });
  await router.push('/simulations?portfolio=p2');
  const mounted = mountWithApp(SimulationsPage, { answer, plugins: [router] });
  await flushPromises();
  return { ...mounted, router };
}

describe('the simulations page', () => {
  it('queues a Monte Carlo run for the chosen portfolio, follows its progress and opens it', async () => {
    const { wrapper, sent, router } = await mountPage();
    expect((wrapper.get('#run-portfolio').element as HTMLSelectElement).value).toBe('p2');
    await wrapper.get('#monteCarlo-paths').setValue('5,000');
    await wrapper.get('form:not(.filters)').trigger('submit');
    await flushPromises();
    const queued = sent.find((operation) => operation.kind === 'mutation');
    expect(queued?.variables).toMatchObject({ portfolioId: 'p2', paths: 5000, horizonDays: 252 });
    const followed = sent.find((operation) => operation.kind === 'subscription');
    expect(followed?.variables).toEqual({ runId: 'run-1' });
    expect(router.currentRoute.value.fullPath).toBe('/runs/run-1');
    expect(useRunsStore().byId['run-1']).toMatchObject({ status: 'QUEUED', kind: 'MONTE_CARLO' });
  });

  it('says what is wrong, in place, and queues nothing', async () => {
    const { wrapper, sent } = await mountPage();
    await wrapper.get('#monteCarlo-horizonDays').setValue('3000');
    await wrapper.get('form:not(.filters)').trigger('submit');
    await flushPromises();
    const horizon = wrapper.get('#monteCarlo-horizonDays');
    expect(horizon.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(horizon.element);
    expect(wrapper.text()).toContain('1~2,520 사이의 정수를 입력하세요');
    expect(sent.some((operation) => operation.kind === 'mutation')).toBe(false);
  });
});
