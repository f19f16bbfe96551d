import { builder } from '../builder.js';
import { Portfolio } from './portfolio.js';

/** The accounts subgraph's user, extended with the portfolios this subgraph holds for them. */
builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    portfolios: t.field({
      type: [Portfolio],
      description:
        "The user's portfolios, by name. Only the user (or an administrator) may list them.",
      authScopes: (user, _args, { identity }) =>
        identity.kind !== 'anonymous' && (identity.userId === user.id || identity.role === 'ADMIN')
          ? { scope: 'portfolio:read' }
          : false,
      resolve: ({ id }, _args, { prisma }) =>
        prisma.portfolio.findMany({ where: { ownerId: id }, orderBy: { name: 'asc' } }),
    }),
  }),
});
