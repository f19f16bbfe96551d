import { builder } from '../builder.js';
import type { Transaction as TransactionRow } from '../generated/prisma/client.js';
import {
  CostMethod as CostMethods,
  TransactionType as TransactionTypes,
} from '../generated/prisma/enums.js';

export const TransactionType = builder.enumType('TransactionType', {
  description: 'The kind of ledger line.',
  values: {
    DEPOSIT: { value: TransactionTypes.DEPOSIT, description: 'Cash paid in.' },
    WITHDRAW: { value: TransactionTypes.WITHDRAW, description: 'Cash taken out.' },
    BUY: { value: TransactionTypes.BUY, description: 'Shares bought.' },
    SELL: { value: TransactionTypes.SELL, description: 'Shares sold.' },
    DIVIDEND: { value: TransactionTypes.DIVIDEND, description: 'A dividend received.' },
    SPLIT: {
      value: TransactionTypes.SPLIT,
      description:
        'A stock split or merger (액면분할·병합): the shares held become `shareFactor` times as many; no cash moves.',
    },
  },
});

export const CostMethod = builder.enumType('CostMethod', {
  description: 'How a fee or tax came to be what it is.',
  values: {
    COMPUTED: {
      value: CostMethods.COMPUTED,
      description:
        "Computed from the KRX rules of the trade's date: the portfolio's commission rate, the sell-side taxes of the settlement day, or the 15.4% dividend withholding.",
    },
    GIVEN: { value: CostMethods.GIVEN, description: 'Typed in by whoever recorded the line.' },
  },
});

export const Transaction = builder.objectRef<TransactionRow>('Transaction').implement({
  description: 'One line of the append-only ledger.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    type: t.expose('type', { type: TransactionType, description: 'What happened.' }),
    symbol: t.exposeString('symbol', {
      nullable: true,
      description: 'The instrument of a trade or dividend.',
    }),
    quantity: t.expose('quantity', {
      type: 'Decimal',
      nullable: true,
      description: 'Shares traded.',
    }),
    price: t.expose('price', {
      type: 'Decimal',
      nullable: true,
      description: 'Price per share in KRW.',
    }),
    amount: t.expose('amount', {
      type: 'Decimal',
      description: 'Cash moved before fee and tax, in KRW.',
    }),
    fee: t.expose('fee', { type: 'Decimal', description: 'Brokerage fee in KRW.' }),
    tax: t.expose('tax', {
      type: 'Decimal',
      description: 'Tax in KRW (securities transaction tax, dividend tax).',
    }),
    feeMethod: t.expose('feeMethod', {
      type: CostMethod,
      nullable: true,
      description:
        'Whether the fee was computed or given; null for lines recorded before costs were computed.',
    }),
    taxMethod: t.expose('taxMethod', {
      type: CostMethod,
      nullable: true,
      description: 'Whether the tax was computed or given; null where no tax applies.',
    }),
    taxRule: t.exposeString('taxRule', {
      nullable: true,
      description:
        'The KRX rule a computed tax follows, e.g. "sell-tax.kospi.2025-01-01" (see @capstone/krx-rules).',
    }),
    settlesOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        "A trade's settlement day, T+2 on the KRX calendar: a sale's cash is withdrawable from then.",
      resolve: (row) => row.settlesOn,
    }),
    shareFactor: t.expose('shareFactor', {
      type: 'Decimal',
      nullable: true,
      description: "A SPLIT's shares after per share before (5 in a 5:1 split).",
    }),
    corporateActionId: t.exposeString('corporateActionId', {
      nullable: true,
      description:
        'The market-data corporate action a SPLIT was recorded from; null when typed in.',
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When it happened.' }),
    note: t.exposeString('note', { nullable: true, description: 'A free-text note.' }),
  }),
});
