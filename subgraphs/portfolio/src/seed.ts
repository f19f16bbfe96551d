import { DEFAULT_COMMISSION_RATE } from '@capstone/krx-rules';
import { Decimal } from '@capstone/server-kit';
import type { PrismaClient } from './prisma.js';
import { commission, settlesOn } from './trade-rules.js';

interface DemoBuy {
  symbol: string;
  quantity: number;
  price: number;
}

/** The trading day the demo portfolios were bought on, at that day's closes. */
export const DEMO_PRICES_DATE = '2022-09-19';

/**
 * The demo user's two portfolios. Prices are KRX closes of 2022-09-19, the last day of
 * the bundled price history, so that the demo's figures line up with the data (and the KIS
 * simulator pins its synthetic closes of that day to these).
 */
export const DEMO_PORTFOLIOS: { name: string; deposit: number; buys: DemoBuy[] }[] = [
  {
    name: 'Growth',
    deposit: 100_000_000,
    buys: [
      { symbol: '005930', quantity: 300, price: 56_400 },
      { symbol: '000660', quantity: 150, price: 90_000 },
      { symbol: '035420', quantity: 50, price: 218_000 },
      { symbol: '035720', quantity: 120, price: 65_400 },
      { symbol: '207940', quantity: 10, price: 809_000 },
      { symbol: '006400', quantity: 12, price: 608_000 },
      { symbol: '247540', quantity: 60, price: 100_000 },
    ],
  },
  {
    name: 'Dividend',
    deposit: 80_000_000,
    buys: [
      { symbol: '105560', quantity: 250, price: 49_600 },
      { symbol: '086790', quantity: 300, price: 38_600 },
      { symbol: '033780', quantity: 150, price: 84_300 },
      { symbol: '036460', quantity: 200, price: 36_300 },
      { symbol: '004370', quantity: 20, price: 292_500 },
      { symbol: '000080', quantity: 250, price: 28_400 },
    ],
  },
];

/** The same commission a portfolio created through the API pays: the KRX rules' default. */
const COMMISSION_RATE = new Decimal(DEFAULT_COMMISSION_RATE);
// 15:30 in Seoul, at the close.
const SEEDED_AT = new Date(`${DEMO_PRICES_DATE}T06:30:00.000Z`);

/** Creates the demo portfolios for `ownerId` unless they exist; each in one transaction. */
export async function seedDemoPortfolios(prisma: PrismaClient, ownerId: string): Promise<string[]> {
  const created: string[] = [];
  for (const demo of DEMO_PORTFOLIOS) {
    const exists = await prisma.portfolio.findUnique({
      where: { ownerId_name: { ownerId, name: demo.name } },
    });
    if (exists) continue;
    await prisma.$transaction(async (tx) => {
      const portfolio = await tx.portfolio.create({ data: { ownerId, name: demo.name } });
      await tx.transaction.create({
        data: {
          portfolioId: portfolio.id,
          type: 'DEPOSIT',
          amount: demo.deposit.toString(),
          occurredAt: SEEDED_AT,
          note: 'Demo opening deposit',
        },
      });
      for (const buy of demo.buys) {
        const amount = new Decimal(buy.price).times(buy.quantity);
        await tx.transaction.create({
          data: {
            portfolioId: portfolio.id,
            type: 'BUY',
            symbol: buy.symbol,
            quantity: buy.quantity.toString(),
            price: buy.price.toString(),
            amount: amount.toFixed(),
            fee: commission(amount, COMMISSION_RATE, DEMO_PRICES_DATE).toFixed(),
            feeMethod: 'COMPUTED',
            taxMethod: 'COMPUTED',
            settlesOn: new Date(`${settlesOn(DEMO_PRICES_DATE)}T00:00:00.000Z`),
            occurredAt: SEEDED_AT,
          },
        });
      }
    });
    created.push(demo.name);
  }
  return created;
}
