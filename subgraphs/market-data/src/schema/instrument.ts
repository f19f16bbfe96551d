import { dateRange, intBetween, krxSymbol, krxSymbols } from '@capstone/server-kit';
import { z } from 'zod';
import { builder } from '../builder.js';
import type { Instrument as InstrumentRow } from '../generated/prisma/client.js';
import { krxSector } from '@capstone/krx-rules';
import {
  InstrumentKind as InstrumentKindValues,
  Market as MarketValues,
  MarketWarning as MarketWarningValues,
} from '../generated/prisma/enums.js';
import { instrumentBySymbol, lastCloseOf, priceHistoryOf } from '../loaders.js';
import { DailyBar } from './daily-bar.js';
import { Sector } from './sector.js';

export const Market = builder.enumType('Market', {
  description: 'The KRX market an instrument is listed on.',
  values: {
    KOSPI: { value: MarketValues.KOSPI, description: 'The main board.' },
    KOSDAQ: { value: MarketValues.KOSDAQ, description: 'The growth board.' },
    KONEX: { value: MarketValues.KONEX, description: 'The start-up board.' },
  },
});

export const InstrumentKind = builder.enumType('InstrumentKind', {
  description:
    'What kind of security an instrument is, from the master file’s security group (증권그룹) and preferred-share code (우선주 구분).',
  values: {
    COMMON_STOCK: {
      value: InstrumentKindValues.COMMON_STOCK,
      description: '보통주: a common share.',
    },
    PREFERRED_STOCK: {
      value: InstrumentKindValues.PREFERRED_STOCK,
      description: '우선주: a preferred share, such as 삼성전자우 (005935).',
    },
    ETF: { value: InstrumentKindValues.ETF, description: 'An exchange-traded fund (ETF).' },
    ETN: { value: InstrumentKindValues.ETN, description: 'An exchange-traded note (ETN).' },
    REIT: { value: InstrumentKindValues.REIT, description: '부동산투자회사: a REIT.' },
    OTHER: {
      value: InstrumentKindValues.OTHER,
      description: 'Depositary receipts, foreign shares, funds, warrants and the rest.',
    },
  },
});

const MarketWarning = builder.enumType('MarketWarning', {
  description: 'KRX’s market warning (시장경고) on an instrument.',
  values: {
    NONE: { value: MarketWarningValues.NONE, description: 'None.' },
    CAUTION: { value: MarketWarningValues.CAUTION, description: '투자주의: caution.' },
    WARNING: { value: MarketWarningValues.WARNING, description: '투자경고: warning.' },
    RISK: { value: MarketWarningValues.RISK, description: '투자위험: risk.' },
  },
});

const MAX_HISTORY_DAYS = 366 * 20;
const MAX_INSTRUMENTS = 200;

export const Instrument = builder.objectRef<InstrumentRow>('Instrument').implement({
  description:
    'A KRX-listed instrument, as KIS’s master files describe it: stocks, preferred shares, ETFs, ETNs and the rest. A delisted one stays, marked with its date, so that a backtest over a past window still finds it.',
  authScopes: { scope: 'market:read' },
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'The 6-character KRX code, e.g. "005930".' }),
    nameKo: t.exposeString('nameKo', { description: 'Korean name, e.g. "삼성전자".' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'English name, when known.' }),
    market: t.expose('market', { type: Market, description: 'KOSPI, KOSDAQ or KONEX.' }),
    kind: t.expose('kind', {
      type: InstrumentKind,
      description: 'Common or preferred share, ETF, ETN, REIT or other.',
    }),
    sector: t.field({
      type: Sector,
      nullable: true,
      description:
        'Its KRX industry class; null when the master file gives none (ETFs, and about 250 KOSDAQ software and game companies).',
      resolve: (instrument) => (instrument.sectorCode ? krxSector(instrument.sectorCode) : null),
    }),
    listedOn: t.expose('listedOn', {
      type: 'Date',
      nullable: true,
      description: '상장일: the day it was listed, from the master file.',
    }),
    delistedOn: t.expose('delistedOn', {
      type: 'Date',
      nullable: true,
      description:
        'The day it was found delisted: the first master file without it (or the first day KIS no longer knew its code). Null while it is listed.',
    }),
    delisted: t.boolean({
      description: 'Whether KRX delisted it (its history stays).',
      resolve: (instrument) => instrument.delistedOn !== null,
    }),
    halted: t.exposeBoolean('halted', {
      description: '거래정지: trading is halted, as of the latest master file.',
    }),
    administrative: t.exposeBoolean('administrative', {
      description: '관리종목: an administrative issue, which KRX may delist.',
    }),
    liquidationTrading: t.exposeBoolean('liquidationTrading', {
      description: '정리매매: in its last days of trading before a delisting.',
    }),
    marketWarning: t.expose('marketWarning', {
      type: MarketWarning,
      description: '시장경고: KRX’s market warning, if any.',
    }),
    parValue: t.expose('parValue', {
      type: 'Decimal',
      nullable: true,
      description: '액면가 in KRW; null for products without one (ETFs, ETNs).',
    }),
    listedShares: t.string({
      nullable: true,
      description: '상장주식수, as a string since it can exceed 2^53.',
      resolve: (instrument) => instrument.listedShares?.toString() ?? null,
    }),
    marketCap: t.expose('marketCap', {
      type: 'Decimal',
      nullable: true,
      description:
        'Market capitalisation in KRW: the KIS master file’s 전일기준 시가총액 (listed shares × close of the trading day before the file’s), given there in 억원 (10^8 KRW). Refreshed with the master each morning; `marketCapAsOf` is its day.',
    }),
    marketCapAsOf: t.expose('marketCapAsOf', {
      type: 'Date',
      nullable: true,
      description: 'The trading day whose close `marketCap` is at.',
    }),
    lastClose: t.field({
      type: DailyBar,
      nullable: true,
      description:
        'The most recent daily bar, or null before any has been collected. Its `rawClose` is the price to value a holding at today.',
      resolve: (instrument, _args, context) => lastCloseOf(context).load(instrument.symbol),
    }),
    priceHistory: t.field({
      type: [DailyBar],
      description:
        'Daily bars from `from` to `to` inclusive, oldest first. `open`…`close` are adjusted prices (수정주가), for returns and risk; `rawClose` is the close as traded, for valuing the shares held that day.',
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'First day, inclusive.' }),
        to: t.arg({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
      },
      validate: dateRange({
        maxDays: MAX_HISTORY_DAYS,
        what: { ko: '가격 이력', en: 'A price history' },
        span: { ko: '20년', en: '20 years' },
      }),
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
          message: {
            ko: `종목은 한 번에 최대 ${MAX_INSTRUMENTS}개까지 물어볼 수 있습니다`,
            en: `Ask for at most ${MAX_INSTRUMENTS} symbols at once`,
          },
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
    description:
      'Instruments whose code, Korean name or English name contains the query, delisted ones included. Each shows what it is (`kind`: 삼성전자우 is the PREFERRED_STOCK beside the COMMON_STOCK 삼성전자) and its markers (`halted`, `administrative`, `liquidationTrading`, `delisted`). Listed instruments come first, common shares before the rest.',
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
        orderBy: [
          { delistedOn: { sort: 'asc', nulls: 'first' } },
          { kind: 'asc' },
          { tracked: 'desc' },
          { symbol: 'asc' },
        ],
        take: limit ?? 20,
      }),
  }),
}));
