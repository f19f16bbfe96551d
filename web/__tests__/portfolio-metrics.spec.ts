import { describe, expect, it } from 'vitest';
import { performanceMetrics } from '../app/src/valuation/performance.js';

describe('a portfolio’s performance metrics', () => {
  it('gives the CAGR over calendar time and the deepest fall from a peak', () => {
    const metrics = performanceMetrics([
      { date: '2024-01-02', value: 100 },
      { date: '2024-07-01', value: 120 },
      { date: '2024-10-01', value: 90 },
      { date: '2025-01-01', value: 110 },
    ])!;
    expect(metrics.totalReturn).toBeCloseTo(0.1, 10);
    // 365 days ≈ one year: CAGR ≈ total return.
    expect(metrics.cagr).toBeCloseTo(1.1 ** (365.25 / 365) - 1, 10);
    expect(metrics.maxDrawdown).toBeCloseTo(90 / 120 - 1, 10);
    expect(metrics.days).toBe(4);
  });

  it('annualises the daily volatility with 252 days, and has no Sharpe without volatility', () => {
    const flat = performanceMetrics(
      ['2025-01-02', '2025-01-03', '2025-01-06'].map((date) => ({ date, value: 100 })),
    )!;
    expect(flat.volatility).toBe(0);
    expect(flat.sharpe).toBeNull();
    const moving = performanceMetrics([
      { date: '2025-01-02', value: 100 },
      { date: '2025-01-03', value: 101 },
      { date: '2025-01-06', value: 100 },
    ])!;
    const r = [0.01, 100 / 101 - 1];
    const mean = (r[0]! + r[1]!) / 2;
    const sd = Math.sqrt(((r[0]! - mean) ** 2 + (r[1]! - mean) ** 2) / 1);
    expect(moving.volatility).toBeCloseTo(sd * Math.sqrt(252), 12);
  });

  it('says nothing with fewer than three values', () => {
    expect(performanceMetrics([{ date: '2025-01-02', value: 1 }])).toBeNull();
  });
});
