import { krxSymbols } from '@capstone/server-kit';
import { builder } from '../builder.js';
import type { Quote as QuoteRow } from '../generated/prisma/client.js';
import type { QuoteEvent } from '../quotes.js';
import { instrumentBySymbol, lastQuoteOf } from '../loaders.js';
import { requireInstruments } from './args.js';
import { Instrument } from './instrument.js';

const MAX_SYMBOLS = 40;
const MAX_QUOTES = 200;

/** A stored quote in the shape the live stream publishes. */
export const quoteEventOf = (row: QuoteRow): QuoteEvent => ({
  symbol: row.symbol,
  price: row.price.toFixed(),
  change: row.change.toFixed(),
  changeRate: row.changeRate.toFixed(),
  volume: row.volume.toString(),
  tradedAt: row.tradedAt.toISOString(),
});

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
      resolve: (quote, _args, context) => instrumentBySymbol(context).load(quote.symbol),
    }),
  }),
});

builder.objectField(Instrument, 'lastQuote', (t) =>
  t.field({
    type: Quote,
    nullable: true,
    description:
      'The last trade the live stream (or polling) saw, or null before it has seen one. Outside KRX hours this is the last trade of the session.',
    resolve: async (instrument, _args, context) => {
      const row = await lastQuoteOf(context).load(instrument.symbol);
      return row ? quoteEventOf(row) : null;
    },
  }),
);

builder.queryField('quotes', (t) =>
  t.field({
    type: [Quote],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: `The last quote of each instrument, in the order asked (up to ${MAX_QUOTES}); instruments the live stream has not seen trade yet are left out. An unknown code is an error.`,
    authScopes: { scope: 'market:read' },
    args: {
      symbols: t.arg.stringList({
        required: true,
        description: `1 to ${MAX_QUOTES} KRX codes.`,
        validate: krxSymbols({ max: MAX_QUOTES }),
      }),
    },
    resolve: async (_root, { symbols: wanted }, { prisma }) => {
      await requireInstruments(prisma, wanted);
      const rows = await prisma.quote.findMany({ where: { symbol: { in: wanted } } });
      const bySymbol = new Map(rows.map((row) => [row.symbol, row]));
      return wanted.flatMap((symbol) => {
        const row = bySymbol.get(symbol);
        return row ? [quoteEventOf(row)] : [];
      });
    },
  }),
);

builder.subscriptionField('quoteUpdated', (t) =>
  t.field({
    type: Quote,
    description:
      'Live quotes of the given instruments, as they trade. An unknown code is an error, as in `quotes`.',
    authScopes: { scope: 'market:read' },
    args: {
      symbols: t.arg.stringList({
        required: true,
        description: `1 to ${MAX_SYMBOLS} KRX codes.`,
        validate: krxSymbols({
          max: MAX_SYMBOLS,
          message: {
            ko: `구독할 종목은 1개에서 ${MAX_SYMBOLS}개까지입니다`,
            en: `Subscribe to 1 to ${MAX_SYMBOLS} symbols`,
          },
        }),
      }),
    },
    subscribe: async (_root, { symbols }, { prisma, quotes }) => {
      await requireInstruments(prisma, symbols);
      return quotes.subscribe(new Set(symbols));
    },
    resolve: (quote) => quote,
  }),
);
