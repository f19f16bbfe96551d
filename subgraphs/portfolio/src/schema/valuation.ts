import { builder } from '../builder.js';
import type { HoldingValue, Valuation } from '../valuation.js';

export const HoldingValuation = builder.objectRef<HoldingValue>('HoldingValuation').implement({
  description: 'One position at the latest close.',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Shares held.' }),
    costBasis: t.expose('costBasis', { type: 'Decimal', description: 'What they cost, in KRW.' }),
    price: t.expose('price', {
      type: 'Decimal',
      nullable: true,
      description: 'The latest close; null before any.',
    }),
    priceDate: t.exposeString('priceDate', {
      nullable: true,
      description: 'The day of that close.',
    }),
    marketValue: t.expose('marketValue', {
      type: 'Decimal',
      nullable: true,
      description: 'Quantity x price.',
    }),
    unrealizedPnl: t.expose('unrealizedPnl', {
      type: 'Decimal',
      nullable: true,
      description: 'Market value less cost.',
    }),
    weight: t.expose('weight', {
      type: 'Decimal',
      nullable: true,
      description: 'Share of the total value (cash included), as a fraction.',
    }),
  }),
});

export const PortfolioValuation = builder.objectRef<Valuation>('PortfolioValuation').implement({
  description:
    'A portfolio valued at the latest closes. Prices come from market-data through the gateway.',
  fields: (t) => ({
    asOf: t.exposeString('asOf', {
      nullable: true,
      description: 'The newest close used; null with no prices.',
    }),
    cash: t.expose('cash', { type: 'Decimal', description: 'Cash, in KRW.' }),
    marketValue: t.expose('marketValue', {
      type: 'Decimal',
      description: 'Value of the priced holdings.',
    }),
    totalValue: t.expose('totalValue', { type: 'Decimal', description: 'Cash plus market value.' }),
    costBasis: t.expose('costBasis', {
      type: 'Decimal',
      description: 'Cost of the priced holdings.',
    }),
    unrealizedPnl: t.expose('unrealizedPnl', {
      type: 'Decimal',
      description: 'Market value less cost.',
    }),
    realizedPnl: t.expose('realizedPnl', {
      type: 'Decimal',
      description: 'Profit or loss taken on sales.',
    }),
    holdings: t.expose('holdings', {
      type: [HoldingValuation],
      description: 'Each position, largest first.',
    }),
    unpricedSymbols: t.exposeStringList('unpricedSymbols', {
      description: 'Holdings with no close yet, left out of the totals.',
    }),
  }),
});

export const PortfolioValuePoint = builder
  .objectRef<{ date: string; value: { toFixed(): string } }>('PortfolioValuePoint')
  .implement({
    description: "The portfolio's value at one day's close.",
    fields: (t) => ({
      date: t.exposeString('date', { description: 'The trading day.' }),
      value: t.expose('value', {
        type: 'Decimal',
        description: 'Cash plus holdings at that close, in KRW.',
      }),
    }),
  });
