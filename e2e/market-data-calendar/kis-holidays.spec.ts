import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  clearHolidayOverrides,
  nextTradingDay,
  seoulDate,
  seoulInstant,
} from '@capstone/krx-calendar';
import type { SignedInUser } from '@capstone/test-platform';
import { useClockedEtlPlatform } from '../market-data-etl/clocked-platform.js';

/**
 * The hand-kept holiday table against KIS's holiday API (CTCA0903R), which the simulator serves
 * with real keys. The days are ahead of the wall clock, as the API's answers only count for today
 * and later, and market-data answers on the wall clock: the ETL's clock starts on a trading day a
 * few days ahead (17:00 in Seoul), and the simulated KRX closes two trading days after it, a
 * temporary holiday the table does not know.
 */
const start = nextTradingDay(addDays(seoulDate(new Date()), 3));
const open = nextTradingDay(start);
const closed = nextTradingDay(open);
const after = nextTradingDay(closed);
const { platform, setNow } = useClockedEtlPlatform(seoulInstant(start, 17), {
  services: ['accounts', 'market-data', 'gateway', 'etl-worker'],
  kisSimulator: { symbols: ['005930'], historyFrom: addDays(start, -30), closedDays: [closed] },
});

let user: SignedInUser;
beforeAll(async () => {
  user = await platform.signUp('calendar');
});
afterAll(() => clearHolidayOverrides());

const tradingDays = async () => {
  const response = await user.ask<{ tradingCalendar: { date: string; tradingDay: boolean }[] }>(
    'query Days($from: Date!, $to: Date!) { tradingCalendar(from: $from, to: $to) { date tradingDay } }',
    { from: open, to: after },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.tradingCalendar.filter((day) => [open, closed, after].includes(day.date));
};

describe('the KRX calendar, cross-checked against KIS once a day', () => {
  it('takes KIS’s answer for a future day the table has open, and keeps the disagreement', async () => {
    expect(await tradingDays()).toEqual([
      { date: open, tradingDay: true },
      { date: closed, tradingDay: true },
      { date: after, tradingDay: true },
    ]);
    const requests = platform.kisSimulator!.stats().requests;
    expect((await platform.etlWorker!.run('INSTRUMENT_MASTER', 'MANUAL')).status).toBe('SUCCEEDED');
    const [rows] = await platform.etlWorker!.pool.query(
      'SELECT date, open, disagreed FROM CalendarOverride WHERE disagreed = true',
    );
    expect(rows).toEqual([{ date: closed, open: 0, disagreed: 1 }]);
    // The API answers what market-data stored, even from another process.
    expect(await tradingDays()).toEqual([
      { date: open, tradingDay: true },
      { date: closed, tradingDay: false },
      { date: after, tradingDay: true },
    ]);
    // Once a day: a second job the same day does not ask KIS again (KIS asks for one call a day).
    const afterFirst = platform.kisSimulator!.stats().requests;
    expect(afterFirst).toBeGreaterThan(requests);
    await platform.etlWorker!.run('DAILY_BARS', 'MANUAL');
    const [checks] = await platform.etlWorker!.pool.query(
      'SELECT COUNT(DISTINCT fetchedAt) AS fetches FROM CalendarOverride',
    );
    expect(Number((checks as { fetches: number }[])[0]!.fetches)).toBe(1);
  });

  it('skips the scheduled daily run on the day KIS says is closed', async () => {
    setNow(seoulInstant(closed, 17));
    const run = await platform.etlWorker!.run('DAILY_BARS', 'SCHEDULE');
    expect(run.status).toBe('SKIPPED');
  });
});
