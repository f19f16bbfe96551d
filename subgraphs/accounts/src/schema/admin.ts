import { ADMIN_ONLY, requireUserId } from '@capstone/auth';
import { notFound } from '@capstone/errors';
import {
  AFTER_ARG,
  FIRST_ARG,
  addCursorPageFields,
  decodeCursor,
  olderThan,
  pageOf,
  zodMessage,
} from '@capstone/server-kit';
import { z } from 'zod';
import { revokeApiKeyOnce } from '../auth/api-keys.js';
import { builder } from '../builder.js';
import type { ApiKey as ApiKeyRow, User as UserRow } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import { ApiKey } from './api-key.js';
import { User } from './user.js';

/** A user as administrators list them: the account, and what the accounts database knows of its use. */
interface AdminUserRow {
  user: UserRow;
  lastSignInAt: Date | null;
  activeApiKeyCount: number;
}

interface AdminApiKeyRow {
  apiKey: ApiKeyRow;
  owner: UserRow;
}

const AdminUser = builder.objectRef<AdminUserRow>('AdminUser').implement({
  description: 'A user in the administrators’ list.',
  authScopes: ADMIN_ONLY,
  fields: (t) => ({
    user: t.field({ type: User, description: 'The account.', resolve: (row) => row.user }),
    lastSignInAt: t.expose('lastSignInAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the user last signed in (started a session, by password or an external provider); null when never.',
    }),
    activeApiKeyCount: t.exposeInt('activeApiKeyCount', {
      description: 'How many of the user’s API keys are not revoked.',
    }),
  }),
});

const AdminApiKey = builder.objectRef<AdminApiKeyRow>('AdminApiKey').implement({
  description: 'An API key in the administrators’ list, with its owner. Never its secret.',
  authScopes: ADMIN_ONLY,
  fields: (t) => ({
    apiKey: t.field({ type: ApiKey, description: 'The key.', resolve: (row) => row.apiKey }),
    owner: t.field({ type: User, description: 'Whose key it is.', resolve: (row) => row.owner }),
  }),
});

const AdminUserPage = builder
  .objectRef<{ rows: AdminUserRow[]; nextCursor: string | null }>('AdminUserPage')
  .implement({
    description:
      'A page of users, newest account first. Pass `nextCursor` as `after` for the next page.',
    fields: (t) => ({
      users: t.field({ type: [AdminUser], description: 'The users.', resolve: (p) => p.rows }),
    }),
  });
addCursorPageFields(builder, AdminUserPage);

const AdminApiKeyPage = builder
  .objectRef<{ rows: AdminApiKeyRow[]; nextCursor: string | null }>('AdminApiKeyPage')
  .implement({
    description:
      'A page of API keys, newest first. Pass `nextCursor` as `after` for the next page.',
    fields: (t) => ({
      apiKeys: t.field({
        type: [AdminApiKey],
        description: 'The keys.',
        resolve: (p) => p.rows,
      }),
    }),
  });
addCursorPageFields(builder, AdminApiKeyPage);

const SEARCH = z
  .string()
  .max(100, zodMessage({ ko: '100자를 넘을 수 없습니다', en: 'must have at most 100 characters' }))
  .nullish();
const UUID = z.uuid(zodMessage({ ko: 'UUID여야 합니다', en: 'must be a UUID' }));

/** The search words, or nothing to narrow by when blank. */
const searchText = (query: string | null | undefined) => query?.trim() || null;

/**
 * When each user last signed in: the start of their newest session. Every sign-in starts a
 * family of refresh tokens and the first token's time is its start; refreshes add tokens to the
 * family, so they do not count. One query for the whole page.
 */
async function lastSignIns(prisma: PrismaClient, userIds: string[]) {
  const families = await prisma.refreshToken.groupBy({
    by: ['userId', 'familyId'],
    where: { userId: { in: userIds } },
    _min: { createdAt: true },
  });
  const last = new Map<string, Date>();
  for (const family of families) {
    const started = family._min.createdAt;
    const known = last.get(family.userId);
    if (started && (!known || started > known)) last.set(family.userId, started);
  }
  return last;
}

builder.queryFields((t) => ({
  adminUsers: t.field({
    type: AdminUserPage,
    nullable: true,
    description:
      'Every user, newest account first, a page at a time; `query` finds them by e-mail or name. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: {
      query: t.arg.string({
        description: 'Part of the e-mail address or the display name.',
        validate: SEARCH,
      }),
      first: t.arg.int(FIRST_ARG),
      after: t.arg.string(AFTER_ARG),
    },
    resolve: async (_root, { query, first, after }, { prisma }) => {
      const size = first ?? 20;
      const text = searchText(query);
      const rows = await prisma.user.findMany({
        where: {
          ...(text
            ? {
                AND: [{ OR: [{ email: { contains: text } }, { displayName: { contains: text } }] }],
              }
            : {}),
          ...olderThan('createdAt', after ? decodeCursor(after) : null),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: size + 1,
        include: { _count: { select: { apiKeys: { where: { revokedAt: null } } } } },
      });
      const page = pageOf(rows, size, (user) => ({ at: user.createdAt, id: user.id }));
      const signIns = await lastSignIns(
        prisma,
        page.rows.map((user) => user.id),
      );
      return {
        nextCursor: page.nextCursor,
        rows: page.rows.map(({ _count, ...user }) => ({
          user,
          lastSignInAt: signIns.get(user.id) ?? null,
          activeApiKeyCount: _count.apiKeys,
        })),
      };
    },
  }),
  adminApiKeys: t.field({
    type: AdminApiKeyPage,
    nullable: true,
    description:
      'Every user’s API keys, newest first, revoked ones included, a page at a time; `query` finds them by the owner’s e-mail, the key’s name or its prefix. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: {
      query: t.arg.string({
        description: 'Part of the owner’s e-mail address or of the key’s name, or its prefix.',
        validate: SEARCH,
      }),
      userId: t.arg.id({ description: 'Only this user’s keys.', validate: UUID.nullish() }),
      first: t.arg.int(FIRST_ARG),
      after: t.arg.string(AFTER_ARG),
    },
    resolve: async (_root, { query, userId, first, after }, { prisma }) => {
      const size = first ?? 20;
      const text = searchText(query);
      const rows = await prisma.apiKey.findMany({
        where: {
          ...(userId ? { userId: String(userId) } : {}),
          ...(text
            ? {
                AND: [
                  {
                    OR: [
                      { user: { email: { contains: text } } },
                      { name: { contains: text } },
                      { prefix: { startsWith: text } },
                    ],
                  },
                ],
              }
            : {}),
          ...olderThan('createdAt', after ? decodeCursor(after) : null),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: size + 1,
        include: { user: true },
      });
      const page = pageOf(rows, size, (key) => ({ at: key.createdAt, id: key.id }));
      return {
        nextCursor: page.nextCursor,
        rows: page.rows.map(({ user, ...apiKey }) => ({ apiKey, owner: user })),
      };
    },
  }),
}));

builder.mutationField('adminRevokeApiKey', (t) =>
  t.field({
    type: AdminApiKey,
    description:
      'Revokes any user’s API key, e.g. one that leaked. Revoking a revoked key changes nothing and answers it as it is. Gateways that verified it recently stop taking it within API_KEY_CACHE_SECONDS. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: {
      id: t.arg.id({ required: true, description: 'The key id.', validate: UUID }),
    },
    resolve: async (_root, { id }, { prisma, logger, identity }) => {
      const key = await prisma.apiKey.findUnique({
        where: { id: String(id) },
        include: { user: true },
      });
      if (!key) {
        throw notFound(
          { ko: '그런 API 키가 없습니다', en: 'There is no such API key' },
          { argument: 'id' },
        );
      }
      const { user: owner, ...apiKey } = key;
      if (apiKey.revokedAt) return { apiKey, owner };
      const { apiKey: stored, revoked } = await revokeApiKeyOnce(prisma, apiKey.id);
      if (revoked) {
        logger.info(
          {
            apiKeyId: apiKey.id,
            prefix: apiKey.prefix,
            owner: owner.id,
            by: requireUserId(identity),
          },
          'accounts: API key revoked by an administrator',
        );
      }
      return { apiKey: stored, owner };
    },
  }),
);
