import { describe, expect, it } from 'vitest';
import {
  alignedReturns,
  alignOnKrxCalendar,
  QuantInputError,
  type PriceSeries,
} from '@capstone/quant';

// KRX trading days 2024-03-04 … 2024-03-08 (a Monday to Friday without holidays).
const WEEK = ['2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07', '2024-03-08'];

const full: PriceSeries = { symbol: 'AAA', dates: WEEK, closes: [100, 101, 102, 103, 104] };
const gap: PriceSeries = {
  symbol: 'BBB',
  dates: ['2024-03-04', '2024-03-05', '2024-03-07', '2024-03-08'],
  closes: [50, 51, 53, 54],
};
const halted: PriceSeries = {
  symbol: 'CCC',
  dates: ['2024-03-04', '2024-03-05', '2024-03-06', '2024-03-08'],
  closes: [10, 11, 11, 12],
  haltDates: ['2024-03-06', '2024-03-07'],
};

describe('alignment on the KRX calendar reports every day it did not observe', () => {
  it('drops a data gap for every symbol by default and names the symbol and the day', () => {
    const aligned = alignOnKrxCalendar([full, gap]);
    expect(aligned.dates).toEqual(['2024-03-04', '2024-03-05', '2024-03-07', '2024-03-08']);
    expect(aligned.report.droppedDays).toEqual([{ date: '2024-03-06', symbols: ['BBB'] }]);
    expect(aligned.report.issues).toEqual([
      expect.objectContaining({
        symbol: 'BBB',
        kind: 'missing',
        policy: 'drop-day',
        dates: ['2024-03-06'],
      }),
    ]);
    expect(aligned.report.calendarDays).toBe(5);
    expect(aligned.report.keptDays).toBe(4);
    // The return to 03-07 spans both sessions: 103/101 − 1.
    const returns = alignedReturns(aligned);
    expect(returns.dates[1]).toBe('2024-03-07');
    expect(returns.returns[0]![1]).toBeCloseTo(103 / 101 - 1, 15);
  });

  it('carries the last close forward when asked, as a zero return on the named day', () => {
    const aligned = alignOnKrxCalendar([full, gap], { policy: { missing: 'carry-forward' } });
    expect(aligned.dates).toEqual(WEEK);
    expect(Array.from(aligned.closes[1]!)).toEqual([50, 51, 51, 53, 54]);
    expect(aligned.report.issues[0]).toMatchObject({
      symbol: 'BBB',
      kind: 'missing',
      policy: 'carry-forward',
      dates: ['2024-03-06'],
    });
    expect(aligned.report.issues[0]!.messageKo).toContain('BBB');
  });

  it('holds a halted symbol at its last close (zero return) on each halt day, named', () => {
    const aligned = alignOnKrxCalendar([full, halted]);
    expect(aligned.dates).toEqual(WEEK);
    expect(Array.from(aligned.closes[1]!)).toEqual([10, 11, 11, 11, 12]);
    expect(aligned.report.issues).toEqual([
      expect.objectContaining({
        symbol: 'CCC',
        kind: 'halt',
        policy: 'zero-return',
        dates: ['2024-03-06', '2024-03-07'],
      }),
    ]);
  });

  it('can drop halt days instead, for every symbol', () => {
    const aligned = alignOnKrxCalendar([full, halted], { policy: { halt: 'drop-day' } });
    expect(aligned.dates).toEqual(['2024-03-04', '2024-03-05', '2024-03-08']);
    expect(aligned.report.droppedDays.map((d) => d.date)).toEqual(['2024-03-06', '2024-03-07']);
  });

  it('refuses a gap under the error policy, naming the symbol and the day', () => {
    expect(() => alignOnKrxCalendar([full, gap], { policy: { missing: 'error' } })).toThrow(
      /BBB.*2024-03-06/,
    );
  });

  it('narrows the window to the dates every symbol covers and says which symbol did', () => {
    const late: PriceSeries = {
      symbol: 'NEW',
      dates: ['2024-03-06', '2024-03-07', '2024-03-08'],
      closes: [5, 6, 7],
    };
    const aligned = alignOnKrxCalendar([full, late], { from: '2024-03-04', to: '2024-03-08' });
    expect(aligned.dates).toEqual(['2024-03-06', '2024-03-07', '2024-03-08']);
    expect(aligned.report.limitedBy).toEqual([
      { symbol: 'NEW', firstDate: '2024-03-06', lastDate: '2024-03-08' },
    ]);
  });

  it('reports a bar dated on a day KRX was closed (a Saturday) and leaves it out', () => {
    const withSaturday: PriceSeries = {
      symbol: 'SAT',
      dates: ['2024-03-07', '2024-03-08', '2024-03-09', '2024-03-11'],
      closes: [5, 6, 7, 8],
    };
    const other: PriceSeries = {
      symbol: 'AAA',
      dates: ['2024-03-07', '2024-03-08', '2024-03-11'],
      closes: [1, 2, 3],
    };
    const aligned = alignOnKrxCalendar([other, withSaturday]);
    expect(aligned.dates).toEqual(['2024-03-07', '2024-03-08', '2024-03-11']);
    expect(Array.from(aligned.closes[1]!)).toEqual([5, 6, 8]);
    expect(aligned.report.issues).toEqual([
      expect.objectContaining({
        symbol: 'SAT',
        kind: 'off-calendar',
        policy: 'ignored',
        dates: ['2024-03-09'],
      }),
    ]);
  });

  it('refuses NaN or non-positive closes and mismatched lengths with a typed error naming the input', () => {
    const bad = (series: PriceSeries, field: string) => {
      try {
        alignOnKrxCalendar([full, series]);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(QuantInputError);
        expect((error as QuantInputError).field).toBe(field);
      }
    };
    bad({ symbol: 'X', dates: WEEK, closes: [1, 2, NaN, 4, 5] }, 'series[1].closes[2]');
    bad({ symbol: 'X', dates: WEEK, closes: [1, 2, 0, 4, 5] }, 'series[1].closes[2]');
    bad({ symbol: 'X', dates: WEEK, closes: [1, 2, 3] }, 'series[1].closes');
    bad({ symbol: 'X', dates: ['2024-03-05', '2024-03-04'], closes: [1, 2] }, 'series[1].dates[1]');
  });
});
