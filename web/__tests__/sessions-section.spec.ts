import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import SessionsSection from '../app/src/components/SessionsSection.vue';
import { useSessionStore } from '../app/src/stores/session.js';
import { authSession } from './auth-fixtures.js';
import { supportModalDialogs } from './modal-dialogs.js';
import { mountWithApp, refusal, type Answer } from './mount-with-app.js';

beforeAll(supportModalDialogs);

afterEach(() => {
  document.body.innerHTML = '';
});

const session = (id: string, started: string) => ({
  __typename: 'Session',
  id,
  startedAt: started,
  lastActiveAt: started,
  expiresAt: '2026-12-31T00:00:00Z',
});

/** An access token as the accounts service signs it: the session's id in `sid`. */
const tokenFor = (sid: string) =>
  ['e30', btoa(JSON.stringify({ sid, sub: 'u1' })).replace(/=+$/, ''), 'sig'].join('.');

const nameOf = (operation: { query: unknown }) =>
  (operation.query as { definitions: { name?: { value: string } }[] }).definitions[0]?.name?.value;

async function mountSection(answer: (name: string | undefined) => Answer, locale?: 'ko' | 'en') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/settings', component: SessionsSection },
      { path: '/login', name: 'login', component: { template: '<p>log in</p>' } },
    ],
  });
  await router.push('/settings');
  const mounted = mountWithApp(SessionsSection, {
    answer: (operation) => answer(nameOf(operation)),
    plugins: [router],
    locale,
  });
  const store = useSessionStore();
  store.start({ ...authSession(1), accessToken: tokenFor('s-this') });
  await flushPromises();
  return { ...mounted, router, store };
}

const listed = (sessions: unknown[]): Answer => ({ data: { __typename: 'Query', sessions } });

describe('the sessions section', () => {
  it('lists the sessions with this device first and marked, and a revoke button for each other', async () => {
    const { wrapper } = await mountSection(() =>
      listed([
        session('s-other', '2026-12-02T01:00:00Z'),
        session('s-this', '2026-12-01T01:00:00Z'),
      ]),
    );
    const rows = wrapper.findAll('[data-testid="sessions"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.attributes('aria-current')).toBe('true');
    expect(rows[0]!.text()).toContain('이 기기');
    expect(rows[0]!.find('button').exists()).toBe(false);
    expect(rows[1]!.attributes('aria-current')).toBeUndefined();
    expect(rows[1]!.get('button').attributes('aria-label')).toMatch(/^세션 끝내기 2026/);
  });

  it('revokes another session only after confirming, then lists again', async () => {
    let open = [
      session('s-other', '2026-12-02T01:00:00Z'),
      session('s-this', '2026-12-01T01:00:00Z'),
    ];
    const { wrapper, sent } = await mountSection((name) => {
      if (name === 'RevokeSession') {
        open = open.filter((s) => s.id !== 's-other');
        return { data: { __typename: 'Mutation', revokeSession: true } };
      }
      return listed(open);
    });
    await wrapper.get('tbody tr:nth-child(2) button').trigger('click');
    expect(sent.filter((op) => nameOf(op) === 'RevokeSession')).toHaveLength(0);
    const dialog = wrapper.findAll('dialog')[0]!;
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    await dialog.get('button.danger').trigger('click');
    await flushPromises();
    const revoked = sent.filter((op) => nameOf(op) === 'RevokeSession');
    expect(revoked.map((op) => op.variables)).toEqual([{ id: 's-other' }]);
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    expect((dialog.element as HTMLDialogElement).open).toBe(false);
  });

  it('keeps the dialog open with the refusal in the chosen language', async () => {
    const { wrapper } = await mountSection(
      (name) =>
        name === 'RevokeSession'
          ? refusal('Not signed in', { code: 'UNAUTHENTICATED' })
          : listed([
              session('s-other', '2026-12-02T01:00:00Z'),
              session('s-this', '2026-12-01T01:00:00Z'),
            ]),
      'en',
    );
    await wrapper.get('tbody tr:nth-child(2) button').trigger('click');
    const dialog = wrapper.findAll('dialog')[0]!;
    await dialog.get('button.danger').trigger('click');
    await flushPromises();
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(dialog.get('[role="alert"]').text()).not.toBe('');
  });

  it('signs out everywhere after confirming, ends this session and goes to log in', async () => {
    const { wrapper, sent, router, store } = await mountSection((name) =>
      name === 'SignOutEverywhere'
        ? { data: { __typename: 'Mutation', signOutEverywhere: 2 } }
        : listed([session('s-this', '2026-12-01T01:00:00Z')]),
    );
    const everywhere = wrapper
      .findAll('button')
      .find((b) => b.text() === '모든 기기에서 로그아웃')!;
    await everywhere.trigger('click');
    expect(sent.some((op) => nameOf(op) === 'SignOutEverywhere')).toBe(false);
    await wrapper.findAll('dialog')[1]!.get('button.danger').trigger('click');
    await flushPromises();
    expect(sent.filter((op) => nameOf(op) === 'SignOutEverywhere')).toHaveLength(1);
    expect(store.signedIn).toBe(false);
    expect(store.storedRefreshToken()).toBeNull();
    expect(router.currentRoute.value.name).toBe('login');
  });

  it('says so when the list fails, with a retry', async () => {
    const { wrapper } = await mountSection(() =>
      refusal('service down', { code: 'SERVICE_UNAVAILABLE' }),
    );
    expect(wrapper.get('[role="alert"]').text()).toContain('다시');
  });
});
