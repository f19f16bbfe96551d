import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  holidayOn,
  holidayTableCovers,
  isTradingDay,
  krxHolidays,
  setCalendarWarningHandler,
  tradingDays,
  type CalendarWarning,
} from '@capstone/krx-calendar';

const warn = vi.fn<(warning: CalendarWarning) => void>();

beforeEach(() => {
  warn.mockReset();
  setCalendarWarningHandler(warn);
});
afterEach(() => {
  setCalendarWarningHandler(null);
});

describe('the calendar past its holiday table', () => {
  it('answers from weekdays and the fixed solar holidays instead of throwing', () => {
    expect(holidayTableCovers(2027)).toBe(true);
    expect(holidayTableCovers(2028)).toBe(false);
    expect(isTradingDay('2028-01-03')).toBe(true); // Monday after a Saturday New Year
    expect(isTradingDay('2028-03-01')).toBe(false);
    expect(isTradingDay('2028-05-01')).toBe(false); // Labour Day closes KRX
    expect(isTradingDay('2028-05-05')).toBe(false);
    expect(isTradingDay('2028-06-06')).toBe(false);
    expect(isTradingDay('2028-08-15')).toBe(false);
    expect(isTradingDay('2028-10-03')).toBe(false);
    expect(isTradingDay('2028-10-09')).toBe(false);
    expect(isTradingDay('2028-12-25')).toBe(false);
    expect(isTradingDay('2028-12-29')).toBe(false); // 31 Dec is a Sunday: the closing moves back
    expect(isTradingDay('2028-12-28')).toBe(true);
    expect(holidayOn('2028-12-29')?.nameEn).toBe('Year-end market closing');
  });

  it('gives weekend national days their substitute holiday', () => {
    expect(krxHolidays(2032).map(({ date, nameKo }) => [date, nameKo])).toEqual([
      ['2032-01-01', '신정'],
      ['2032-03-01', '삼일절'],
      ['2032-05-05', '어린이날'],
      ['2032-08-16', '대체공휴일(광복절)'],
      ['2032-10-04', '대체공휴일(개천절)'],
      ['2032-10-11', '대체공휴일(한글날)'],
      ['2032-12-27', '대체공휴일(성탄절)'],
      ['2032-12-31', '연말 휴장일'],
    ]);
  });

  it('applies neither substitutes nor Hangul Day before the table, when neither existed', () => {
    expect(isTradingDay('2009-03-02')).toBe(true); // 1 March was a Sunday
    expect(isTradingDay('2009-10-09')).toBe(true); // Hangul Day was no holiday 1991–2012
    expect(isTradingDay('2009-12-31')).toBe(false);
  });

  it('warns once per uncovered year, naming the year, and never inside the table', () => {
    isTradingDay('2024-03-05');
    tradingDays('2010-01-01', '2027-12-31');
    expect(warn).not.toHaveBeenCalled();
    expect(tradingDays('2027-12-30', '2028-01-04')).toEqual([
      '2027-12-30',
      '2028-01-03',
      '2028-01-04',
    ]);
    isTradingDay('2028-07-03');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatchObject({
      code: 'KRX_CALENDAR_RULE_FALLBACK',
      year: 2028,
      message: expect.stringContaining('2010–2027'),
    });
    isTradingDay('2009-07-01');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]?.[0].year).toBe(2009);
  });
});
