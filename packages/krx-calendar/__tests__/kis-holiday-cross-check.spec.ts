import { afterEach, describe, expect, it } from 'vitest';
import {
  clearHolidayOverrides,
  compareWithKisHolidays,
  HolidayAnswerError,
  holidayOn,
  isTradingDay,
  krxHolidays,
  registerKisHolidayAnswers,
  sessionHours,
  setCalendarWarningHandler,
  tradingDays,
  type KisHolidayRow,
} from '@capstone/krx-calendar';

/** A CTCA0903R output row as KIS sends it. */
const row = (date: string, open: boolean): KisHolidayRow => ({
  bass_dt: date.replaceAll('-', ''),
  wday_dvsn_cd: '02',
  bzdy_yn: open ? 'Y' : 'N',
  tr_day_yn: open ? 'Y' : 'N',
  opnd_yn: open ? 'Y' : 'N',
  sttl_day_yn: open ? 'Y' : 'N',
});

afterEach(() => {
  clearHolidayOverrides();
  setCalendarWarningHandler(null);
});

describe('cross-checking the table against KIS', () => {
  it('returns only the dates where KIS and the table disagree', () => {
    expect(
      compareWithKisHolidays([
        row('2025-01-24', true),
        row('2025-01-25', false), // Saturday
        row('2025-01-27', true), // the table has the temporary holiday
        row('2025-01-28', false),
        row('2025-02-03', false), // the table has an ordinary Monday
      ]),
    ).toEqual([
      { date: '2025-01-27', calendarOpen: false, apiOpen: true, basis: 'table' },
      { date: '2025-02-03', calendarOpen: true, apiOpen: false, basis: 'table' },
    ]);
  });

  it('says when the disagreement is with the fallback rule rather than the table', () => {
    setCalendarWarningHandler(() => {});
    // Seollal 2028 is lunar, so the rule cannot know it.
    expect(compareWithKisHolidays([{ date: '2028-01-27', isOpen: false }])).toEqual([
      { date: '2028-01-27', calendarOpen: true, apiOpen: false, basis: 'rule' },
    ]);
  });

  it('rejects unreadable answers, naming the field', () => {
    const bad = { ...row('2025-01-24', true), opnd_yn: 'y' };
    expect(() => compareWithKisHolidays([row('2025-01-23', true), bad])).toThrow(
      expect.objectContaining({ name: 'HolidayAnswerError', field: 'rows[1].opnd_yn' }),
    );
    expect(() =>
      compareWithKisHolidays([{ ...row('2025-01-24', true), bass_dt: '2025013' }]),
    ).toThrow(HolidayAnswerError);
    expect(() => registerKisHolidayAnswers([], { today: 'tomorrow' })).toThrow(
      expect.objectContaining({ field: 'today' }),
    );
  });
});

describe('KIS answers as overrides', () => {
  it('win for today and later, and leave the past to the table', () => {
    const result = registerKisHolidayAnswers(
      [
        row('2026-02-27', false), // past: ignored
        row('2026-06-03', true), // the table closes it for the local elections
        row('2026-06-04', false), // an announcement the table has not caught up with
      ],
      { today: '2026-03-02' },
    );
    expect(result.ignoredPast).toEqual([{ date: '2026-02-27', isOpen: false }]);
    expect(result.registered.map(({ date }) => date)).toEqual(['2026-06-03', '2026-06-04']);
    expect(result.disagreements.map(({ date }) => date)).toEqual(['2026-06-03', '2026-06-04']);

    expect(isTradingDay('2026-02-27')).toBe(true);
    expect(isTradingDay('2026-06-03')).toBe(true);
    expect(holidayOn('2026-06-03')).toBeUndefined();
    expect(isTradingDay('2026-06-04')).toBe(false);
    expect(holidayOn('2026-06-04')).toMatchObject({
      kinds: ['announced-closure'],
      nameKo: '휴장일(KIS 휴장일 조회)',
    });
    expect(tradingDays('2026-06-02', '2026-06-05')).toEqual([
      '2026-06-02',
      '2026-06-03',
      '2026-06-05',
    ]);
    expect(krxHolidays(2026).map(({ date }) => date)).toContain('2026-06-04');
    expect(krxHolidays(2026).map(({ date }) => date)).not.toContain('2026-06-03');
    expect(sessionHours('2026-06-04')).toBeNull();

    clearHolidayOverrides();
    expect(isTradingDay('2026-06-03')).toBe(false);
    expect(isTradingDay('2026-06-04')).toBe(true);
  });

  it('fill in lunar holidays past the table, where the rule alone would open the market', () => {
    setCalendarWarningHandler(() => {});
    expect(isTradingDay('2028-01-27')).toBe(true);
    registerKisHolidayAnswers([{ date: '2028-01-27', isOpen: false }], { today: '2027-12-01' });
    expect(isTradingDay('2028-01-27')).toBe(false);
    expect(tradingDays('2028-01-26', '2028-01-28')).toEqual(['2028-01-26', '2028-01-28']);
  });
});
