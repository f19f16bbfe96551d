import { intBetween, krxSymbols, requestLoader } from '@capstone/server-kit';
import { z } from 'zod';
import { builder } from '../builder.js';
import type { MarketDataContext } from '../context.js';
import type { CorporateAction as CorporateActionRow } from '../generated/prisma/client.js';
import {
  CorporateActionKind as KindValues,
  CorporateActionSource as SourceValues,
} from '../generated/prisma/enums.js';
import { instrumentBySymbol } from '../loaders.js';
import { Instrument } from './instrument.js';

const CorporateActionKind = builder.enumType('CorporateActionKind', {
  description: 'What a corporate action does to a holding.',
  values: {
    SPLIT: {
      value: KindValues.SPLIT,
      description: '액면분할: each share becomes `shareFactor` shares (50 in a 50:1 split).',
    },
    REVERSE_SPLIT: {
      value: KindValues.REVERSE_SPLIT,
      description:
        '액면병합: each share becomes `shareFactor` shares, below 1 (0.1 in a 1:10 merger).',
    },
    CAPITAL_CHANGE: {
      value: KindValues.CAPITAL_CHANGE,
      description:
        'A rights or bonus issue, a capital reduction, a company split or another event after which KIS re-based the adjusted prices, with no share factor known.',
    },
  },
});

const CorporateActionSource = builder.enumType('CorporateActionSource', {
  description: 'How the ETL learned of a corporate action.',
  values: {
    BAR_FLAGS: {
      value: SourceValues.BAR_FLAGS,
      description: 'KIS’s flags on the day’s bar: prtt_rate, revl_issu_reas, flng_cls_code.',
    },
    MASTER_FILE: {
      value: SourceValues.MASTER_FILE,
      description: 'A par-value change (액면가 변경) in KIS’s master file.',
    },
    ADJUSTMENT_CHANGE: {
      value: SourceValues.ADJUSTMENT_CHANGE,
      description:
        'KIS’s adjusted prices of days already stored changed while the raw ones did not.',
    },
  },
});

export const CorporateAction = builder.objectRef<CorporateActionRow>('CorporateAction').implement({
  description:
    'A split or capital change of an instrument, as the ETL found it in KIS’s data, and what it did about it: KIS re-bases the adjusted history, so the ETL collects the whole history again. The ledger reads these (in `id` order) to record a SPLIT entry for the holders.',
  fields: (t) => ({
    id: t.id({
      description: 'Increasing in the order the actions were found: a reader’s cursor.',
      resolve: (action) => String(action.id),
    }),
    symbol: t.exposeString('symbol', { description: 'The KRX code.' }),
    instrument: t.field({
      type: Instrument,
      nullable: true,
      description: 'The instrument.',
      resolve: (action, _args, context) => instrumentBySymbol(context).load(action.symbol),
    }),
    effectiveOn: t.expose('effectiveOn', {
      type: 'Date',
      description: 'The first trading day at the new price basis (the ex-date, Asia/Seoul).',
    }),
    kind: t.expose('kind', {
      type: CorporateActionKind,
      description: 'Split, reverse split or capital change.',
    }),
    shareFactor: t.expose('shareFactor', {
      type: 'Decimal',
      nullable: true,
      description:
        'Shares held after per share held before (50 for a 50:1 split); null for a capital change. From the par values when the master file announced it (exact), else from KIS’s prtt_rate.',
    }),
    priceRatio: t.expose('priceRatio', {
      type: 'Decimal',
      nullable: true,
      description: 'KIS’s prtt_rate that day: the base price over the previous close.',
    }),
    reasonCode: t.exposeString('reasonCode', {
      nullable: true,
      description:
        'KIS’s 재평가사유 (revl_issu_reas) or 락구분 (flng_cls_code) code, when it sent one.',
    }),
    source: t.expose('source', { type: CorporateActionSource, description: 'How it was found.' }),
    detectedAt: t.expose('detectedAt', { type: 'DateTime', description: 'When it was found.' }),
    historyRecollectedAt: t.expose('historyRecollectedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the stored history was on the new price basis: collected again from KIS after the action (or, for an action older than the stored history, collected with it). Null while the re-collection is pending.',
    }),
    recollectedBars: t.exposeInt('recollectedBars', {
      nullable: true,
      description: 'How many daily bars the re-collection wrote (0 when none was needed).',
    }),
  }),
});

const actionsOf = requestLoader(
  async (symbols: readonly string[], { prisma }: MarketDataContext) => {
    const rows = await prisma.corporateAction.findMany({
      where: { symbol: { in: [...symbols] } },
      orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }],
    });
    return symbols.map((symbol) => rows.filter((row) => row.symbol === symbol));
  },
);

builder.objectField(Instrument, 'corporateActions', (t) =>
  t.field({
    type: [CorporateAction],
    description: 'Its splits and capital changes the ETL found, oldest first.',
    resolve: (instrument, _args, context) => actionsOf(context).load(instrument.symbol),
  }),
);

const MAX_ACTIONS = 500;

builder.queryField('corporateActions', (t) =>
  t.field({
    type: [CorporateAction],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: `Corporate actions in the order they were found (\`id\`), oldest first: what the ledger follows to record splits. Page with \`afterId\` (the last \`id\` seen); at most ${MAX_ACTIONS} at once.`,
    authScopes: { scope: 'market:read' },
    args: {
      afterId: t.arg.id({
        description: 'Only actions found after the one with this id.',
        validate: z
          .string()
          .regex(/^\d{1,10}$/, 'must be the id of a corporate action, such as "12"')
          .nullish(),
      }),
      symbols: t.arg.stringList({
        description: 'Only these KRX codes (up to 200).',
        validate: krxSymbols({ max: 200 }).nullish(),
      }),
      kinds: t.arg({
        type: [CorporateActionKind],
        description: 'Only these kinds.',
      }),
      first: t.arg.int({
        defaultValue: 100,
        description: `At most this many (1 to ${MAX_ACTIONS}).`,
        validate: intBetween(1, MAX_ACTIONS),
      }),
    },
    resolve: (_root, args, { prisma }) =>
      prisma.corporateAction.findMany({
        where: {
          ...(args.afterId ? { id: { gt: Number(args.afterId) } } : {}),
          ...(args.symbols ? { symbol: { in: args.symbols } } : {}),
          ...(args.kinds?.length ? { kind: { in: args.kinds } } : {}),
        },
        orderBy: { id: 'asc' },
        take: args.first ?? 100,
      }),
  }),
);
