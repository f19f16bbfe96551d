import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import RunProgress from '../app/src/simulations/RunProgress.vue';
import { useRunsStore } from '../app/src/stores/runs.js';
import { mountWithApp } from './mount-with-app.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a run’s progress bar', () => {
  it('shows the live fraction and stage, and cancels the run by its trusted document', async () => {
    const { wrapper, sent } = mountWithApp(RunProgress, {
      props: { runId: 'r1' },
      answer: () => ({
        data: { cancelSimulation: { __typename: 'SimulationRun', id: 'r1', status: 'CANCELLED' } },
      }),
    });
    const runs = useRunsStore();
    runs.byId.r1 = { runId: 'r1', status: 'RUNNING', fraction: 0.4, stage: 'paths' };
    await flushPromises();
    const bar = wrapper.get('progress');
    expect((bar.element as HTMLProgressElement).value).toBeCloseTo(0.4);
    expect(bar.attributes('aria-valuetext')).toBe('40%');
    expect(wrapper.text()).toContain('실행 중');
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables).toEqual({ runId: 'r1' });
    expect((sent[0]!.query as { __meta__?: { hash: string } }).__meta__?.hash).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it('offers no cancel once the run has ended', async () => {
    const { wrapper } = mountWithApp(RunProgress, { props: { runId: 'r2' }, locale: 'en' });
    useRunsStore().byId.r2 = { runId: 'r2', status: 'SUCCEEDED', fraction: 1, stage: '' };
    await flushPromises();
    expect(wrapper.text()).toContain('Done');
    expect(wrapper.find('button').exists()).toBe(false);
  });
});
