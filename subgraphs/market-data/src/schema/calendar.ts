import { addDays, holidayOn, isTradingDay, sessionHours } from '@capstone/krx-calendar';
import { builder } from '../builder.js';
import { dateRange } from '@capstone/server-kit';
import { applyCalendarOverrides } from '../etl/jobs/holidays.js';
import { calendarDay, isoDay } from './args.js';

interface CalendarDayShape {
  date: string;
  tradingDay: boolean;
  holidayNameKo: string | null;
  holidayNameEn: string | null;
  opensAt: Date | null;
  closesAt: Date | null;
}

const CalendarDay = builder.objectRef<CalendarDayShape>('CalendarDay').implement({
  description: 'One day of the KRX calendar (Asia/Seoul).',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      description: 'The day.',
      resolve: (day) => new Date(`${day.date}T00:00:00Z`),
    }),
    tradingDay: t.exposeBoolean('tradingDay', { description: 'Whether the KRX trades that day.' }),
    holidayNameKo: t.exposeString('holidayNameKo', {
      nullable: true,
      description: 'The holiday, in Korean, e.g. "설날"; null on ordinary days and weekends.',
    }),
    holidayNameEn: t.exposeString('holidayNameEn', {
      nullable: true,
      description: 'The holiday, in English, e.g. "Seollal (Lunar New Year)".',
    }),
    opensAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the regular session opens (UTC); null when closed.',
      resolve: (day) => day.opensAt,
    }),
    closesAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the regular session closes (UTC); null when closed.',
      resolve: (day) => day.closesAt,
    }),
  }),
});

const MAX_DAYS = 3 * 366;

builder.queryField('tradingCalendar', (t) =>
  t.field({
    type: [CalendarDay],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description:
      'Every day from `from` to `to` inclusive with whether the KRX trades, holiday names and session hours (at most three years). From today on, KIS’s holiday API (CTCA0903R, checked once a day by the ETL when real KIS keys are configured) wins over the hand-kept table where they disagree.',
    authScopes: { scope: 'market:read' },
    args: {
      from: t.arg({
        type: 'Date',
        required: true,
        description: 'First day, inclusive.',
        validate: calendarDay,
      }),
      to: t.arg({
        type: 'Date',
        required: true,
        description: 'Last day, inclusive.',
        validate: calendarDay,
      }),
    },
    validate: dateRange({ maxDays: MAX_DAYS }),
    resolve: async (_root, args, { etlPool }) => {
      // KIS's holiday answers that the ETL stored win for today and later (the worker may run
      // in another process).
      await applyCalendarOverrides(etlPool, new Date());
      const [from, to] = [isoDay(args.from), isoDay(args.to)];
      const days: CalendarDayShape[] = [];
      for (let date = from; date <= to; date = addDays(date, 1)) {
        const holiday = holidayOn(date);
        const hours = sessionHours(date);
        days.push({
          date,
          tradingDay: isTradingDay(date),
          holidayNameKo: holiday?.nameKo ?? null,
          holidayNameEn: holiday?.nameEn ?? null,
          opensAt: hours?.opensAt ?? null,
          closesAt: hours?.closesAt ?? null,
        });
      }
      return days;
    },
  }),
);
