import { dateRange, intBetween, krxSymbol, krxSymbols } from '@capstone/server-kit';
import { z } from 'zod';
import { builder } from '../builder.js';
import type { Instrument as InstrumentRow } from '../generated/prisma/client.js';
import { Market as MarketValues } from '../generated/prisma/enums.js';
import { instrumentBySymbol, lastCloseOf, priceHistoryOf } from '../loaders.js';
import { DailyBar } from './daily-bar.js';

export const Market = builder.enumType('Market', {
  description: 'The KRX market an instrument is listed on.',
  values: {
    KOSPI: { value: MarketValues.KOSPI, description: 'The main board.' },
    KOSDAQ: { value: MarketValues.KOSDAQ, description: 'The growth board.' },
    KONEX: { value: MarketValues.KONEX, description: 'The start-up board.' },
  },
});

const MAX_HISTORY_DAYS = 366 * 20;
const MAX_INSTRUMENTS = 200;

export const Instrument = builder.objectRef<InstrumentRow>('Instrument').implement({
  description: 'A listed KRX stock.',
  authScopes: { scope: 'market:read' },
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The 6-character KRX code, e.g. "005930".' }),
    nameKo: t.exposeString('nameKo', { description: 'Korean name, e.g. "삼성전자".' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'English name, when known.' }),
    market: t.expose('market', { type: Market, description: 'KOSPI, KOSDAQ or KONEX.' }),
    sector: t.exposeString('sector', { nullable: true, description: 'Industry sector.' }),
    lastClose: t.field({
      type: DailyBar,
      nullable: true,
      description: 'The most recent daily bar, or null before any has been collected.',
      resolve: (instrument, _args, context) => lastCloseOf(context).load(instrument.symbol),
    }),
    priceHistory: t.field({
      type: [DailyBar],
      description: 'Daily bars from `from` to `to` inclusive, oldest first.',
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'First day, inclusive.' }),
        to: t.arg({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
      },
      validate: dateRange({ maxDays: MAX_HISTORY_DAYS, what: 'A price history', span: '20 years' }),
      resolve: (instrument, { from, to }, context) =>
        priceHistoryOf(context).load({ symbol: instrument.symbol, from, to }),
    }),
  }),
});

builder.asEntity(Instrument, {
  key: builder.selection<{ symbol: string }>('symbol'),
  resolveReference: ({ symbol }, context) => instrumentBySymbol(context).load(symbol),
});

builder.queryFields((t) => ({
  instrument: t.field({
    type: Instrument,
    nullable: true,
    description: 'An instrument by KRX code, or null when there is none.',
    authScopes: { scope: 'market:read' },
    args: {
      symbol: t.arg.string({
        required: true,
        description: 'The KRX code, e.g. "005930".',
        validate: krxSymbol,
      }),
    },
    resolve: (_root, { symbol }, { prisma }) => prisma.instrument.findUnique({ where: { symbol } }),
  }),
  instruments: t.field({
    type: [Instrument],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'Instruments by KRX code, in the order asked; unknown codes are left out.',
    authScopes: { scope: 'market:read' },
    args: {
      symbols: t.arg.stringList({
        required: true,
        description: `Up to ${MAX_INSTRUMENTS} KRX codes.`,
        validate: krxSymbols({
          min: 0,
          max: MAX_INSTRUMENTS,
          message: `Ask for at most ${MAX_INSTRUMENTS} symbols at once`,
        }),
      }),
    },
    resolve: async (_root, { symbols: wanted }, { prisma }) => {
      const found = await prisma.instrument.findMany({ where: { symbol: { in: wanted } } });
      const bySymbol = new Map(found.map((instrument) => [instrument.symbol, instrument]));
      return wanted.flatMap((symbol) => bySymbol.get(symbol) ?? []);
    },
  }),
  searchInstruments: t.field({
    type: [Instrument],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'Instruments whose code, Korean name or English name contains the query.',
    authScopes: { scope: 'market:read' },
    args: {
      query: t.arg.string({
        required: true,
        description: 'A code, or part of a name.',
        validate: z
          .string()
          .trim()
          .min(1, 'The query must have 1 to 50 characters')
          .max(50, 'The query must have 1 to 50 characters'),
      }),
      limit: t.arg.int({
        defaultValue: 20,
        description: 'At most this many (1 to 100).',
        validate: intBetween(1, 100),
      }),
    },
    resolve: (_root, { query: text, limit }, { prisma }) =>
      prisma.instrument.findMany({
        where: {
          OR: [
            { symbol: { startsWith: text.toUpperCase() } },
            { nameKo: { contains: text } },
            { nameEn: { contains: text } },
          ],
        },
        orderBy: [{ tracked: 'desc' }, { symbol: 'asc' }],
        take: limit ?? 20,
      }),
  }),
}));
