import { describe, expect, it } from 'vitest';
import {
  directionOf,
  formatDateTime,
  formatDay,
  formatKrw,
  formatNumber,
  formatPercent,
  formatPrice,
  formatTime,
  seoulDay,
} from '../app/src/format/format.js';

describe('won in Korean', () => {
  it('counts in 만, 억 and 조, every unit when exact', () => {
    expect(formatKrw(123_456_789, 'ko')).toBe('1억 2,345만 6,789원');
    expect(formatKrw('1234567890123', 'ko')).toBe('1조 2,345억 6,789만 123원');
    expect(formatKrw(56_400, 'ko')).toBe('5만 6,400원');
    expect(formatKrw(9_999, 'ko')).toBe('9,999원');
  });

  it('keeps the two largest units when compact, rounding the rest away', () => {
    expect(formatKrw(123_450_000, 'ko', { compact: true })).toBe('1억 2,345만 원');
    expect(formatKrw(123_456_789, 'ko', { compact: true })).toBe('1억 2,346만 원');
    expect(formatKrw(1_200_000_000_000, 'ko', { compact: true })).toBe('1조 2,000억 원');
    expect(formatKrw(12_345_678, 'ko', { compact: true })).toBe('1,234만 5,678원');
  });

  it('carries a rounding into the next unit instead of writing 10,000만', () => {
    expect(formatKrw(199_999_999, 'ko', { compact: true })).toBe('2억 원');
  });

  it('skips empty units and marks the sign with a real minus, or a plus when asked', () => {
    expect(formatKrw(300_000_000, 'ko')).toBe('3억 원');
    expect(formatKrw(100_000_500, 'ko')).toBe('1억 500원');
    expect(formatKrw(-1_250_000, 'ko')).toBe('\u2212125만 원');
    expect(formatKrw(1_250_000, 'ko', { signed: true })).toBe('+125만 원');
    expect(formatKrw(0, 'ko', { signed: true })).toBe('0원');
  });

  it('says nothing when there is no number', () => {
    expect(formatKrw(null, 'ko')).toBe('—');
    expect(formatKrw('not a number', 'en')).toBe('—');
  });
});

describe('won in English', () => {
  it('groups digits after the won sign, compact or not', () => {
    expect(formatKrw(123_450_000, 'en')).toBe('₩123,450,000');
    expect(formatKrw(123_450_000, 'en', { compact: true })).toBe('₩123,450,000');
    expect(formatKrw('-56400.4', 'en', { signed: true })).toBe('\u2212₩56,400');
    expect(formatKrw(56_400, 'en', { signed: true })).toBe('+₩56,400');
  });
});

describe('prices per share', () => {
  it('are grouped digits in both languages, as brokerages show them', () => {
    expect(formatPrice('56400', 'ko')).toBe('56,400원');
    expect(formatPrice('71234.5678', 'ko')).toBe('71,234.57원');
    expect(formatPrice(1_250_000, 'en')).toBe('₩1,250,000');
  });
});

describe('percentages and numbers', () => {
  it('shows fractions as signed percentages with two decimals', () => {
    expect(formatPercent(0.01234, 'ko', { signed: true })).toBe('+1.23%');
    expect(formatPercent('-0.0045', 'en', { signed: true })).toBe('\u22120.45%');
    expect(formatPercent(0.00001, 'en', { signed: true })).toBe('0.00%');
    expect(formatPercent(0.256, 'ko', { digits: 1 })).toBe('25.6%');
  });

  it('groups quantities and index levels', () => {
    expect(formatNumber('2456.781', 'ko', { digits: 2, minimumDigits: 2 })).toBe('2,456.78');
    expect(formatNumber('300', 'en')).toBe('300');
    expect(formatNumber('0.5', 'en')).toBe('0.5');
  });

  it('tells up from down from flat', () => {
    expect([directionOf('12'), directionOf(-0.1), directionOf('0'), directionOf(null)]).toEqual([
      'up',
      'down',
      'flat',
      'flat',
    ]);
  });
});

describe('dates in Asia/Seoul', () => {
  it('shows an instant at Seoul time: 15:30 UTC is already the next day there', () => {
    expect(formatDateTime('2026-11-26T15:30:00.000Z', 'ko')).toBe('2026년 11월 27일 00:30');
    expect(formatDateTime('2026-11-26T06:30:00.000Z', 'en')).toBe('Nov 26, 2026, 15:30');
    expect(formatTime('2026-11-26T06:29:58.000Z', 'ko')).toBe('15:29:58');
  });

  it('shows a calendar day as that day, whatever the machine’s time zone', () => {
    expect(formatDay('2026-11-26', 'ko')).toBe('2026년 11월 26일');
    expect(formatDay('2026-01-02', 'en')).toBe('Jan 2, 2026');
    expect(formatDay('26/11/2026', 'en')).toBe('—');
  });

  it('knows which day it is in Seoul', () => {
    const lateUtc = new Date('2026-11-26T16:00:00Z');
    expect(seoulDay(lateUtc)).toBe('2026-11-27');
    expect(seoulDay(lateUtc, 30)).toBe('2026-10-28');
  });
});
