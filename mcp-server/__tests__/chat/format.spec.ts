import { describe, expect, it } from 'vitest';
import { formatKrw, formatPercent } from './support/agent-under-test.js';

describe('money in replies', () => {
  it.each([
    [123_450_000, '1억 2,345만 원', '₩123,450,000'],
    [123_456_789, '1억 2,345만 6,789원', '₩123,456,789'],
    [2_000_000_000_000, '2조 원', '₩2,000,000,000,000'],
    [500_000, '50만 원', '₩500,000'],
    [1_234, '1,234원', '₩1,234'],
    [0, '0원', '₩0'],
    [-12_340_000, '-1,234만 원', '-₩12,340,000'],
  ])('%d is "%s" in Korean and "%s" in English', (value, ko, en) => {
    expect(formatKrw(value, 'ko')).toBe(ko);
    expect(formatKrw(value, 'en')).toBe(en);
  });

  it('takes Decimal strings beyond float precision and rounds to whole won', () => {
    expect(formatKrw('12345678901234567', 'en')).toBe('₩12,345,678,901,234,567');
    expect(formatKrw('71000.5', 'ko')).toBe('7만 1,001원');
    expect(formatKrw('1234.4', 'en')).toBe('₩1,234');
  });

  it('gives back what is not a number unchanged', () => {
    expect(formatKrw('n/a', 'ko')).toBe('n/a');
  });

  it('shows fractions as percentages, gains signed when asked', () => {
    expect(formatPercent(-0.1834)).toBe('-18.3%');
    expect(formatPercent(0.05, { signed: true })).toBe('+5.0%');
    expect(formatPercent(0.99, { digits: 0 })).toBe('99%');
  });
});
