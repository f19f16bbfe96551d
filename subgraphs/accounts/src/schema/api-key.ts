import { SCOPES, requireUserId, type Scope } from '@capstone/auth';
import { badInput, conflict, forbidden, notFound } from '@capstone/errors';
import { builder } from '../builder.js';
import { newApiKey, revokeApiKeyOnce } from '../auth/api-keys.js';
import { sha256Hex } from '../auth/hashing.js';
import type { ApiKey as ApiKeyRow } from '../generated/prisma/client.js';

const MAX_ACTIVE_KEYS = 20;

export const ApiScope = builder.enumType('ApiScope', {
  description: 'What an API key may do.',
  values: Object.fromEntries(
    SCOPES.map((scope) => [
      scope.replace(':', '_').toUpperCase(),
      { value: scope, description: `The ${scope} scope.` },
    ]),
  ) as Record<string, { value: Scope; description: string }>,
});

export const ApiKey = builder.objectRef<ApiKeyRow>('ApiKey').implement({
  description: 'An API key for a partner app or an AI agent. Its secret is shown only at creation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    name: t.exposeString('name', { description: 'What the key is for.' }),
    prefix: t.exposeString('prefix', {
      description: 'The public start of the key, to recognise it.',
    }),
    scopes: t.field({
      type: [ApiScope],
      description: 'What the key may do.',
      resolve: (key) => key.scopes as Scope[],
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last used, to the minute.',
    }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; a revoked key no longer works.',
    }),
  }),
});

const CreatedApiKey = builder
  .objectRef<{ apiKey: ApiKeyRow; secret: string }>('CreatedApiKey')
  .implement({
    description: 'A new key and its secret. Store the secret now: it cannot be shown again.',
    fields: (t) => ({
      apiKey: t.field({
        type: ApiKey,
        description: 'The key.',
        resolve: (created) => created.apiKey,
      }),
      secret: t.exposeString('secret', {
        description:
          'The whole key, to send as `Authorization: Bearer <key>` or `x-api-key: <key>`.',
      }),
    }),
  });

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKey],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'Your API keys, newest first, revoked ones included.',
    authScopes: { session: true },
    resolve: (_root, _args, { prisma, identity }) =>
      prisma.apiKey.findMany({
        where: { userId: requireUserId(identity) },
        orderBy: { createdAt: 'desc' },
      }),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKey,
    description:
      'Creates an API key with the given scopes. Signed-in sessions only, not other keys.',
    authScopes: { session: true },
    args: {
      name: t.arg.string({ required: true, description: 'What the key is for.' }),
      scopes: t.arg({ type: [ApiScope], required: true, description: 'What the key may do.' }),
    },
    resolve: async (_root, { name, scopes }, { prisma, identity }) => {
      const userId = requireUserId(identity);
      const label = name.trim();
      if (label.length < 1 || label.length > 100) {
        throw badInput(
          {
            ko: '이름은 1자 이상 100자 이하여야 합니다',
            en: 'The name must have 1 to 100 characters',
          },
          { argument: 'name' },
        );
      }
      if (scopes.length === 0)
        throw badInput(
          { ko: '키에 권한 범위를 하나 이상 주세요', en: 'Give the key at least one scope' },
          { argument: 'scopes' },
        );
      const active = await prisma.apiKey.count({ where: { userId, revokedAt: null } });
      if (active >= MAX_ACTIVE_KEYS) {
        throw conflict({
          ko: `활성 키가 이미 ${MAX_ACTIVE_KEYS}개입니다. 하나를 먼저 폐기하세요`,
          en: `You have ${MAX_ACTIVE_KEYS} active keys; revoke one first`,
        });
      }
      const { prefix, secret, key } = newApiKey();
      const apiKey = await prisma.apiKey.create({
        data: {
          userId,
          name: label,
          prefix,
          secretHash: sha256Hex(secret),
          scopes: [...new Set(scopes)],
        },
      });
      return { apiKey, secret: key };
    },
  }),

  revokeApiKey: t.field({
    type: ApiKey,
    description:
      'Revokes one of your API keys. Gateways that verified it recently stop taking it within API_KEY_CACHE_SECONDS.',
    authScopes: { session: true },
    args: { id: t.arg.id({ required: true, description: 'The key id.' }) },
    resolve: async (_root, { id }, { prisma, identity }) => {
      const key = await prisma.apiKey.findUnique({ where: { id: String(id) } });
      if (!key) throw notFound({ ko: '그런 키가 없습니다', en: 'There is no such key' });
      if (key.userId !== requireUserId(identity)) {
        throw forbidden({ ko: '다른 사람의 키입니다', en: 'This key belongs to someone else' });
      }
      if (key.revokedAt) return key;
      return (await revokeApiKeyOnce(prisma, key.id)).apiKey;
    },
  }),
}));
