import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import AdminApiKeysSection from '../app/src/components/AdminApiKeysSection.vue';
import AdminUsersSection from '../app/src/components/AdminUsersSection.vue';
import { supportModalDialogs } from './modal-dialogs.js';
import { mountWithApp, refusal, type Answer } from './mount-with-app.js';

beforeAll(supportModalDialogs);

afterEach(() => {
  document.body.innerHTML = '';
});

const nameOf = (operation: { query: unknown }) =>
  (operation.query as { definitions: { name?: { value: string } }[] }).definitions[0]?.name?.value;

const user = (email: string) => ({
  __typename: 'AdminUser',
  user: {
    __typename: 'User',
    id: email,
    email,
    displayName: email.split('@')[0],
    role: 'USER',
    emailVerified: true,
    totpEnabled: false,
    createdAt: '2026-12-01T00:00:00Z',
  },
  lastSignInAt: null,
  activeApiKeyCount: 2,
});

const key = (id: string, owner: string, revokedAt: string | null = null) => ({
  __typename: 'AdminApiKey',
  apiKey: {
    __typename: 'ApiKey',
    id,
    name: `bot ${id}`,
    prefix: `ck_${id}`,
    scopes: ['MARKET_READ'],
    createdAt: '2026-12-01T00:00:00Z',
    lastUsedAt: null,
    revokedAt,
  },
  owner: { __typename: 'User', id: owner, email: owner },
});

describe('the users table on the admin page', () => {
  it('searches from the first page, and steps through pages with the cursors', async () => {
    const { wrapper, sent } = mountWithApp(AdminUsersSection, {
      answer: (operation) => {
        const after = (operation.variables as { after?: string }).after;
        return {
          data: {
            __typename: 'Query',
            adminUsers: {
              __typename: 'AdminUserPage',
              users: [user(`${after ?? 'p1'}@example.com`)],
              nextCursor: after ? null : 'cursor-2',
              hasMore: !after,
            },
          },
        };
      },
    });
    await flushPromises();
    expect(wrapper.get('tbody th').text()).toBe('p1@example.com');
    expect(wrapper.get('tbody tr').text()).toContain('확인됨');
    const [previous, next] = wrapper.findAll('button[type="button"]');
    expect(previous!.attributes('disabled')).toBeDefined();
    await next!.trigger('click');
    await flushPromises();
    expect(sent.at(-1)!.variables).toMatchObject({ after: 'cursor-2' });
    expect(wrapper.get('tbody th').text()).toBe('cursor-2@example.com');

    await wrapper.get('input[type="search"]').setValue('  kim ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)!.variables).toEqual({ query: 'kim', first: 25, after: undefined });
  });

  it('says so when no user matches', async () => {
    const { wrapper } = mountWithApp(AdminUsersSection, {
      locale: 'en',
      answer: () => ({
        data: {
          __typename: 'Query',
          adminUsers: { __typename: 'AdminUserPage', users: [], nextCursor: null, hasMore: false },
        },
      }),
    });
    await flushPromises();
    expect(wrapper.text()).toContain('No users found');
    expect(wrapper.find('table').exists()).toBe(false);
  });
});

describe('the API keys table on the admin page', () => {
  function mountSection(revoke: () => Answer, locale: 'ko' | 'en' = 'ko') {
    return mountWithApp(AdminApiKeysSection, {
      locale,
      answer: (operation) =>
        nameOf(operation) === 'AdminRevokeApiKey'
          ? revoke()
          : {
              data: {
                __typename: 'Query',
                adminApiKeys: {
                  __typename: 'AdminApiKeyPage',
                  apiKeys: [
                    key('a1', 'kim@example.com'),
                    key('a2', 'lee@example.com', '2026-12-02T00:00:00Z'),
                  ],
                  nextCursor: null,
                  hasMore: false,
                },
              },
            },
    });
  }

  it('shows each key’s owner and revokes someone’s key only after confirming', async () => {
    const { wrapper, sent } = mountSection(() => ({
      data: {
        __typename: 'Mutation',
        adminRevokeApiKey: key('a1', 'kim@example.com', '2026-12-03T00:00:00Z'),
      },
    }));
    await flushPromises();
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((row) => row.findAll('td')[0]!.text())).toEqual([
      'kim@example.com',
      'lee@example.com',
    ]);
    // The revoked key has no button, only its badge.
    const buttons = wrapper.findAll('tbody button');
    expect(buttons).toHaveLength(1);
    await buttons[0]!.trigger('click');
    expect(sent.some((op) => nameOf(op) === 'AdminRevokeApiKey')).toBe(false);
    const dialog = wrapper.get('dialog');
    expect(dialog.text()).toContain('kim@example.com의 키 “bot a1”을(를) 폐기할까요?');
    await dialog.get('button.danger').trigger('click');
    await flushPromises();
    expect(
      sent.filter((op) => nameOf(op) === 'AdminRevokeApiKey').map((op) => op.variables),
    ).toEqual([{ id: 'a1' }]);
    expect((dialog.element as HTMLDialogElement).open).toBe(false);
  });

  it('keeps the dialog open with the refusal, in the interface language', async () => {
    const { wrapper } = mountSection(
      () => refusal('There is no such API key', { code: 'NOT_FOUND', argument: 'id' }),
      'en',
    );
    await flushPromises();
    await wrapper.get('tbody button').trigger('click');
    const dialog = wrapper.get('dialog');
    await dialog.get('button.danger').trigger('click');
    await flushPromises();
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(dialog.get('[role="alert"]').text()).toContain('There is no such API key');
  });
});
