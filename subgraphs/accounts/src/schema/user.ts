import { builder } from '../builder.js';
import type { User as UserRow } from '../generated/prisma/client.js';
import { Role as RoleValues } from '../generated/prisma/enums.js';

export const Role = builder.enumType('Role', {
  description: 'What a user may do: an ordinary user, a partner app, or an administrator.',
  values: {
    USER: { value: RoleValues.USER, description: 'An investor using the dashboard or an agent.' },
    PARTNER: { value: RoleValues.PARTNER, description: 'A partner application with API keys.' },
    ADMIN: { value: RoleValues.ADMIN, description: 'Runs the platform.' },
  },
});

export const User = builder.objectRef<UserRow>('User').implement({
  description: 'A person or organisation with an account.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    email: t.exposeString('email', { description: 'Log-in e-mail address.' }),
    displayName: t.exposeString('displayName', { description: 'Name shown in the dashboard.' }),
    role: t.expose('role', {
      type: Role,
      description: 'The role that decides what the user may do.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the account was created.',
    }),
  }),
});

builder.asEntity(User, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, { prisma }) => prisma.user.findUnique({ where: { id } }),
});

builder.queryField('user', (t) =>
  t.field({
    type: User,
    nullable: true,
    description: 'A user by id, or null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The user id.' }) },
    resolve: (_root, { id }, { prisma }) => prisma.user.findUnique({ where: { id: String(id) } }),
  }),
);
