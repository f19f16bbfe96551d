import { badInput, parseKrxSymbol } from '@capstone/server-kit';
import { builder } from '../builder.js';
import type { QuoteEvent } from '../quotes.js';
import { Instrument } from './instrument.js';

const MAX_SYMBOLS = 40;

export const Quote = builder.objectRef<QuoteEvent>('Quote').implement({
  description: 'A live trade price of one instrument.',
  authScopes: { scope: 'market:read' },
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    price: t.field({
      type: 'Decimal',
      description: 'Last trade price, KRW.',
      resolve: (quote) => quote.price,
    }),
    change: t.field({
      type: 'Decimal',
      description: 'Change from the previous close, KRW.',
      resolve: (quote) => quote.change,
    }),
    changeRate: t.field({
      type: 'Decimal',
      description: 'Change from the previous close, as a fraction.',
      resolve: (quote) => quote.changeRate,
    }),
    volume: t.exposeString('volume', { description: 'Shares traded so far today.' }),
    tradedAt: t.exposeString('tradedAt', {
      description: 'When the trade printed (ISO 8601, UTC).',
    }),
    instrument: t.field({
      type: Instrument,
      nullable: true,
      description: 'The instrument.',
      resolve: (quote, _args, { prisma }) =>
        prisma.instrument.findUnique({ where: { symbol: quote.symbol } }),
    }),
  }),
});

builder.subscriptionField('quoteUpdated', (t) =>
  t.field({
    type: Quote,
    description: 'Live quotes of the given instruments, as they trade.',
    authScopes: { scope: 'market:read' },
    args: {
      symbols: t.arg.stringList({ required: true, description: `1 to ${MAX_SYMBOLS} KRX codes.` }),
    },
    subscribe: (_root, { symbols }, { quotes }) => {
      if (symbols.length < 1 || symbols.length > MAX_SYMBOLS) {
        throw badInput(`Subscribe to 1 to ${MAX_SYMBOLS} symbols`, { argument: 'symbols' });
      }
      const wanted = new Set(symbols.map((symbol) => parseKrxSymbol(symbol, 'symbols')));
      return quotes.subscribe(wanted);
    },
    resolve: (quote) => quote,
  }),
);
