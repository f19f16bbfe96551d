import { Decimal } from '@capstone/server-kit';
import { badInput } from '@capstone/errors';
import { ownPortfolio } from '../access.js';
import { builder } from '../builder.js';
import { parseHoldingsCsv, type CsvRowError } from '../csv-holdings.js';
import { idempotent } from '../idempotency.js';
import { appendToLedger, type NewEntry } from '../ledger/append.js';
import { tradeAmount } from '../money.js';
import { latestCloses } from '../prices.js';
import { Portfolio } from './portfolio.js';

const ZERO = new Decimal(0);
const MAX_CSV_BYTES = 200_000;

const refuse = (errors: CsvRowError[]) =>
  badInput(
    {
      ko:
        `잘못된 행이 ${errors.length}개 있어 아무것도 가져오지 않았습니다. ` +
        errors.map(({ line, messages }) => `${line}번째 줄: ${messages.ko}`).join(' | '),
      en:
        `${errors.length} bad row${errors.length === 1 ? '' : 's'}; nothing was imported. ` +
        errors.map(({ line, messages }) => `Line ${line}: ${messages.en}`).join(' | '),
    },
    { argument: 'csv', rows: errors },
  );

builder.mutationField('importHoldingsCsv', (t) =>
  t.field({
    type: Portfolio,
    description:
      'Adds holdings from CSV rows `symbol,quantity,average cost` (a header row is allowed). Each is recorded as a transfer-in at its cost, so cash does not change. If any row is bad, nothing is imported and every bad row is reported with its line number in `extensions.rows`.',
    authScopes: { scope: 'portfolio:write' },
    args: {
      portfolioId: t.arg.id({ required: true, description: 'The portfolio.' }),
      csv: t.arg.string({ required: true, description: 'The CSV text, UTF-8.' }),
      idempotencyKey: t.arg.string({
        description: 'Send the same key when retrying, so the rows are imported once.',
      }),
    },
    resolve: async (_root, args, context) => {
      const portfolio = await ownPortfolio(context, String(args.portfolioId));
      if (Buffer.byteLength(args.csv) > MAX_CSV_BYTES) {
        throw badInput(
          {
            ko: `CSV는 ${MAX_CSV_BYTES}바이트까지입니다`,
            en: `The CSV may have at most ${MAX_CSV_BYTES} bytes`,
          },
          { argument: 'csv' },
        );
      }
      const { holdings, errors } = parseHoldingsCsv(args.csv);
      if (errors.length) throw refuse(errors);
      const known = await latestCloses(
        context,
        holdings.map((holding) => holding.symbol),
      );
      const unknown = holdings.filter((holding) => !known.has(holding.symbol));
      if (unknown.length) {
        throw refuse(
          unknown.map(({ line, symbol }) => ({
            line,
            message: `${symbol} 종목이 없습니다`,
            messages: { ko: `${symbol} 종목이 없습니다`, en: `There is no instrument ${symbol}` },
          })),
        );
      }
      const occurredAt = new Date();
      const entries = holdings.flatMap(({ symbol, quantity, averageCost }): NewEntry[] => {
        // A broker's average cost has decimals; the ledger keeps whole won, so the transfer-in's
        // amount (what the cost basis follows) is rounded once, to the nearest won.
        const cost = tradeAmount(quantity, averageCost, 'csv').round();
        const note = `CSV import: transfer-in of ${symbol}`;
        return [
          { type: 'DEPOSIT', amount: cost, fee: ZERO, tax: ZERO, occurredAt, note },
          {
            type: 'BUY',
            symbol,
            quantity,
            price: averageCost.round(),
            amount: cost,
            fee: ZERO,
            tax: ZERO,
            occurredAt,
            note,
          },
        ];
      });
      await idempotent(
        context.prisma,
        {
          ownerId: portfolio.ownerId,
          key: args.idempotencyKey,
          operation: 'importHoldingsCsv',
          request: args,
        },
        async (tx) => {
          await appendToLedger(tx, portfolio.id, entries);
          return portfolio.id;
        },
      );
      return portfolio;
    },
  }),
);
