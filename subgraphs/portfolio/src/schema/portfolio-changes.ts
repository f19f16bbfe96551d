import { requireUserId } from '@capstone/auth';
import { Decimal, parseKrxSymbol as symbol } from '@capstone/server-kit';
import { badInput, conflict, isUniqueViolation } from '@capstone/errors';
import { ownPortfolio } from '../access.js';
import { builder } from '../builder.js';
import { idempotent } from '../idempotency.js';
import { appendToLedger, type NewEntry } from '../ledger/append.js';
import { seoulDay } from '../ledger/dated.js';
import { commissionRate, money, portfolioName, quantity, tradeAmount } from '../money.js';
import { latestCloses } from '../prices.js';
import { DEFAULT_COMMISSION_RATE, formatWon } from '@capstone/krx-rules';
import { commission, settlesOn } from '../trade-rules.js';
import { Portfolio } from './portfolio.js';

const ZERO = new Decimal(0);

const nameTaken = (name: string) => ({
  ko: `"${name}"이라는 포트폴리오가 이미 있습니다`,
  en: `You have a portfolio named "${name}" already`,
});

const InitialHolding = builder.inputType('InitialHoldingInput', {
  description:
    'A stock to buy when the portfolio is created: give a quantity or a weight, not both.',
  fields: (t) => ({
    symbol: t.string({ required: true, description: 'The KRX code, e.g. "005930".' }),
    quantity: t.field({ type: 'Decimal', description: 'Shares to buy at the latest close.' }),
    weight: t.field({
      type: 'Decimal',
      description:
        'Share of the opening cash to put in it, commission included, as a fraction (0.25 = 25 %); whole shares are bought.',
    }),
  }),
});

const CreatePortfolioInput = builder.inputType('CreatePortfolioInput', {
  description: 'A new portfolio: its name, opening cash, and the holdings to buy with it.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique among your portfolios.' }),
    cash: t.field({ type: 'Decimal', required: true, description: 'Opening cash in whole KRW.' }),
    commissionRate: t.field({
      type: 'Decimal',
      description:
        'Brokerage commission on trades recorded without a fee, the opening buys included, as a fraction (default 0.00015 = 0.015%).',
    }),
    holdings: t.field({
      type: [InitialHolding],
      defaultValue: [],
      description: 'Stocks bought with the opening cash at their latest closes.',
    }),
    idempotencyKey: t.string({
      description: 'Send the same key when retrying, so the portfolio is created once.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createPortfolio: t.field({
    type: Portfolio,
    description:
      'Creates a portfolio with opening cash, and buys its first holdings by quantity or weight at their latest closes, paying the portfolio’s commission on each.',
    authScopes: { scope: 'portfolio:write' },
    args: {
      input: t.arg({
        type: CreatePortfolioInput,
        required: true,
        description: 'The new portfolio.',
      }),
    },
    resolve: async (_root, { input }, context) => {
      const ownerId = requireUserId(context.identity);
      const name = portfolioName(input.name);
      const cash = money(input.cash, 'cash');
      const rate = commissionRate(
        input.commissionRate ?? new Decimal(DEFAULT_COMMISSION_RATE),
        'commissionRate',
      );
      const wanted = (input.holdings ?? []).map((holding, index) => {
        const argument = `holdings[${index}]`;
        if ((holding.quantity == null) === (holding.weight == null)) {
          throw badInput(
            {
              ko: `${argument}: 수량과 비중 중 하나만 주세요`,
              en: `${argument}: give either a quantity or a weight`,
            },
            { argument },
          );
        }
        const weight = holding.weight;
        if (weight != null && (weight.lessThanOrEqualTo(0) || weight.greaterThan(1))) {
          throw badInput(
            {
              ko: `${argument}.weight는 0보다 크고 1 이하여야 합니다`,
              en: `${argument}.weight must be more than 0 and at most 1`,
            },
            { argument },
          );
        }
        return {
          symbol: symbol(holding.symbol, `${argument}.symbol`),
          quantity:
            holding.quantity == null ? null : quantity(holding.quantity, `${argument}.quantity`),
          weight,
        };
      });
      if (new Set(wanted.map((holding) => holding.symbol)).size !== wanted.length) {
        throw badInput(
          {
            ko: '`holdings`에 같은 종목이 두 번 나올 수 없습니다',
            en: 'Each symbol may appear once in `holdings`',
          },
          { argument: 'holdings' },
        );
      }
      const totalWeight = wanted.reduce((sum, holding) => sum.plus(holding.weight ?? ZERO), ZERO);
      if (totalWeight.greaterThan(1))
        throw badInput(
          { ko: '비중의 합이 1을 넘습니다', en: 'The weights add up to more than 1' },
          { argument: 'holdings' },
        );

      const closes = await latestCloses(
        context,
        wanted.map((holding) => holding.symbol),
      );
      const occurredAt = new Date();
      const day = seoulDay(occurredAt);
      const entries: NewEntry[] = [
        { type: 'DEPOSIT', amount: cash, fee: ZERO, tax: ZERO, occurredAt, note: 'Opening cash' },
      ];
      for (const holding of wanted) {
        if (!closes.has(holding.symbol)) {
          throw badInput(
            {
              ko: `${holding.symbol} 종목이 없습니다`,
              en: `There is no instrument ${holding.symbol}`,
            },
            { argument: 'holdings' },
          );
        }
        const close = closes.get(holding.symbol);
        if (!close) {
          throw badInput(
            {
              ko: `${holding.symbol}은(는) 아직 가격이 없어 살 수 없습니다`,
              en: `${holding.symbol} has no price yet, so it cannot be bought`,
            },
            { argument: 'holdings' },
          );
        }
        const price = close.close.round();
        // A weight is of the cash the buy uses, commission included.
        const shares =
          holding.quantity ??
          cash
            .times(holding.weight!)
            .dividedBy(price.times(rate.plus(1)))
            .floor();
        if (shares.isZero()) {
          // Say what would work: the cash at which this weight buys its first share.
          const cashNeeded = price.times(rate.plus(1)).dividedBy(holding.weight!).ceil().toFixed();
          throw badInput(
            {
              ko: `${holding.symbol}: 이 비중으로는 ${formatWon(price.toFixed(), 'ko')}짜리 주식을 한 주도 살 수 없습니다. 초기 현금을 ${formatWon(cashNeeded, 'ko')} 이상으로 늘리거나 비중을 높이세요`,
              en: `${holding.symbol}: the weight buys no whole share at ${formatWon(price.toFixed(), 'en')}; raise the opening cash to at least ${formatWon(cashNeeded, 'en')} or the weight`,
            },
            { argument: 'holdings' },
          );
        }
        const amount = tradeAmount(shares, price, 'holdings');
        entries.push({
          type: 'BUY',
          symbol: holding.symbol,
          quantity: shares,
          price,
          amount,
          fee: commission(amount, rate, day),
          tax: ZERO,
          feeMethod: 'COMPUTED',
          taxMethod: 'COMPUTED',
          settlesOn: settlesOn(day),
          occurredAt,
        });
      }

      if (
        await context.prisma.portfolio.findUnique({ where: { ownerId_name: { ownerId, name } } })
      ) {
        if (!input.idempotencyKey) throw conflict(nameTaken(name), { argument: 'name' });
      }
      const id = await idempotent(
        context.prisma,
        { ownerId, key: input.idempotencyKey, operation: 'createPortfolio', request: input },
        async (tx) => {
          let portfolio;
          try {
            portfolio = await tx.portfolio.create({
              data: { ownerId, name, commissionRate: rate.toFixed() },
            });
          } catch (error) {
            if (isUniqueViolation(error)) {
              throw conflict(nameTaken(name), { argument: 'name' });
            }
            throw error;
          }
          await appendToLedger(tx, portfolio.id, entries);
          return portfolio.id;
        },
      );
      return context.prisma.portfolio.findUniqueOrThrow({ where: { id } });
    },
  }),

  renamePortfolio: t.field({
    type: Portfolio,
    description: 'Gives one of your portfolios a new name.',
    authScopes: { scope: 'portfolio:write' },
    args: {
      id: t.arg.id({ required: true, description: 'The portfolio id.' }),
      name: t.arg.string({ required: true, description: 'The new name.' }),
    },
    resolve: async (_root, args, context) => {
      const portfolio = await ownPortfolio(context, String(args.id));
      const name = portfolioName(args.name);
      try {
        return await context.prisma.portfolio.update({
          where: { id: portfolio.id },
          data: { name },
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw conflict(nameTaken(name), { argument: 'name' });
        }
        throw error;
      }
    },
  }),

  setPortfolioCommissionRate: t.field({
    type: Portfolio,
    description:
      'Sets the brokerage commission rate charged on trades recorded without a fee from now on, as a fraction (0.00015 = 0.015%). Lines already recorded keep their fee.',
    authScopes: { scope: 'portfolio:write' },
    args: {
      id: t.arg.id({ required: true, description: 'The portfolio id.' }),
      rate: t.arg({
        type: 'Decimal',
        required: true,
        description: 'From 0 to 0.01 (1%), at most 6 decimal places.',
      }),
    },
    resolve: async (_root, args, context) => {
      const portfolio = await ownPortfolio(context, String(args.id));
      return context.prisma.portfolio.update({
        where: { id: portfolio.id },
        data: { commissionRate: commissionRate(args.rate, 'rate').toFixed() },
      });
    },
  }),

  deletePortfolio: t.boolean({
    description: 'Deletes one of your portfolios and its ledger.',
    authScopes: { scope: 'portfolio:write' },
    args: { id: t.arg.id({ required: true, description: 'The portfolio id.' }) },
    resolve: async (_root, { id }, context) => {
      const portfolio = await ownPortfolio(context, String(id));
      await context.prisma.portfolio.delete({ where: { id: portfolio.id } });
      return true;
    },
  }),
}));
