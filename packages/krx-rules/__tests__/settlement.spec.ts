import { describe, expect, it } from 'vitest';
import { KrxRuleInputError, settlementDate } from '@capstone/krx-rules';

describe('settlement', () => {
  it('is two trading days after the trade, across weekends', () => {
    expect(settlementDate('2024-03-06')).toBe('2024-03-08');
    expect(settlementDate('2024-03-07')).toBe('2024-03-11'); // Thursday → Monday
    expect(settlementDate('2024-03-08')).toBe('2024-03-12'); // Friday → Tuesday
  });

  it('skips Chuseok and the year-end closing', () => {
    // Chuseok 2024: 16–18 September (Mon–Wed).
    expect(settlementDate('2024-09-12')).toBe('2024-09-19');
    expect(settlementDate('2024-09-13')).toBe('2024-09-20');
    expect(settlementDate('2024-12-27')).toBe('2025-01-02');
  });

  it('refuses a trade on a closed day', () => {
    expect(() => settlementDate('2024-09-16')).toThrow(KrxRuleInputError);
    expect(() => settlementDate('2024-09-16')).toThrow(/tradeDate/);
  });
});
