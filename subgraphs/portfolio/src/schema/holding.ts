import { builder } from '../builder.js';
import { averageCost, type Position } from '../ledger/ledger.js';

/** The market-data subgraph's instrument; this subgraph only knows its symbol. */
const Instrument = builder
  .externalRef(
    'Instrument',
    builder.keyDirective(builder.selection<{ symbol: string }>('symbol'), false),
  )
  .implement({
    externalFields: (t) => ({ symbol: t.string() }),
    fields: () => ({}),
  });

export const Holding = builder.objectRef<Position>('Holding').implement({
  description: 'A position in one instrument, derived from the ledger.',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The 6-digit KRX code, e.g. "005930".' }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Shares held.' }),
    averageCost: t.field({
      type: 'Decimal',
      description: 'Average cost per share in KRW, fees and taxes on buys included.',
      resolve: (position) => averageCost(position),
    }),
    costBasis: t.expose('costBasis', {
      type: 'Decimal',
      description: 'What the shares held cost in KRW, fees and taxes on buys included.',
    }),
    realizedPnl: t.expose('realizedPnl', {
      type: 'Decimal',
      description: 'Profit or loss already taken on sales of this instrument, in KRW.',
    }),
    instrument: t.field({
      type: Instrument,
      description: 'The instrument held, from the market-data subgraph.',
      resolve: ({ symbol }) => ({ symbol }),
    }),
  }),
});
