import { Decimal, parseKrxSymbol as symbol } from '@capstone/server-kit';
import { badInput } from '@capstone/errors';
import { ownPortfolio } from '../access.js';
import { builder } from '../builder.js';
import type { PortfolioContext } from '../context.js';
import { idempotent } from '../idempotency.js';
import { appendToLedger, type NewEntry } from '../ledger/append.js';
import { money, quantity, tradeAmount } from '../money.js';
import { latestCloses } from '../prices.js';
import { Transaction, TransactionType } from './transaction.js';

const ZERO = new Decimal(0);

const LEDGER_LINE =
  'One ledger line. BUY and SELL need symbol, quantity and price; DEPOSIT and WITHDRAW need amount; DIVIDEND needs symbol and amount.';

/** The input of a ledger line; the same fields under its current name and its old one. */
const ledgerEntryInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      portfolioId: t.id({ required: true, description: 'The portfolio.' }),
      type: t.field({ type: TransactionType, required: true, description: 'What happened.' }),
      symbol: t.string({ description: 'The KRX code, for trades and dividends.' }),
      quantity: t.field({ type: 'Decimal', description: 'Shares traded.' }),
      price: t.field({ type: 'Decimal', description: 'Price per share in KRW.' }),
      amount: t.field({
        type: 'Decimal',
        description: 'Cash amount for a deposit, withdrawal or dividend.',
      }),
      fee: t.field({ type: 'Decimal', description: 'Brokerage fee in KRW.' }),
      tax: t.field({ type: 'Decimal', description: 'Tax in KRW.' }),
      occurredAt: t.field({ type: 'DateTime', description: 'When it happened; defaults to now.' }),
      note: t.string({ description: 'A free-text note, up to 200 characters.' }),
      idempotencyKey: t.string({
        description: 'Send the same key when retrying, so the line is recorded once.',
      }),
    }),
  });

const LedgerEntryInput = ledgerEntryInput('LedgerEntryInput', LEDGER_LINE);
const RecordTradeInput = ledgerEntryInput(
  'RecordTradeInput',
  `${LEDGER_LINE} Deprecated with recordTrade: use LedgerEntryInput and recordLedgerEntry.`,
);

type LedgerEntryInputShape = typeof LedgerEntryInput.$inferInput;

/** Records one line in a portfolio's ledger: a trade, a deposit, a withdrawal or a dividend. */
async function recordLedgerEntry(input: LedgerEntryInputShape, context: PortfolioContext) {
  const portfolio = await ownPortfolio(context, String(input.portfolioId));
  const fee = money(input.fee ?? ZERO, 'fee');
  const tax = money(input.tax ?? ZERO, 'tax');
  const occurredAt = input.occurredAt ?? new Date();
  if (occurredAt.getTime() > Date.now() + 60_000) {
    throw badInput('`occurredAt` cannot be in the future', { argument: 'occurredAt' });
  }
  if (input.note && input.note.length > 200)
    throw badInput('`note` has at most 200 characters', { argument: 'note' });
  const base = { fee, tax, occurredAt, note: input.note ?? null };
  let entry: NewEntry;
  switch (input.type) {
    case 'BUY':
    case 'SELL': {
      if (!input.symbol || !input.quantity || !input.price) {
        throw badInput(`A ${input.type} needs symbol, quantity and price`, {
          argument: 'input',
        });
      }
      const code = symbol(input.symbol);
      const shares = quantity(input.quantity, 'quantity');
      const price = money(input.price, 'price', { positive: true });
      if (input.type === 'BUY' && !(await latestCloses(context, [code])).has(code)) {
        throw badInput(`There is no instrument ${code}`, { argument: 'symbol' });
      }
      entry = {
        ...base,
        type: input.type,
        symbol: code,
        quantity: shares,
        price,
        amount: tradeAmount(shares, price),
      };
      break;
    }
    case 'DEPOSIT':
    case 'WITHDRAW':
    case 'DIVIDEND': {
      if (!input.amount) throw badInput(`A ${input.type} needs an amount`, { argument: 'amount' });
      if (input.type === 'DIVIDEND' && !input.symbol)
        throw badInput('A DIVIDEND needs a symbol', { argument: 'symbol' });
      entry = {
        ...base,
        type: input.type,
        symbol: input.symbol ? symbol(input.symbol) : null,
        amount: money(input.amount, 'amount', { positive: true }),
      };
      break;
    }
  }
  const id = await idempotent(
    context.prisma,
    {
      ownerId: portfolio.ownerId,
      key: input.idempotencyKey,
      // The name its idempotency keys were first stored under; recordTrade is its old name.
      operation: 'recordTrade',
      request: input,
    },
    async (tx) => (await appendToLedger(tx, portfolio.id, [entry])).rows[0]!.id,
  );
  return context.prisma.transaction.findUniqueOrThrow({ where: { id } });
}

const DESCRIPTION =
  'Adds a line to a portfolio ledger: a buy or sell, a deposit, a withdrawal or a dividend. A sell beyond the position or a withdrawal beyond the cash is refused, naming the field (`extensions.argument`).';

builder.mutationFields((t) => ({
  recordLedgerEntry: t.field({
    type: Transaction,
    description: DESCRIPTION,
    authScopes: { scope: 'portfolio:write' },
    args: {
      input: t.arg({ type: LedgerEntryInput, required: true, description: 'The ledger line.' }),
    },
    resolve: (_root, { input }, context) => recordLedgerEntry(input, context),
  }),
  recordTrade: t.field({
    type: Transaction,
    description: DESCRIPTION,
    deprecationReason:
      'Use recordLedgerEntry: it records deposits, withdrawals and dividends as well as trades.',
    authScopes: { scope: 'portfolio:write' },
    args: {
      input: t.arg({ type: RecordTradeInput, required: true, description: 'The ledger line.' }),
    },
    resolve: (_root, { input }, context) => recordLedgerEntry(input, context),
  }),
}));
