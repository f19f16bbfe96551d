import { Decimal, parseKrxSymbol as symbol } from '@capstone/server-kit';
import { dividendWithholding } from '@capstone/krx-rules';
import { badInput } from '@capstone/errors';
import { ownPortfolio } from '../access.js';
import { builder } from '../builder.js';
import type { PortfolioContext } from '../context.js';
import { idempotent } from '../idempotency.js';
import { appendToLedger, type NewEntry } from '../ledger/append.js';
import { seoulDay } from '../ledger/dated.js';
import { entryDate } from '../dates.js';
import { money, quantity, tradeAmount } from '../money.js';
import { splitsAfter } from '../splits/follow.js';
import { checkPrice, commission, saleTax, settlesOn, tradedInstrument } from '../trade-rules.js';
import { Transaction, TransactionType } from './transaction.js';

const ZERO = new Decimal(0);

const LEDGER_LINE =
  'One ledger line. BUY and SELL need symbol, quantity and price (whole shares, whole won, on the day’s tick grid and within its ±30% limit); fee and tax are computed from the KRX rules of the day when left out. DEPOSIT and WITHDRAW need amount; DIVIDEND needs symbol and amount (gross; the 15.4% withholding is computed when tax is left out); SPLIT needs symbol and shareFactor.';

/** The input of a ledger line; the same fields under its current name and its old one. */
const ledgerEntryInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      portfolioId: t.id({ required: true, description: 'The portfolio.' }),
      type: t.field({ type: TransactionType, required: true, description: 'What happened.' }),
      symbol: t.string({ description: 'The KRX code, for trades, dividends and splits.' }),
      quantity: t.field({ type: 'Decimal', description: 'Shares traded: a whole number.' }),
      price: t.field({ type: 'Decimal', description: 'Price per share in whole KRW.' }),
      amount: t.field({
        type: 'Decimal',
        description: 'Cash amount in whole KRW for a deposit, withdrawal or dividend (gross).',
      }),
      fee: t.field({
        type: 'Decimal',
        description:
          "Brokerage fee in KRW; left out, it is the portfolio's commission rate on the amount.",
      }),
      tax: t.field({
        type: 'Decimal',
        description:
          'Tax in KRW; left out, a sale pays the securities transaction and rural special taxes of its settlement day and a dividend the 15.4% withholding. A buy is never taxed.',
      }),
      shareFactor: t.field({
        type: 'Decimal',
        description: 'For a SPLIT: shares after per share before (5 in a 5:1 split).',
      }),
      recordDate: t.field({
        type: 'Date',
        description:
          'For a DIVIDEND: the record day (배당기준일) on which the shares were held; defaults to the day of `occurredAt`.',
      }),
      occurredAt: t.field({
        type: 'DateTime',
        description:
          'When it happened; defaults to now. Not before 1956-03-03 (KRX’s first day), not in the future; a back-dated line is accepted when the whole ledger still holds in date order.',
      }),
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

const needs = (type: string, fields: string[], argument: string) =>
  badInput(
    {
      ko: `${type}에는 ${fields.join(', ')}이(가) 필요합니다`,
      en: `A ${type} needs ${fields.length > 1 ? `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}` : fields[0]}`,
    },
    { argument },
  );

/** Records one line in a portfolio's ledger: a trade, a deposit, a withdrawal, a dividend or a split. */
async function recordLedgerEntry(input: LedgerEntryInputShape, context: PortfolioContext) {
  const portfolio = await ownPortfolio(context, String(input.portfolioId));
  const occurredAt = entryDate(input.occurredAt ?? new Date());
  const day = seoulDay(occurredAt);
  const givenFee = input.fee == null ? null : money(input.fee, 'fee');
  const givenTax = input.tax == null ? null : money(input.tax, 'tax');
  if (input.note && input.note.length > 200) {
    throw badInput(
      { ko: '`note`는 200자까지입니다', en: '`note` has at most 200 characters' },
      { argument: 'note' },
    );
  }
  const base = { occurredAt, date: day, note: input.note ?? null };
  const cost = (fee: Decimal | null, tax: Decimal | null) => ({
    fee: fee ?? ZERO,
    tax: tax ?? ZERO,
    feeMethod: fee === null ? null : ('GIVEN' as const),
    taxMethod: tax === null ? null : ('GIVEN' as const),
  });
  const entries: NewEntry[] = [];
  let priceCheck: (() => void) | undefined;
  switch (input.type) {
    case 'BUY':
    case 'SELL': {
      if (!input.symbol || !input.quantity || !input.price) {
        throw needs(input.type, ['symbol', 'quantity', 'price'], 'input');
      }
      const code = symbol(input.symbol);
      const shares = quantity(input.quantity, 'quantity');
      const price = money(input.price, 'price', { positive: true });
      const amount = tradeAmount(shares, price);
      if (input.type === 'BUY' && givenTax && !givenTax.isZero()) {
        throw badInput(
          {
            ko: '매수에는 세금이 없습니다(증권거래세는 매도에만 붙습니다)',
            en: 'A buy is not taxed: the securities transaction tax falls on sales only',
          },
          { argument: 'tax' },
        );
      }
      const instrument = await tradedInstrument(context, code, day);
      if (!instrument) {
        throw badInput(
          { ko: `${code} 종목이 없습니다`, en: `There is no instrument ${code}` },
          { argument: 'symbol' },
        );
      }
      // A sale beyond the position is told before a price KRX would not have matched.
      priceCheck = () => checkPrice(price, instrument, day);
      const fee =
        givenFee ?? commission(amount, new Decimal(portfolio.commissionRate.toString()), day);
      const computedTax =
        input.type === 'SELL' && givenTax === null ? saleTax(amount, instrument, day) : null;
      entries.push({
        ...base,
        type: input.type,
        symbol: code,
        quantity: shares,
        price,
        amount,
        fee,
        tax: givenTax ?? computedTax?.tax ?? ZERO,
        feeMethod: givenFee === null ? 'COMPUTED' : 'GIVEN',
        taxMethod: givenTax === null ? 'COMPUTED' : 'GIVEN',
        taxRule: computedTax?.rule ?? null,
        settlesOn: settlesOn(day),
      });
      // A buy dated before a split the ledger already knows of gets that split too.
      if (input.type === 'BUY')
        entries.push(...(await splitsAfter(context, portfolio.id, code, day)));
      break;
    }
    case 'DEPOSIT':
    case 'WITHDRAW': {
      if (!input.amount) throw needs(input.type, ['amount'], 'amount');
      if (givenTax && !givenTax.isZero()) {
        throw badInput(
          { ko: `${input.type}에는 세금이 없습니다`, en: `A ${input.type} is not taxed` },
          { argument: 'tax' },
        );
      }
      entries.push({
        ...base,
        ...cost(givenFee, null),
        type: input.type,
        symbol: input.symbol ? symbol(input.symbol) : null,
        amount: money(input.amount, 'amount', { positive: true }),
      });
      break;
    }
    case 'DIVIDEND': {
      if (!input.amount) throw needs('DIVIDEND', ['amount'], 'amount');
      if (!input.symbol) throw needs('DIVIDEND', ['symbol'], 'symbol');
      const amount = money(input.amount, 'amount', { positive: true });
      const recordDate = input.recordDate ? input.recordDate.toISOString().slice(0, 10) : null;
      if (recordDate && recordDate > day) {
        throw badInput(
          {
            ko: '배당기준일은 배당을 받은 날보다 늦을 수 없습니다',
            en: 'The record date cannot be after the day the dividend was received',
          },
          { argument: 'recordDate' },
        );
      }
      const withheld =
        givenTax === null ? new Decimal(dividendWithholding(amount.toFixed()).withheld) : null;
      entries.push({
        ...base,
        ...cost(givenFee, givenTax),
        tax: givenTax ?? withheld!,
        taxMethod: givenTax === null ? 'COMPUTED' : 'GIVEN',
        taxRule: givenTax === null ? 'dividend-withholding.15.4pct' : null,
        type: 'DIVIDEND',
        symbol: symbol(input.symbol),
        amount,
        recordDate,
      });
      break;
    }
    case 'SPLIT': {
      if (!input.symbol || !input.shareFactor)
        throw needs('SPLIT', ['symbol', 'shareFactor'], 'input');
      if ((givenFee && !givenFee.isZero()) || (givenTax && !givenTax.isZero())) {
        throw badInput(
          { ko: '분할에는 수수료와 세금이 없습니다', en: 'A SPLIT has no fee or tax' },
          { argument: givenFee && !givenFee.isZero() ? 'fee' : 'tax' },
        );
      }
      entries.push({
        ...base,
        type: 'SPLIT',
        symbol: symbol(input.symbol),
        amount: ZERO,
        fee: ZERO,
        tax: ZERO,
        shareFactor: shareFactor(input.shareFactor),
        requireHolding: true,
      });
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
    async (tx) => (await appendToLedger(tx, portfolio.id, entries, priceCheck)).rows[0]!.id,
  );
  return context.prisma.transaction.findUniqueOrThrow({ where: { id } });
}

/** Shares after per share before: above 0, up to 1000:1 either way, 8 decimal places (the column). */
function shareFactor(value: Decimal): Decimal {
  if (
    !value.isPositive() ||
    value.lessThan('0.001') ||
    value.greaterThan(1000) ||
    value.decimalPlaces() > 8
  ) {
    throw badInput(
      {
        ko: '`shareFactor`는 0.001에서 1000 사이, 소수점 8자리까지여야 합니다(5:1 분할은 5)',
        en: '`shareFactor` must be from 0.001 to 1000 with at most 8 decimal places (5 for a 5:1 split)',
      },
      { argument: 'shareFactor' },
    );
  }
  return value;
}

const DESCRIPTION =
  'Adds a line to a portfolio ledger: a buy or sell, a deposit, a withdrawal, a dividend or a split. The whole ledger is checked in date order: a sell beyond the position at its date, a withdrawal beyond the cash settled by its date, a dividend without a holding on its record date, or a price KRX would not have matched is refused, naming the field (`extensions.argument`), and nothing is written.';

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
