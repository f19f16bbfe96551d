import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '@capstone/config';
import { scheduleEntries, startSchedule } from '../src/etl/worker/schedule.js';

const config = parseEnv({});
const processTimeZone = process.env.TZ;

beforeEach(() => {
  // A server far from Seoul: the schedule must not follow the process's own time zone.
  process.env.TZ = 'America/New_York';
});
afterEach(() => {
  vi.useRealTimers();
  if (processTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = processTimeZone;
});

/** Runs the default schedule with node-cron on a fake clock from `start` for `days`. */
async function firings(start: string, days: number): Promise<string[]> {
  vi.useFakeTimers({ now: new Date(start) });
  const fired: string[] = [];
  const tasks = startSchedule(scheduleEntries(config, { liveQuotes: false }), async (job) => {
    fired.push(`${job} ${new Date().toISOString().slice(0, 16)}Z`);
  });
  try {
    await vi.advanceTimersByTimeAsync(days * 24 * 60 * 60 * 1000);
  } finally {
    await Promise.all(tasks.map((task) => task.destroy()));
  }
  return fired;
}

describe('the default ETL schedule on a real node-cron with a fake clock', () => {
  it('collects daily bars at 15:40 and the master at 07:00 Seoul time on weekdays only', async () => {
    // From Friday 13 March 2026, 15:00 in Seoul (UTC+9, no daylight saving), to Wednesday 03:00.
    expect(await firings('2026-03-13T06:00:00Z', 4.5)).toEqual([
      'DAILY_BARS 2026-03-13T06:40Z', // Friday 15:40 KST
      // Nothing on Saturday or Sunday.
      'INSTRUMENT_MASTER 2026-03-15T22:00Z', // Monday 07:00 KST, Sunday evening in UTC
      'DAILY_BARS 2026-03-16T06:40Z', // Monday 15:40 KST
      'INSTRUMENT_MASTER 2026-03-16T22:00Z', // Tuesday 07:00 KST
      'DAILY_BARS 2026-03-17T06:40Z', // Tuesday 15:40 KST
    ]);
  });
});
