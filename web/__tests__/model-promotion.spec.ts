import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ModelVersionsSection from '../app/src/components/ModelVersionsSection.vue';
import { supportModalDialogs } from './modal-dialogs.js';
import { mountWithApp, refusal, type Answer } from './mount-with-app.js';

beforeAll(supportModalDialogs);

afterEach(() => {
  document.body.innerHTML = '';
});

const version = (id: string, n: number, status: string) => ({
  __typename: 'ModelVersion',
  id,
  name: 'krx-volatility-20d',
  kind: 'VOLATILITY',
  version: n,
  algorithm: 'har',
  status,
  beatsBaselines: true,
  reasonKo: '기준 모델을 모두 이겼습니다',
  reasonEn: 'beats every baseline',
  holdOutWindow: { __typename: 'DateWindow', from: '2022-06-01', to: '2022-08-18' },
  comparisons: [],
  createdAt: '2026-12-01T00:00:00Z',
  promotedAt: status === 'PROMOTED' ? '2026-12-01T00:00:00Z' : null,
  retiredAt: status === 'RETIRED' ? '2026-12-02T00:00:00Z' : null,
});

const nameOf = (operation: { query: unknown }) =>
  (operation.query as { definitions: { name?: { value: string } }[] }).definitions[0]?.name?.value;

function mountSection(promote: () => Answer, locale: 'ko' | 'en' = 'ko') {
  let versions = [version('v2', 2, 'PROMOTED'), version('v1', 1, 'RETIRED')];
  return mountWithApp(ModelVersionsSection, {
    locale,
    answer: (operation) => {
      if (nameOf(operation) !== 'PromoteModelVersion')
        return { data: { __typename: 'Query', modelVersions: versions } };
      const answer = promote();
      if ('data' in answer) versions = [version('v2', 2, 'RETIRED'), version('v1', 1, 'PROMOTED')];
      return answer;
    },
  });
}

const promoteButtons = (wrapper: ReturnType<typeof mountWithApp>['wrapper']) =>
  wrapper.findAll('details button');

describe('promoting a model version from the admin page', () => {
  it('offers promote only on versions not serving, and promotes after confirming', async () => {
    const { wrapper, sent } = mountSection(() => ({
      data: { __typename: 'Mutation', promoteModelVersion: version('v1', 1, 'PROMOTED') },
    }));
    await flushPromises();
    const buttons = promoteButtons(wrapper);
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.attributes('aria-label')).toBe('승격 krx-volatility-20d v1');
    await buttons[0]!.trigger('click');
    expect(sent.some((op) => nameOf(op) === 'PromoteModelVersion')).toBe(false);
    const dialog = wrapper.get('dialog');
    expect(dialog.text()).toContain('krx-volatility-20d v1을(를) 승격할까요?');
    await dialog.get('button.danger').trigger('click');
    await flushPromises();
    expect(
      sent.filter((op) => nameOf(op) === 'PromoteModelVersion').map((op) => op.variables),
    ).toEqual([{ id: 'v1' }]);
    expect(wrapper.get('[data-testid="promoted"]').text()).toBe(
      'krx-volatility-20d v1을(를) 승격했습니다. 이제 이 버전이 예측을 맡습니다.',
    );
    // The list is read again: v2 retired, so it is v2 that may be promoted now.
    expect(promoteButtons(wrapper).map((b) => b.attributes('aria-label'))).toEqual([
      '승격 krx-volatility-20d v2',
    ]);
  });

  it('shows the refusal in the dialog, in the interface language, and changes nothing', async () => {
    const { wrapper } = mountSection(
      () =>
        refusal(
          'krx-volatility-20d v1 cannot be promoted: its artifact failed its checks: checksum',
          { code: 'CONFLICT', argument: 'id' },
        ),
      'en',
    );
    await flushPromises();
    await promoteButtons(wrapper)[0]!.trigger('click');
    const dialog = wrapper.get('dialog');
    await dialog.get('button.danger').trigger('click');
    await flushPromises();
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(dialog.get('[role="alert"]').text()).toContain('its artifact failed its checks');
    expect(wrapper.find('[data-testid="promoted"]').exists()).toBe(false);
  });
});
