import { parseKrxSymbol as parseSymbol } from '@capstone/server-kit';
import { badInput } from '@capstone/errors';
import { builder } from '../builder.js';
import type { Instrument as InstrumentRow } from '../generated/prisma/client.js';
import { Market as MarketValues } from '../generated/prisma/enums.js';
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
      resolve: (instrument, _args, { prisma }) =>
        prisma.dailyBar.findFirst({
          where: { symbol: instrument.symbol },
          orderBy: { date: 'desc' },
        }),
    }),
    priceHistory: t.field({
      type: [DailyBar],
      description: 'Daily bars from `from` to `to` inclusive, oldest first.',
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'First day, inclusive.' }),
        to: t.arg({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
      },
      resolve: (instrument, { from, to }, { prisma }) => {
        if (from > to) {
          throw badInput('`from` must not be after `to`', { argument: 'from' });
        }
        if ((to.getTime() - from.getTime()) / 86_400_000 > MAX_HISTORY_DAYS) {
          throw badInput('A price history spans at most 20 years per request', { argument: 'to' });
        }
        return prisma.dailyBar.findMany({
          where: { symbol: instrument.symbol, date: { gte: from, lte: to } },
          orderBy: { date: 'asc' },
        });
      },
    }),
  }),
});

builder.asEntity(Instrument, {
  key: builder.selection<{ symbol: string }>('symbol'),
  resolveReference: ({ symbol }, { prisma }) => prisma.instrument.findUnique({ where: { symbol } }),
});

builder.queryFields((t) => ({
  instrument: t.field({
    type: Instrument,
    nullable: true,
    description: 'An instrument by KRX code, or null when there is none.',
    authScopes: { scope: 'market:read' },
    args: { symbol: t.arg.string({ required: true, description: 'The KRX code, e.g. "005930".' }) },
    resolve: (_root, { symbol }, { prisma }) =>
      prisma.instrument.findUnique({ where: { symbol: parseSymbol(symbol) } }),
  }),
  instruments: t.field({
    type: [Instrument],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'Instruments by KRX code, in the order asked; unknown codes are left out.',
    authScopes: { scope: 'market:read' },
    args: {
      symbols: t.arg.stringList({ required: true, description: 'Up to 200 KRX codes.' }),
    },
    resolve: async (_root, { symbols }, { prisma }) => {
      if (symbols.length > 200)
        throw badInput('Ask for at most 200 symbols at once', { argument: 'symbols' });
      const wanted = [...new Set(symbols.map((symbol) => parseSymbol(symbol, 'symbols')))];
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
      query: t.arg.string({ required: true, description: 'A code, or part of a name.' }),
      limit: t.arg.int({ defaultValue: 20, description: 'At most this many (1 to 100).' }),
    },
    resolve: (_root, { query, limit }, { prisma }) => {
      const text = query.trim();
      if (text.length === 0 || text.length > 50) {
        throw badInput('The query must have 1 to 50 characters', { argument: 'query' });
      }
      const take = limit ?? 20;
      if (take < 1 || take > 100) throw badInput('`limit` must be 1 to 100', { argument: 'limit' });
      return prisma.instrument.findMany({
        where: {
          OR: [
            { symbol: { startsWith: text.toUpperCase() } },
            { nameKo: { contains: text } },
            { nameEn: { contains: text } },
          ],
        },
        orderBy: [{ tracked: 'desc' }, { symbol: 'asc' }],
        take,
      });
    },
  }),
}));
