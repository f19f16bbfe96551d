import { beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_PASSWORD,
  uniqueEmail,
  usePlatform,
  type SignedInUser,
} from '@capstone/test-platform';

// One second of API-key caching, so a revoked key can be seen to stop working.
const platform = usePlatform({
  services: ['accounts', 'gateway'],
  env: { API_KEY_CACHE_SECONDS: '1' },
});

interface AdminUserRow {
  user: {
    id: string;
    email: string;
    displayName: string;
    role: string;
    emailVerified: boolean;
    totpEnabled: boolean;
    createdAt: string;
  };
  lastSignInAt: string | null;
  activeApiKeyCount: number;
}
interface Page {
  nextCursor: string | null;
  hasMore: boolean;
}
interface AdminKeyRow {
  apiKey: { id: string; name: string; prefix: string; scopes: string[]; revokedAt: string | null };
  owner: { id: string; email: string };
}

const USERS = `query($query: String, $first: Int, $after: String) {
  adminUsers(query: $query, first: $first, after: $after) {
    users {
      user { id email displayName role emailVerified totpEnabled createdAt }
      lastSignInAt
      activeApiKeyCount
    }
    nextCursor
    hasMore
  }
}`;
const KEYS = `query($query: String, $userId: ID, $first: Int, $after: String) {
  adminApiKeys(query: $query, userId: $userId, first: $first, after: $after) {
    apiKeys { apiKey { id name prefix scopes revokedAt } owner { id email } }
    nextCursor
    hasMore
  }
}`;
const REVOKE = `mutation($id: ID!) {
  adminRevokeApiKey(id: $id) { apiKey { id revokedAt } owner { email } }
}`;

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.code;

/** Every run's users share a word no other run's have, so a search finds only them. */
const tag = `admin-list-${process.pid}-${Date.now()}`;
let admin: SignedInUser;
let investor: SignedInUser;
let partner: SignedInUser;
let pendingEmail: string;

const listUsers = (variables: Record<string, unknown>) =>
  admin.ask<{ adminUsers: Page & { users: AdminUserRow[] } }>(USERS, variables);
const listKeys = (variables: Record<string, unknown>) =>
  admin.ask<{ adminApiKeys: Page & { apiKeys: AdminKeyRow[] } }>(KEYS, variables);

beforeAll(async () => {
  admin = await platform.admin();
  investor = await platform.signUp(`${tag}-investor`);
  partner = await platform.withRole(await platform.signUp(`${tag}-partner`), 'PARTNER');
  // Signed up and never confirmed the address: never signed in.
  pendingEmail = uniqueEmail(`${tag}-pending`);
  const signUp = await platform.anonymous.ask(
    'mutation($email: String!, $password: String!, $name: String) { signUp(email: $email, password: $password, displayName: $name) { email } }',
    { email: pendingEmail, password: TEST_PASSWORD, name: `Pending ${tag}` },
  );
  expect(signUp.errors).toBeUndefined();
});

describe('the users list', () => {
  it('shows every user, newest account first, with role, checks, last sign-in and active keys', async () => {
    await investor.createApiKey(['MARKET_READ'], 'counted');
    const revoked = await investor.createApiKey(['MARKET_READ'], 'not counted');
    await investor.ask('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: revoked.id });

    const response = await listUsers({ query: tag });
    expect(response.errors).toBeUndefined();
    const rows = response.data!.adminUsers.users;
    expect(rows.map((row) => row.user.email)).toEqual([
      pendingEmail,
      partner.email,
      investor.email,
    ]);
    const [pending, partnerRow, investorRow] = rows;
    expect(pending).toMatchObject({
      user: {
        role: 'USER',
        emailVerified: false,
        totpEnabled: false,
        displayName: `Pending ${tag}`,
      },
      lastSignInAt: null,
      activeApiKeyCount: 0,
    });
    expect(partnerRow!.user.role).toBe('PARTNER');
    expect(investorRow).toMatchObject({
      user: { id: investor.id, role: 'USER', emailVerified: true },
      activeApiKeyCount: 1,
    });
    expect(Date.parse(investorRow!.lastSignInAt!)).toBeGreaterThanOrEqual(
      Date.parse(investorRow!.user.createdAt),
    );
    expect(response.data!.adminUsers).toMatchObject({ hasMore: false, nextCursor: null });
  });

  it('counts a new sign-in as the last one, and a token refresh not', async () => {
    const before = (await listUsers({ query: investor.email })).data!.adminUsers.users[0]!;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await platform.logIn(investor.email, investor.password);
    const after = (await listUsers({ query: investor.email })).data!.adminUsers.users[0]!;
    expect(Date.parse(after.lastSignInAt!)).toBeGreaterThan(Date.parse(before.lastSignInAt!));

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const refreshed = await platform.anonymous.ask(
      'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken } }',
      { token: investor.refreshToken },
    );
    expect(refreshed.errors).toBeUndefined();
    const later = (await listUsers({ query: investor.email })).data!.adminUsers.users[0]!;
    expect(later.lastSignInAt).toBe(after.lastSignInAt);
  });

  it('finds users by part of the e-mail address or of the name', async () => {
    const byEmail = await listUsers({ query: `${tag}-partner` });
    expect(byEmail.data!.adminUsers.users.map((row) => row.user.id)).toEqual([partner.id]);
    const byName = await listUsers({ query: `  Pending ${tag} ` });
    expect(byName.data!.adminUsers.users.map((row) => row.user.email)).toEqual([pendingEmail]);
    const nobody = await listUsers({ query: `${tag}-nobody` });
    expect(nobody.data!.adminUsers).toEqual({ users: [], nextCursor: null, hasMore: false });
  });

  it('pages with nextCursor, losing and repeating no one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response = await listUsers({ query: tag, first: 2, after });
      expect(response.errors).toBeUndefined();
      const page: Page & { users: AdminUserRow[] } = response.data!.adminUsers;
      expect(page.users.length).toBeLessThanOrEqual(2);
      seen.push(...page.users.map((row) => row.user.email));
      expect(page.hasMore).toBe(page.nextCursor !== null);
      after = page.nextCursor;
    } while (after);
    expect(seen).toEqual([pendingEmail, partner.email, investor.email]);
  });
});

describe('the API keys list', () => {
  it('shows other users’ keys with their owners and never a secret, found by owner, name or prefix', async () => {
    const key = await partner.createApiKey(['AI_READ', 'MARKET_READ'], `${tag} agent`);
    const response = await listKeys({ query: partner.email });
    expect(response.errors).toBeUndefined();
    const rows = response.data!.adminApiKeys.apiKeys;
    expect(rows[0]).toEqual({
      apiKey: {
        id: key.id,
        name: `${tag} agent`,
        prefix: key.prefix,
        scopes: ['AI_READ', 'MARKET_READ'],
        revokedAt: null,
      },
      owner: { id: partner.id, email: partner.email },
    });
    expect(JSON.stringify(response.data)).not.toContain(key.secret.slice(key.prefix.length + 1));

    const byName = await listKeys({ query: `${tag} agent` });
    expect(byName.data!.adminApiKeys.apiKeys.map((row) => row.apiKey.id)).toEqual([key.id]);
    const byPrefix = await listKeys({ query: key.prefix });
    expect(byPrefix.data!.adminApiKeys.apiKeys.map((row) => row.apiKey.id)).toEqual([key.id]);
    const byOwner = await listKeys({ userId: partner.id });
    expect(byOwner.data!.adminApiKeys.apiKeys.every((row) => row.owner.id === partner.id)).toBe(
      true,
    );
  });
});

describe('revoking someone’s key', () => {
  it('stops the key working; revoking it again changes nothing', async () => {
    const key = await investor.createApiKey(['MARKET_READ'], 'leaked');
    const me = () =>
      platform.anonymous.ask<{ me: { id: string } }>(
        '{ me { id } }',
        {},
        {
          headers: { 'x-api-key': key.secret },
        },
      );
    expect((await me()).data?.me.id).toBe(investor.id);

    const first = await admin.ask<{
      adminRevokeApiKey: { apiKey: { id: string; revokedAt: string }; owner: { email: string } };
    }>(REVOKE, { id: key.id });
    expect(first.errors).toBeUndefined();
    expect(first.data!.adminRevokeApiKey).toMatchObject({
      apiKey: { id: key.id },
      owner: { email: investor.email },
    });
    expect(first.data!.adminRevokeApiKey.apiKey.revokedAt).not.toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const refused = await me();
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');

    const again = await admin.ask<{ adminRevokeApiKey: { apiKey: { revokedAt: string } } }>(
      REVOKE,
      { id: key.id },
    );
    expect(again.data!.adminRevokeApiKey.apiKey.revokedAt).toBe(
      first.data!.adminRevokeApiKey.apiKey.revokedAt,
    );
    // The owner sees it revoked in their own list.
    const own = await investor.ask<{ apiKeys: { id: string; revokedAt: string | null }[] }>(
      '{ apiKeys { id revokedAt } }',
    );
    expect(own.data!.apiKeys.find((listed) => listed.id === key.id)?.revokedAt).not.toBeNull();
  });
});

describe('who may', () => {
  it('refuses users, partners and an administrator’s API key, and asks anonymous callers to sign in', async () => {
    const adminKey = await admin.createApiKey(['MARKET_READ'], 'admin key');
    const victim = await investor.createApiKey(['MARKET_READ'], 'not theirs to revoke');
    for (const caller of [investor, partner, adminKey]) {
      for (const [operation, variables] of [
        [USERS, {}],
        [KEYS, {}],
        [REVOKE, { id: victim.id }],
      ] as const) {
        const response = await caller.ask(operation, variables);
        expect(codeOf(response), operation).toBe('FORBIDDEN');
        expect(response.data ?? null).toSatisfy(
          (data: Record<string, unknown> | null) =>
            data === null || Object.values(data).every((value) => value === null),
        );
      }
    }
    expect(codeOf(await platform.anonymous.ask(USERS))).toBe('UNAUTHENTICATED');
    const stillActive = await listKeys({ query: victim.prefix });
    expect(stillActive.data!.adminApiKeys.apiKeys[0]!.apiKey.revokedAt).toBeNull();
  });
});

describe('bad input', () => {
  it.each([
    ['a page of 0', USERS, { first: 0 }, 'first'],
    ['a page of 101', KEYS, { first: 101 }, 'first'],
    ['a made-up cursor', USERS, { after: 'not-a-cursor' }, 'after'],
    ['a search of 101 characters', KEYS, { query: 'x'.repeat(101) }, 'query'],
    ['a user id that is no UUID', KEYS, { userId: 'me' }, 'userId'],
    ['a key id that is no UUID', REVOKE, { id: '42' }, 'id'],
  ])(
    'answers %s with BAD_USER_INPUT, in Korean and English',
    async (_case, operation, variables, argument) => {
      const korean = await admin.ask(operation, variables);
      expect(korean.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(korean.errors![0]!.message).toMatch(/[가-힣]/);
      const english = await admin.ask(operation, variables, {
        headers: { 'accept-language': 'en' },
      });
      expect(english.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(english.errors![0]!.message).not.toMatch(/[가-힣]/);
      expect(english.errors![0]!.message).toContain(argument);
    },
  );

  it('answers a key that does not exist with NOT_FOUND', async () => {
    const response = await admin.ask(REVOKE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(response)).toBe('NOT_FOUND');
  });
});
