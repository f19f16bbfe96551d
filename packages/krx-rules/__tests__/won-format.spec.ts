import { describe, expect, it } from 'vitest';
import { formatWon } from '@capstone/krx-rules';

describe('won as people read it', () => {
  it.each([
    [123_456_789, '1억 2,345만 6,789원', '₩123,456,789'],
    [123_450_000, '1억 2,345만 원', '₩123,450,000'],
    [100_000_500, '1억 500원', '₩100,000,500'],
    [2_000_000_000_000, '2조 원', '₩2,000,000,000,000'],
    [9_999, '9,999원', '₩9,999'],
    [0, '0원', '₩0'],
  ])('%d is "%s" in Korean and "%s" in English', (value, ko, en) => {
    expect(formatWon(value, 'ko')).toBe(ko);
    expect(formatWon(value, 'en')).toBe(en);
  });

  it('keeps every digit of a decimal string beyond 2^53, rounding to whole won', () => {
    expect(formatWon('12345678901234567', 'ko')).toBe('1경 2,345조 6,789억 123만 4,567원');
    expect(formatWon('9007199254740993', 'en')).toBe('₩9,007,199,254,740,993');
    expect(formatWon('71000.5', 'ko')).toBe('7만 1,001원');
    expect(formatWon('-56400.4', 'en')).toBe('\u2212₩56,400');
  });

  it('keeps the two largest units when compact, rounded', () => {
    expect(formatWon(123_456_789, 'ko', { compact: true })).toBe('1억 2,346만 원');
    expect(formatWon(199_999_999, 'ko', { compact: true })).toBe('2억 원');
    expect(formatWon(12_345_678, 'ko', { compact: true })).toBe('1,234만 5,678원');
    expect(formatWon(123_456_789, 'en', { compact: true })).toBe('₩123,456,789');
  });

  it('signs gains when asked, and losses with the minus chosen', () => {
    expect(formatWon(1_250_000, 'ko', { signed: true })).toBe('+125만 원');
    expect(formatWon(0, 'ko', { signed: true })).toBe('0원');
    expect(formatWon(-1_250_000, 'ko')).toBe('\u2212125만 원');
    expect(formatWon(-1_250_000, 'ko', { minus: '-' })).toBe('-125만 원');
  });

  it('gives null for what is not an amount', () => {
    expect(formatWon('n/a', 'ko')).toBeNull();
    expect(formatWon(Number.NaN, 'en')).toBeNull();
  });
});
