import { requireUserId } from '@capstone/auth';
import { dateRange, intBetween } from '@capstone/server-kit';
import { canSee } from '../access.js';
import { builder } from '../builder.js';
import type { Portfolio as PortfolioRow } from '../generated/prisma/client.js';
import { seoulDay } from '../ledger/dated.js';
import { settledCashOn } from '../ledger/ledger.js';
import { ledgerOf } from '../ledger/load.js';
import { valuePortfolio, valueHistory } from '../valuation.js';
import { Holding } from './holding.js';
import { Transaction } from './transaction.js';
import { PortfolioValuation, PortfolioValuePoint } from './valuation.js';

export const Portfolio = builder.objectRef<PortfolioRow>('Portfolio').implement({
  description: 'A named set of KRX holdings and cash, owned by one user.',
  // Checked wherever a portfolio turns up: a query, User.portfolios, or another subgraph's reference.
  authScopes: (portfolio, context) => canSee(context, portfolio),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    ownerId: t.exposeID('ownerId', { description: 'The id of the user who owns it.' }),
    name: t.exposeString('name', { description: "Unique among the owner's portfolios." }),
    baseCurrency: t.exposeString('baseCurrency', { description: 'Always KRW for now.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    cash: t.field({
      type: 'Decimal',
      description:
        'Cash in KRW, from the ledger: settled and unsettled together (D+2 예수금, what the cash will be once every sale has settled).',
      resolve: async (portfolio, _args, context) => (await ledgerOf(context, portfolio.id)).cash,
    }),
    settledCash: t.field({
      type: 'Decimal',
      description:
        'Cash that has settled today (Asia/Seoul) and may be withdrawn (출금가능금액), in KRW: `cash` less the proceeds of sales not yet settled (T+2 on the KRX calendar).',
      resolve: async (portfolio, _args, context) =>
        settledCashOn(await ledgerOf(context, portfolio.id), seoulDay(new Date())),
    }),
    unsettledCash: t.field({
      type: 'Decimal',
      description:
        'Sale proceeds in KRW that settle on a later trading day (T+2): part of `cash`, not yet withdrawable. `settledCash + unsettledCash = cash`.',
      resolve: async (portfolio, _args, context) => {
        const ledger = await ledgerOf(context, portfolio.id);
        return ledger.cash.minus(settledCashOn(ledger, seoulDay(new Date())));
      },
    }),
    commissionRate: t.field({
      type: 'Decimal',
      description:
        'Brokerage commission charged on trades recorded without a fee, as a fraction of the amount (0.00015 = 0.015%).',
      resolve: (portfolio) => portfolio.commissionRate,
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
      description: 'The ledger, newest first by `occurredAt`.',
      args: {
        limit: t.arg.int({
          defaultValue: 50,
          description: 'At most this many lines (1 to 500).',
          validate: intBetween(1, 500),
        }),
      },
      // Newest by date, the order the ledger is checked and valued in (a back-dated line sits
      // at its date, not at the top).
      resolve: (portfolio, { limit }, { prisma }) =>
        prisma.transaction.findMany({
          where: { portfolioId: portfolio.id },
          orderBy: [{ occurredAt: 'desc' }, { sequence: 'desc' }],
          take: limit ?? 50,
        }),
    }),
    valuation: t.field({
      type: PortfolioValuation,
      description: 'What the portfolio is worth at the latest closes, with P&L and weights.',
      resolve: async (portfolio, _args, context) =>
        valuePortfolio(context, await ledgerOf(context, portfolio.id)),
    }),
    valueHistory: t.field({
      type: [PortfolioValuePoint],
      description: "The value at each trading day's close between two days (at most 5 years).",
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'First day, inclusive.' }),
        to: t.arg({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
      },
      validate: dateRange({ maxDays: 5 * 366, what: 'A value history', span: '5 years' }),
      resolve: (portfolio, { from, to }, context) => valueHistory(context, portfolio.id, from, to),
    }),
  }),
});

builder.asEntity(Portfolio, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, { prisma }) => prisma.portfolio.findUnique({ where: { id } }),
});

builder.queryFields((t) => ({
  portfolios: t.field({
    type: [Portfolio],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'Your portfolios, by name.',
    authScopes: { scope: 'portfolio:read' },
    resolve: (_root, _args, { prisma, identity }) =>
      prisma.portfolio.findMany({
        where: { ownerId: requireUserId(identity) },
        orderBy: { name: 'asc' },
      }),
  }),
  portfolio: t.field({
    type: Portfolio,
    nullable: true,
    description:
      "One of your portfolios by id; null when you have none with that id. Another user's portfolio answers null too, exactly as a missing one, so that an id reveals nothing.",
    authScopes: { scope: 'portfolio:read' },
    args: { id: t.arg.id({ required: true, description: 'The portfolio id.' }) },
    resolve: async (_root, { id }, context) => {
      const portfolio = await context.prisma.portfolio.findUnique({ where: { id: String(id) } });
      return portfolio && canSee(context, portfolio) ? portfolio : null;
    },
  }),
}));
