import { KisNotSupportedError } from '@capstone/kis-client';
import {
  clearHolidayOverrides,
  registerKisHolidayAnswers,
  seoulDate,
  seoulInstant,
  type HolidayAnswer,
} from '@capstone/krx-calendar';
import type { Pool } from '../storage/pool.js';
import type { JobContext } from './context.js';

/**
 * Makes the stored answers of KIS's holiday API the calendar's word for today and later, in this
 * process (the worker before each job, market-data's API as it starts and every hour). Earlier
 * answers the table already covers, and the table is checked against real trading there.
 */
export async function applyCalendarOverrides(pool: Pool, now: Date): Promise<HolidayAnswer[]> {
  const today = seoulDate(now);
  const [rows] = await pool.query(
    'SELECT date, open FROM CalendarOverride WHERE date >= ? ORDER BY date',
    [today],
  );
  const answers = (rows as { date: string; open: number | boolean }[]).map((row) => ({
    date: row.date,
    isOpen: Boolean(row.open),
  }));
  clearHolidayOverrides();
  registerKisHolidayAnswers(answers, { today });
  return answers;
}

/**
 * Cross-checks the hand-kept holiday table against KIS's holiday API (국내휴장일조회, CTCA0903R),
 * once a Seoul day: KIS asks for about one call a day, and it answers for real keys only (the
 * simulator stands in for them). Each disagreement is logged and kept; KIS's answer wins for
 * today and later. A failed call is logged and the job goes on with the table.
 */
export async function syncKisHolidays(context: JobContext): Promise<void> {
  const now = context.now();
  const today = seoulDate(now);
  try {
    if (context.kis.env !== 'real' || (await fetchedOn(context.pool, today))) return;
    const days = await context.kis.holidays(today);
    const { registered, disagreements } = registerKisHolidayAnswers(
      days.map((day) => ({ date: day.date, isOpen: day.marketOpen })),
      { today },
    );
    const disagreeing = new Set(disagreements.map((disagreement) => disagreement.date));
    if (registered.length > 0) {
      await context.pool.query(
        `INSERT INTO CalendarOverride (date, open, disagreed, fetchedAt) VALUES ?
           ON DUPLICATE KEY UPDATE open = VALUES(open), disagreed = VALUES(disagreed),
           fetchedAt = VALUES(fetchedAt)`,
        [
          registered.map((answer) => [
            answer.date,
            answer.isOpen,
            disagreeing.has(answer.date),
            now,
          ]),
        ],
      );
    }
    for (const disagreement of disagreements) {
      context.logger.warn(
        { ...disagreement },
        `etl: KIS's holiday API says ${disagreement.date} is ${disagreement.apiOpen ? 'a trading day' : 'closed'}, the KRX calendar's ${disagreement.basis} says otherwise; KIS wins`,
      );
    }
  } catch (error) {
    if (error instanceof KisNotSupportedError) return;
    context.logger.warn({ err: error }, 'etl: the KIS holiday check failed; the table stands');
  } finally {
    await applyCalendarOverrides(context.pool, now);
  }
}

async function fetchedOn(pool: Pool, today: string): Promise<boolean> {
  const [rows] = await pool.query('SELECT 1 FROM CalendarOverride WHERE fetchedAt >= ? LIMIT 1', [
    seoulInstant(today, 0),
  ]);
  return (rows as unknown[]).length > 0;
}
