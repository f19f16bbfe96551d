import type { TaskOptions } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@capstone/config';
import { type Schedule, scheduleEntries, startSchedule } from '../src/etl/worker/schedule.js';

const config = parseEnv({});

/** Seoul wall-clock time of an instant, "Fri 15:40". */
const seoul = (instant: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Seoul',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

describe('the ETL schedule', () => {
  it('registers every job with node-cron in Asia/Seoul time, never overlapping itself', async () => {
    const registered: { expression: string; options: TaskOptions; run: () => Promise<unknown> }[] =
      [];
    const fake: Schedule = (expression, run, options) => {
      registered.push({ expression, options, run });
      return { destroy: () => {} } as never;
    };
    const ran: string[] = [];
    startSchedule(
      scheduleEntries(config, { liveQuotes: true }),
      async (job) => ran.push(job),
      fake,
    );
    expect(registered.map(({ expression, options }) => ({ expression, ...options }))).toEqual([
      {
        expression: '0 7 * * 1-5',
        timezone: 'Asia/Seoul',
        noOverlap: true,
        name: 'etl:instrument-master',
      },
      {
        expression: '40 15 * * 1-5',
        timezone: 'Asia/Seoul',
        noOverlap: true,
        name: 'etl:daily-bars',
      },
      {
        expression: '50 8 * * 1-5',
        timezone: 'Asia/Seoul',
        noOverlap: true,
        name: 'etl:live-quotes',
      },
    ]);
    await Promise.all(registered.map((task) => task.run()));
    expect(ran).toEqual(['INSTRUMENT_MASTER', 'DAILY_BARS', 'LIVE_QUOTES']);
  });

  it('leaves the live stream to itself when it runs all the time (the simulator)', () => {
    expect(scheduleEntries(config, { liveQuotes: false }).map((entry) => entry.job)).toEqual([
      'INSTRUMENT_MASTER',
      'DAILY_BARS',
    ]);
  });

  it('leaves the batch jobs to the Kubernetes CronJobs when the schedule is external', () => {
    expect(
      scheduleEntries(config, { liveQuotes: true, batchJobs: false }).map((entry) => entry.job),
    ).toEqual(['LIVE_QUOTES']);
  });

  it('fires the daily bars job at 15:40 Seoul time on weekdays, wherever the process runs', async () => {
    const [task] = startSchedule(
      scheduleEntries(config, { liveQuotes: false }).filter((entry) => entry.job === 'DAILY_BARS'),
      async () => {},
    );
    try {
      const next = task!.getNextRuns(7);
      for (const instant of next) expect(seoul(instant)).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 15:40$/);
    } finally {
      await task!.destroy();
    }
  });

  it('refuses an expression node-cron cannot read', () => {
    expect(() =>
      startSchedule(
        [{ name: 'etl:bad', job: 'DAILY_BARS', expression: '61 25 * * *' }],
        async () => {},
      ),
    ).toThrow(/"61 25 \* \* \*" is not a cron expression/);
  });

  it('is configured with cron expressions, checked at start-up', () => {
    expect(() => parseEnv({ ETL_DAILY_BARS_CRON: 'at four' })).toThrow(
      /ETL_DAILY_BARS_CRON must be a cron expression/,
    );
  });
});
