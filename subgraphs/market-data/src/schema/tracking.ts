import { ADMIN_ONLY } from '@capstone/auth';
import { parseKrxSymbol } from '@capstone/server-kit';
import { notFound } from '@capstone/errors';
import { builder } from '../builder.js';
import { Instrument } from './instrument.js';
import { unknownInstruments } from './args.js';

builder.objectField(Instrument, 'tracked', (t) =>
  t.exposeBoolean('tracked', {
    description:
      'Whether the ETL collects its daily bars and live quotes (the largest stocks are tracked by default).',
  }),
);

builder.mutationField('trackInstrument', (t) =>
  t.field({
    type: Instrument,
    description:
      'Starts or stops collecting an instrument’s daily bars and live quotes. The choice sticks: the automatic universe (the largest stocks) no longer changes it. Tracking an instrument with no history yet backfills it on the next daily run. Administrators only.',
    authScopes: ADMIN_ONLY,
    args: {
      symbol: t.arg.string({ required: true, description: 'The KRX code, e.g. "005930".' }),
      tracked: t.arg.boolean({ required: true, description: 'Collect it (true) or not (false).' }),
    },
    resolve: async (_root, args, { prisma }) => {
      const symbol = parseKrxSymbol(args.symbol);
      const { count } = await prisma.instrument.updateMany({
        where: { symbol },
        data: { tracked: args.tracked, trackingPinned: true },
      });
      if (count === 0) throw notFound(unknownInstruments([symbol]), { argument: 'symbol' });
      return prisma.instrument.findUniqueOrThrow({ where: { symbol } });
    },
  }),
);
