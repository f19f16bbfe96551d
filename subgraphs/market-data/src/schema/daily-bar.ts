import { builder } from '../builder.js';
import type { DailyBar as DailyBarRow } from '../generated/prisma/client.js';

export const DailyBar = builder.objectRef<DailyBarRow>('DailyBar').implement({
  description: 'One trading day of one instrument, prices in KRW.',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date', description: 'The trading day (Asia/Seoul).' }),
    open: t.expose('open', { type: 'Decimal', description: 'Opening price.' }),
    high: t.expose('high', { type: 'Decimal', description: 'Highest price.' }),
    low: t.expose('low', { type: 'Decimal', description: 'Lowest price.' }),
    close: t.expose('close', { type: 'Decimal', description: 'Closing price.' }),
    volume: t.string({
      description: 'Shares traded, as a string since it can exceed 2^53.',
      resolve: (bar) => bar.volume.toString(),
    }),
  }),
});
