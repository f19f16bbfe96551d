import { badInput, notFound } from '@capstone/errors';
import { builder } from '../builder.js';
import { TRACKED_INDICES, isTrackedIndex } from '../etl/settings.js';
import type { IndexBar as IndexBarRow } from '../generated/prisma/client.js';
import { dateRange } from '@capstone/server-kit';

export const IndexBar = builder.objectRef<IndexBarRow>('IndexBar').implement({
  description: 'One trading day of a KRX index, in index points.',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date', description: 'The trading day (Asia/Seoul).' }),
    open: t.expose('open', { type: 'Decimal', description: 'Opening level.' }),
    high: t.expose('high', { type: 'Decimal', description: 'Highest level.' }),
    low: t.expose('low', { type: 'Decimal', description: 'Lowest level.' }),
    close: t.expose('close', { type: 'Decimal', description: 'Closing level.' }),
    volume: t.string({
      description: 'Volume as KIS reports it (thousands of shares).',
      resolve: (bar) => bar.volume.toString(),
    }),
    tradedValue: t.string({
      description: 'Traded value as KIS reports it (millions of KRW).',
      resolve: (bar) => bar.tradedValue.toString(),
    }),
  }),
});

const collected = TRACKED_INDICES.map((index) => `${index.code} (${index.name})`).join(', ');

builder.queryField('indexHistory', (t) =>
  t.field({
    type: [IndexBar],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: `Daily bars of a KRX index from \`from\` to \`to\` inclusive, oldest first; public, no sign-in needed. Collected: ${collected}.`,
    // Public, as on every Korean portal: index levels are published market information, and the
    // landing page shows the KOSPI and KOSDAQ to visitors who have not signed in.
    args: {
      code: t.arg.string({
        required: true,
        description: 'The 4-digit index code: "0001" KOSPI, "1001" KOSDAQ, "2001" KOSPI 200.',
      }),
      from: t.arg({ type: 'Date', required: true, description: 'First day, inclusive.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
    },
    validate: dateRange({ maxDays: 366 * 20 }),
    resolve: (_root, args, { prisma }) => {
      const code = args.code.trim();
      if (!/^\d{4}$/.test(code)) {
        throw badInput(
          `"${args.code}" is not an index code; codes have four digits, such as "0001"`,
          {
            argument: 'code',
          },
        );
      }
      if (!isTrackedIndex(code)) {
        throw notFound(`No history is collected for index ${code}; there is for ${collected}`, {
          argument: 'code',
        });
      }
      return prisma.indexBar.findMany({
        where: { code, date: { gte: args.from, lte: args.to } },
        orderBy: { date: 'asc' },
      });
    },
  }),
);
