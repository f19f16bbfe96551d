import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import ScenarioEditorPage from '../app/src/pages/ScenarioEditorPage.vue';
import { mountWithApp, type Answer } from './mount-with-app.js';

afterEach(() => {
  document.body.innerHTML = '';
});

const nameOf = (query: unknown) =>
  (query as { definitions: { name?: { value: string } }[] }).definitions[0]?.name?.value;

const DATA: Record<string, Record<string, unknown>> = {
  ListPortfolios: {
    portfolios: [{ __typename: 'Portfolio', id: 'p1', name: 'Growth', cash: '0', valuation: null }],
  },
  ListScenarios: {
    scenarioTemplates: [
      {
        __typename: 'ScenarioTemplate',
        id: 'gfc-2008',
        kind: 'HISTORICAL',
        nameKo: '2008 글로벌 금융위기',
        nameEn: 'Global financial crisis 2008',
        descriptionKo: '리먼 사태',
        descriptionEn: 'Lehman',
        periodStart: '2008-09-01',
        periodEnd: '2008-10-31',
        shocks: [
          {
            __typename: 'Shock',
            target: 'MARKET',
            sector: null,
            currencyPair: null,
            change: -0.35,
          },
        ],
      },
    ],
  },
  UserScenarios: { scenarios: [] },
  Sectors: {
    sectors: [
      {
        __typename: 'Sector',
        code: 'G45',
        nameKo: '반도체',
        nameEn: 'Semiconductors',
        parent: null,
      },
    ],
  },
  RunStressTest: {
    runStressTest: {
      __typename: 'SimulationRun',
      id: 'r9',
      kind: 'STRESS_TEST',
      status: 'QUEUED',
      progress: 0,
      stage: '',
    },
  },
};

async function mountEditor(locale: 'ko' | 'en' = 'ko') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: ScenarioEditorPage }],
  });
  await router.push('/scenarios');
  const mounted = mountWithApp(ScenarioEditorPage, {
    locale,
    plugins: [router],
    answer: (operation): Answer => ({
      data: { __typename: 'Query', ...(DATA[nameOf(operation.query) ?? ''] ?? {}) },
    }),
  });
  await flushPromises();
  return mounted;
}

describe('the scenario editor', () => {
  it('lists sectors Korean name first and names each bad shock, sending nothing', async () => {
    const { wrapper, sent } = await mountEditor();
    await wrapper.get('#shock-target-0').setValue('SECTOR');
    expect(wrapper.get('#shock-subject-0').text()).toContain('반도체 (Semiconductors)');
    await wrapper.get('#shock-change-0').setValue('-150');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#shock-subject-0').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#shock-subject-0-error').text()).toBe('업종을 고르세요');
    expect(wrapper.get('#shock-change-0-error').text()).toBe(
      '변동률은 -100%~+1,000% 사이입니다 (예: -30)',
    );
    expect(sent.some((operation) => operation.kind === 'mutation')).toBe(false);
  });

  it('runs a template by its id and shows its shocks read-only', async () => {
    const { wrapper, sent } = await mountEditor('en');
    await wrapper.get('#scenario-source').setValue('template:gfc-2008');
    await flushPromises();
    expect((wrapper.get('#shock-change-0').element as HTMLInputElement).value).toBe('-35');
    expect(wrapper.get('#shock-change-0').attributes('disabled')).toBeDefined();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const run = sent.find((operation) => operation.kind === 'mutation');
    expect(run?.variables).toMatchObject({ portfolioId: 'p1', templateId: 'gfc-2008' });
    expect(run?.variables).not.toHaveProperty('shocks');
    expect(wrapper.text()).toContain('Stress test result');
  });

  it('sends built shocks as fractions with the sector code', async () => {
    const { wrapper, sent } = await mountEditor();
    await wrapper.get('#shock-change-0').setValue('-10');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === '충격 추가')!
      .trigger('click');
    await wrapper.get('#shock-subject-1').setValue('G45');
    await wrapper.get('#shock-change-1').setValue('-25.5');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.find((operation) => operation.kind === 'mutation')?.variables).toMatchObject({
      shocks: [
        { target: 'MARKET', change: -0.1 },
        { target: 'SECTOR', sector: 'G45', change: -0.255 },
      ],
    });
  });
});
