import cron, { type ScheduledTask, type TaskOptions } from 'node-cron';
import type { Env } from '@capstone/config';

/** KRX hours, holidays and trading days are Seoul's. */
export const SCHEDULE_TIMEZONE = 'Asia/Seoul';

export type ScheduledJob = 'INSTRUMENT_MASTER' | 'DAILY_BARS' | 'LIVE_QUOTES';

export interface ScheduleEntry {
  name: string;
  job: ScheduledJob;
  expression: string;
}

/** What runs when, from the configuration (cron expressions read in Asia/Seoul time). */
export function scheduleEntries(
  config: Pick<Env, 'ETL_MASTER_CRON' | 'ETL_DAILY_BARS_CRON' | 'ETL_LIVE_QUOTES_CRON'>,
  options: { liveQuotes: boolean; batchJobs?: boolean },
): ScheduleEntry[] {
  const batch: ScheduleEntry[] = [
    { name: 'etl:instrument-master', job: 'INSTRUMENT_MASTER', expression: config.ETL_MASTER_CRON },
    { name: 'etl:daily-bars', job: 'DAILY_BARS', expression: config.ETL_DAILY_BARS_CRON },
  ];
  return [
    ...(options.batchJobs === false ? [] : batch),
    ...(options.liveQuotes
      ? [
          {
            name: 'etl:live-quotes',
            job: 'LIVE_QUOTES' as const,
            expression: config.ETL_LIVE_QUOTES_CRON,
          },
        ]
      : []),
  ];
}

export type Schedule = (
  expression: string,
  run: () => Promise<unknown>,
  options: TaskOptions,
) => ScheduledTask;

/**
 * Starts one node-cron task per entry, in Asia/Seoul time. `noOverlap`: a run that is still
 * going when its next time comes makes node-cron skip that time instead of starting a second
 * run beside it.
 */
export function startSchedule(
  entries: readonly ScheduleEntry[],
  run: (job: ScheduledJob) => Promise<unknown>,
  schedule: Schedule = (expression, task, options) => cron.schedule(expression, task, options),
): ScheduledTask[] {
  return entries.map((entry) => {
    if (!cron.validate(entry.expression)) {
      throw new Error(`${entry.name}: "${entry.expression}" is not a cron expression`);
    }
    return schedule(entry.expression, () => run(entry.job), {
      timezone: SCHEDULE_TIMEZONE,
      noOverlap: true,
      name: entry.name,
    });
  });
}
