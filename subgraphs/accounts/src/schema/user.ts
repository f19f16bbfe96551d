import { requireUserId } from '@capstone/auth';
import { forbidden, notFound } from '@capstone/errors';
import { builder } from '../builder.js';
import type { User as UserRow } from '../generated/prisma/client.js';
import { Role as RoleValues } from '../generated/prisma/enums.js';
import type { AccountsContext } from '../context.js';

export const Role = builder.enumType('Role', {
  description: 'What a user may do: an ordinary user, a partner app, or an administrator.',
  values: {
    USER: { value: RoleValues.USER, description: 'An investor using the dashboard or an agent.' },
    PARTNER: { value: RoleValues.PARTNER, description: 'A partner application with API keys.' },
    ADMIN: { value: RoleValues.ADMIN, description: 'Runs the platform.' },
  },
});

/** A user's details are theirs and the administrators' to read. */
const selfOrAdmin = (user: UserRow, _args: object, { identity, signedIn }: AccountsContext) =>
  signedIn === user.id ||
  (identity.kind !== 'anonymous' && (identity.userId === user.id || identity.role === 'ADMIN'));

export const User = builder.objectRef<UserRow>('User').implement({
  description: 'A person or organisation with an account.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    email: t.exposeString('email', {
      description: 'Log-in e-mail address.',
      authScopes: selfOrAdmin,
    }),
    displayName: t.exposeString('displayName', {
      description: 'Name shown in the dashboard.',
      authScopes: selfOrAdmin,
    }),
    role: t.expose('role', {
      type: Role,
      description: 'The role that decides what the user may do.',
      authScopes: selfOrAdmin,
    }),
    emailVerified: t.exposeBoolean('emailVerified', {
      description:
        'Whether the owner confirmed the e-mail address (by mail or an external log-in).',
      authScopes: selfOrAdmin,
    }),
    totpEnabled: t.exposeBoolean('totpEnabled', {
      description: 'Whether log-in asks for a TOTP code.',
      authScopes: selfOrAdmin,
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the account was created.',
      authScopes: selfOrAdmin,
    }),
  }),
});

builder.asEntity(User, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, { prisma }) => prisma.user.findUnique({ where: { id } }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: User,
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'The signed-in user (or the owner of the API key).',
    authScopes: { authenticated: true },
    resolve: async (_root, _args, { prisma, identity }) =>
      prisma.user.findUniqueOrThrow({ where: { id: requireUserId(identity) } }),
  }),
  user: t.field({
    type: User,
    nullable: true,
    description: 'A user by id: yourself, or anyone for an administrator.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true, description: 'The user id.' }) },
    resolve: async (_root, { id }, { prisma, identity }) => {
      const userId = requireUserId(identity);
      if (String(id) !== userId && identity.kind !== 'anonymous' && identity.role !== 'ADMIN') {
        throw forbidden({
          ko: '자신의 계정만 읽을 수 있습니다',
          en: 'You may only read your own account',
        });
      }
      return prisma.user.findUnique({ where: { id: String(id) } });
    },
  }),
}));

builder.mutationField('setUserRole', (t) =>
  t.field({
    type: User,
    description: 'Gives a user another role. Administrators only.',
    authScopes: { admin: true },
    args: {
      userId: t.arg.id({ required: true, description: 'The user to change.' }),
      role: t.arg({ type: Role, required: true, description: 'The new role.' }),
    },
    resolve: async (_root, { userId, role }, { prisma }) => {
      const user = await prisma.user.findUnique({ where: { id: String(userId) } });
      if (!user) throw notFound({ ko: '그런 사용자가 없습니다', en: 'There is no such user' });
      return prisma.user.update({ where: { id: user.id }, data: { role } });
    },
  }),
);
