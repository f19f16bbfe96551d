import { describe, expect, it } from 'vitest';
import { missingTradingDays } from '../src/etl/jobs/completeness.js';

describe('which days must have a bar', () => {
  it('are the KRX trading days: not weekends, not holidays', () => {
    // 2026-02-13 (Fri) … 2026-02-19 (Thu): a weekend and Seollal (16–18 February) in between.
    expect(missingTradingDays([], '2026-02-13', '2026-02-19')).toEqual([
      '2026-02-13',
      '2026-02-19',
    ]);
  });

  it('are those without a stored bar', () => {
    expect(missingTradingDays(['2024-01-02', '2024-01-04'], '2024-01-01', '2024-01-05')).toEqual([
      '2024-01-03',
      '2024-01-05',
    ]);
  });

  it('are not guessed outside the years the calendar covers', () => {
    expect(missingTradingDays([], '2009-12-28', '2010-01-05')).toEqual([
      '2010-01-04',
      '2010-01-05',
    ]);
    expect(missingTradingDays([], '2030-01-01', '2030-12-31')).toEqual([]);
  });
});
