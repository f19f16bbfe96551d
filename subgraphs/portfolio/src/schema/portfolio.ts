import { builder } from '../builder.js';
import type { Portfolio as PortfolioRow } from '../generated/prisma/client.js';
import { ledgerOf } from '../ledger/load.js';
import { Holding } from './holding.js';
import { Transaction } from './transaction.js';

export const Portfolio = builder.objectRef<PortfolioRow>('Portfolio').implement({
  description: 'A named set of KRX holdings and cash, owned by one user.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    ownerId: t.exposeID('ownerId', { description: 'The id of the user who owns it.' }),
    name: t.exposeString('name', { description: "Unique among the owner's portfolios." }),
    baseCurrency: t.exposeString('baseCurrency', { description: 'Always KRW for now.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    cash: t.field({
      type: 'Decimal',
      description: 'Cash in KRW, from the ledger.',
      resolve: async (portfolio, _args, context) => (await ledgerOf(context, portfolio.id)).cash,
    }),
    realizedPnl: t.field({
      type: 'Decimal',
      description: 'Profit or loss already taken on sales, fees and taxes included, in KRW.',
      resolve: async (portfolio, _args, context) =>
        (await ledgerOf(context, portfolio.id)).realizedPnl,
    }),
    holdings: t.field({
      type: [Holding],
      description: 'Open positions, largest cost first.',
      resolve: async (portfolio, _args, context) => {
        const { positions } = await ledgerOf(context, portfolio.id);
        return [...positions.values()]
          .filter((position) => !position.quantity.isZero())
          .sort((a, b) => b.costBasis.comparedTo(a.costBasis));
      },
    }),
    transactions: t.field({
      type: [Transaction],
      description: 'The ledger, newest first.',
      args: {
        limit: t.arg.int({ defaultValue: 50, description: 'At most this many lines (1 to 500).' }),
      },
      resolve: (portfolio, { limit }, { prisma }) =>
        prisma.transaction.findMany({
          where: { portfolioId: portfolio.id },
          orderBy: { sequence: 'desc' },
          take: Math.min(Math.max(limit ?? 50, 1), 500),
        }),
    }),
  }),
});

builder.asEntity(Portfolio, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, { prisma }) => prisma.portfolio.findUnique({ where: { id } }),
});

builder.queryField('portfolio', (t) =>
  t.field({
    type: Portfolio,
    nullable: true,
    description: 'A portfolio by id, or null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The portfolio id.' }) },
    resolve: (_root, { id }, { prisma }) =>
      prisma.portfolio.findUnique({ where: { id: String(id) } }),
  }),
);
