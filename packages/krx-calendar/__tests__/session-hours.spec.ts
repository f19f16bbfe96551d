import { describe, expect, it } from 'vitest';
import {
  officialCloseAt,
  seoulDate,
  sessionAt,
  sessionHours,
  sessionSegmentsAt,
} from '@capstone/krx-calendar';

const kst = (date: string, time: string) => new Date(`${date}T${time}+09:00`);

describe('sessionAt', () => {
  it('walks through a normal trading day in KST', () => {
    const day = '2024-03-05';
    const phases = [
      ['08:29:59', 'closed'],
      ['08:30:00', 'pre-open'],
      ['08:59:59', 'pre-open'],
      ['09:00:00', 'regular'],
      ['15:19:59', 'regular'],
      ['15:20:00', 'closing-auction'],
      ['15:29:59', 'closing-auction'],
      ['15:30:00', 'after-hours'],
      ['17:59:59', 'after-hours'],
      ['18:00:00', 'closed'],
    ] as const;
    for (const [time, phase] of phases) {
      expect(sessionAt(kst(day, time)).phase, time).toBe(phase);
    }
    expect(sessionAt(kst(day, '12:00:00'))).toEqual({
      date: day,
      phase: 'regular',
      opensAt: kst(day, '09:00:00'),
      closesAt: kst(day, '15:30:00'),
    });
  });

  it('takes the Seoul date, not the UTC one, across midnight', () => {
    // 2024-03-05T23:30Z is already Wednesday 08:30 in Seoul.
    const instant = new Date('2024-03-05T23:30:00Z');
    expect(seoulDate(instant)).toBe('2024-03-06');
    expect(sessionAt(instant)).toMatchObject({ date: '2024-03-06', phase: 'pre-open' });
    expect(seoulDate(new Date('2024-03-05T14:59:59Z'))).toBe('2024-03-05');
    expect(seoulDate(new Date('2024-03-05T15:00:00Z'))).toBe('2024-03-06');
  });

  it('is closed all day on weekends and holidays, with no hours', () => {
    expect(sessionAt(kst('2024-03-09', '10:00:00'))).toEqual({
      date: '2024-03-09',
      phase: 'closed',
      opensAt: null,
      closesAt: null,
    });
    expect(sessionAt(kst('2024-10-01', '10:00:00')).phase).toBe('closed');
  });

  it('opens at 10:00 on the first trading day of the year', () => {
    const day = '2025-01-02';
    expect(sessionAt(kst(day, '09:30:00')).phase).toBe('pre-open');
    expect(sessionAt(kst(day, '09:59:59')).phase).toBe('pre-open');
    expect(sessionAt(kst(day, '10:00:00'))).toEqual({
      date: day,
      phase: 'regular',
      opensAt: kst(day, '10:00:00'),
      closesAt: kst(day, '15:30:00'),
    });
    expect(sessionHours(day)?.special).toBe('first-trading-day');
    // 2023's first trading day was Monday the 2nd; 2022's was Monday the 3rd.
    expect(sessionHours('2022-01-03')?.opensAt).toEqual(kst('2022-01-03', '10:00:00'));
    expect(sessionHours('2022-01-04')?.opensAt).toEqual(kst('2022-01-04', '09:00:00'));
  });

  it('shifts the whole day an hour later on CSAT day', () => {
    const day = '2024-11-14';
    expect(sessionHours(day)).toMatchObject({
      opensAt: kst(day, '10:00:00'),
      closingAuctionAt: kst(day, '16:20:00'),
      closesAt: kst(day, '16:30:00'),
      special: 'csat',
    });
    expect(sessionAt(kst(day, '09:45:00')).phase).toBe('pre-open');
    expect(sessionAt(kst(day, '16:25:00')).phase).toBe('closing-auction');
    expect(sessionAt(kst(day, '16:30:00')).phase).toBe('after-hours');
  });

  it('closes at 15:00 before the 2016-08-01 extension', () => {
    expect(sessionHours('2016-07-29')?.closesAt).toEqual(kst('2016-07-29', '15:00:00'));
    expect(sessionHours('2016-08-01')?.closesAt).toEqual(kst('2016-08-01', '15:30:00'));
    expect(sessionAt(kst('2016-07-29', '14:55:00')).phase).toBe('closing-auction');
  });
});

describe('sessionSegmentsAt', () => {
  it('names the KRX sessions of a normal day, two at once while the pre-market trades', () => {
    const day = '2024-03-05';
    const segments = [
      ['08:29:59', []],
      ['08:30:00', ['pre-market-closing-price', 'opening-auction']],
      ['08:39:59', ['pre-market-closing-price', 'opening-auction']],
      ['08:40:00', ['opening-auction']],
      ['09:00:00', ['continuous']],
      ['15:20:00', ['closing-auction']],
      ['15:30:00', []],
      ['15:40:00', ['post-market-closing-price']],
      ['15:59:59', ['post-market-closing-price']],
      ['16:00:00', ['after-hours-single-price']],
      ['17:59:59', ['after-hours-single-price']],
      ['18:00:00', []],
    ] as const;
    for (const [time, expected] of segments) {
      expect(sessionSegmentsAt(kst(day, time)), time).toEqual(expected);
    }
    expect(sessionSegmentsAt(kst('2024-03-09', '10:00:00'))).toEqual([]);
  });

  it('moves only the morning an hour later on the first trading day of the year', () => {
    const day = '2025-01-02';
    expect(sessionHours(day)).toMatchObject({
      preMarketClosingPrice: { startsAt: kst(day, '09:30:00'), endsAt: kst(day, '09:40:00') },
      postMarketClosingPrice: { startsAt: kst(day, '15:40:00'), endsAt: kst(day, '16:00:00') },
      afterHoursSinglePrice: { startsAt: kst(day, '16:00:00'), endsAt: kst(day, '18:00:00') },
    });
    expect(sessionSegmentsAt(kst(day, '08:35:00'))).toEqual([]);
    expect(sessionSegmentsAt(kst(day, '09:35:00'))).toEqual([
      'pre-market-closing-price',
      'opening-auction',
    ]);
  });

  it('moves the whole CSAT day an hour later but still ends after-hours trading at 18:00', () => {
    const day = '2024-11-14';
    expect(sessionHours(day)).toMatchObject({
      preMarketClosingPrice: { startsAt: kst(day, '09:30:00'), endsAt: kst(day, '09:40:00') },
      postMarketClosingPrice: { startsAt: kst(day, '16:40:00'), endsAt: kst(day, '17:00:00') },
      afterHoursSinglePrice: { startsAt: kst(day, '17:00:00'), endsAt: kst(day, '18:00:00') },
      afterHoursEndAt: kst(day, '18:00:00'),
    });
    expect(sessionAt(kst(day, '18:00:00')).phase).toBe('closed');
  });
});

describe('officialCloseAt', () => {
  it('is when the post-market closing-price session starts, after any random end', () => {
    expect(officialCloseAt('2024-03-05')).toEqual(kst('2024-03-05', '15:40:00'));
    expect(officialCloseAt('2025-01-02')).toEqual(kst('2025-01-02', '15:40:00'));
    expect(officialCloseAt('2024-11-14')).toEqual(kst('2024-11-14', '16:40:00'));
    expect(officialCloseAt('2016-07-29')).toEqual(kst('2016-07-29', '15:10:00'));
    expect(officialCloseAt('2024-03-09')).toBeNull();
  });
});
