import { describe, expect, it } from 'vitest';
import {
  CALENDAR_YEARS,
  CalendarRangeError,
  holidayOn,
  isTradingDay,
  krxHolidays,
  nextTradingDay,
  previousTradingDay,
  tradingDays,
} from '@capstone/krx-calendar';

/** Lunar month/day of a date in ICU's Korean lunisolar (dangi) calendar. */
function lunar(date: string): string {
  const parts = new Intl.DateTimeFormat('ko-KR-u-ca-dangi', {
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date(`${date}T00:00:00Z`));
  const value = (type: string) => parts.find((part) => part.type === type)?.value;
  return `${value('month')}/${value('day')}`;
}

describe('holiday names', () => {
  it('names each closure in Korean and English', () => {
    expect(krxHolidays(2024).map(({ date, nameKo, nameEn }) => [date, nameKo, nameEn])).toEqual([
      ['2024-01-01', '신정', "New Year's Day"],
      ['2024-02-09', '설날', 'Seollal (Lunar New Year)'],
      ['2024-02-12', '대체공휴일(설날)', 'Substitute holiday (Seollal)'],
      ['2024-03-01', '삼일절', 'Independence Movement Day'],
      ['2024-04-10', '국회의원선거', 'National Assembly election'],
      ['2024-05-01', '근로자의 날', 'Labour Day'],
      ['2024-05-06', '대체공휴일(어린이날)', "Substitute holiday (Children's Day)"],
      ['2024-05-15', '부처님오신날', "Buddha's Birthday"],
      ['2024-06-06', '현충일', 'Memorial Day'],
      ['2024-08-15', '광복절', 'Liberation Day'],
      ['2024-09-16', '추석', 'Chuseok'],
      ['2024-09-17', '추석', 'Chuseok'],
      ['2024-09-18', '추석', 'Chuseok'],
      ['2024-10-01', '임시공휴일(국군의 날)', 'Armed Forces Day (temporary)'],
      ['2024-10-03', '개천절', 'National Foundation Day'],
      ['2024-10-09', '한글날', 'Hangul Day'],
      ['2024-12-25', '성탄절', 'Christmas Day'],
      ['2024-12-31', '연말 휴장일', 'Year-end market closing'],
    ]);
  });

  it('joins the names of coinciding holidays', () => {
    expect(holidayOn('2025-05-05')).toMatchObject({
      kinds: ['children', 'buddha'],
      nameKo: '어린이날·부처님오신날',
    });
  });

  it('keeps weekend holidays named but lists only weekday closures', () => {
    expect(holidayOn('2022-09-10')?.nameEn).toBe('Chuseok'); // a Saturday
    expect(krxHolidays(2022).some((holiday) => holiday.date === '2022-09-10')).toBe(false);
  });

  it('includes the temporary holidays and election days', () => {
    for (const date of [
      '2015-08-14',
      '2016-05-06',
      '2017-05-09',
      '2017-10-02',
      '2020-04-15',
      '2020-08-17',
      '2022-03-09',
      '2022-06-01',
      '2023-10-02',
      '2024-10-01',
      '2025-01-27',
      '2025-06-03',
    ]) {
      expect(isTradingDay(date), date).toBe(false);
    }
  });

  it('puts Seollal, Chuseok and Buddha’s Birthday on their lunar dates every year', () => {
    for (let year = CALENDAR_YEARS.first; year <= CALENDAR_YEARS.last; year++) {
      const all: Array<{ date: string; kinds: string[] }> = [];
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10);
        const holiday = holidayOn(date);
        if (holiday) all.push(holiday);
      }
      const ofKind = (kind: string) =>
        all.filter((holiday) => holiday.kinds.includes(kind)).map((holiday) => lunar(holiday.date));
      // The eve is the last day of the 12th lunar month, which has 29 or 30 days.
      expect(ofKind('seollal'), `${year} Seollal`).toEqual([
        expect.stringMatching(/^12\/(29|30)$/),
        '1/1',
        '1/2',
      ]);
      expect(ofKind('chuseok'), `${year} Chuseok`).toEqual(['8/14', '8/15', '8/16']);
      expect(ofKind('buddha'), `${year} Buddha`).toEqual(['4/8']);
    }
  });

  it('closes on the last weekday of every year', () => {
    for (let year = CALENDAR_YEARS.first; year <= CALENDAR_YEARS.last; year++) {
      let last = `${year}-12-31`;
      while ([0, 6].includes(new Date(`${last}T00:00:00Z`).getUTCDay())) {
        last = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      }
      expect(isTradingDay(last), last).toBe(false);
    }
  });
});

describe('trading-day arithmetic', () => {
  it('skips weekends and holidays', () => {
    expect(nextTradingDay('2024-09-13')).toBe('2024-09-19'); // Fri → past Chuseok
    expect(previousTradingDay('2024-09-19')).toBe('2024-09-13');
    expect(previousTradingDay('2024-01-02')).toBe('2023-12-28'); // 12-29 is the year-end closing
    expect(nextTradingDay('2017-09-29')).toBe('2017-10-10'); // the ten-day 2017 Chuseok break
  });

  it('lists trading days inclusively', () => {
    expect(tradingDays('2024-12-27', '2025-01-03')).toEqual([
      '2024-12-27',
      '2024-12-30',
      '2025-01-02',
      '2025-01-03',
    ]);
    expect(tradingDays('2024-01-06', '2024-01-07')).toEqual([]);
  });

  it('refuses dates no KRX calendar can answer', () => {
    // Outside 2010–2027 the calendar falls back to rules (calendar-fallback.spec.ts).
    expect(() => isTradingDay('1955-12-30')).toThrow(CalendarRangeError);
    expect(() => krxHolidays(2028.5)).toThrow(CalendarRangeError);
    expect(() => isTradingDay('2024-02-30')).toThrow();
  });
});
