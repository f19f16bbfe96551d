import { builder } from '../builder.js';
import type { Transaction as TransactionRow } from '../generated/prisma/client.js';
import { TransactionType as TransactionTypes } from '../generated/prisma/enums.js';

export const TransactionType = builder.enumType('TransactionType', {
  description: 'The kind of ledger line.',
  values: {
    DEPOSIT: { value: TransactionTypes.DEPOSIT, description: 'Cash paid in.' },
    WITHDRAW: { value: TransactionTypes.WITHDRAW, description: 'Cash taken out.' },
    BUY: { value: TransactionTypes.BUY, description: 'Shares bought.' },
    SELL: { value: TransactionTypes.SELL, description: 'Shares sold.' },
    DIVIDEND: { value: TransactionTypes.DIVIDEND, description: 'A dividend received.' },
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
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When it happened.' }),
    note: t.exposeString('note', { nullable: true, description: 'A free-text note.' }),
  }),
});
