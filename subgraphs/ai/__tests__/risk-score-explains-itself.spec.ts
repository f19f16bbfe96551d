import { readKospiCloses, readKrxBars } from '@capstone/test-platform';
import { describe, expect, it } from 'vitest';
import { tradedBars } from '../src/market/market-data.js';
import { riskScore, type RiskInput, type RiskPosition } from '../src/risk/risk-score.js';

const FROM = '2021-06-01';
const TO = '2022-09-19';
const kospi = readKospiCloses(FROM, TO).map(({ date, close }) => ({ date, close: Number(close) }));

const position = (
  symbol: string,
  value: number,
  forecastVolatility: number | null = null,
): RiskPosition => ({
  symbol,
  value,
  bars: tradedBars(readKrxBars(symbol, FROM, TO)),
  forecastVolatility,
});

const score = (input: Partial<RiskInput> & Pick<RiskInput, 'positions'>) =>
  riskScore({ cash: 0, kospi, ...input });
const part = (result: ReturnType<typeof riskScore>, factor: string) =>
  result.contributions.find((c) => c.factor === factor)!;

const TEN = [
  '005930',
  '000660',
  '035420',
  '005380',
  '000270',
  '051910',
  '105560',
  '033780',
  '036460',
  '004370',
];

describe('the risk score', () => {
  it('adds up its six parts, each within its points, and says which weigh most', () => {
    const result = score({ positions: TEN.map((symbol) => position(symbol, 10_000_000)) });
    expect(result.contributions.map((c) => c.factor)).toEqual([
      'VOLATILITY',
      'CONCENTRATION',
      'CORRELATION',
      'DRAWDOWN',
      'BETA',
      'LIQUIDITY',
    ]);
    for (const c of result.contributions) {
      expect(c.points).toBeGreaterThanOrEqual(0);
      expect(c.points).toBeLessThanOrEqual(c.maxPoints);
    }
    const sum = result.contributions.reduce((total, c) => total + c.points, 0);
    expect(Math.abs(sum - result.score)).toBeLessThanOrEqual(0.5);
    expect(result.asOf).toBe(TO);
    const top = [...result.contributions].sort((a, b) => b.points - a.points)[0]!;
    expect(result.reasonEn).toContain(
      `mostly from ${top.nameEn} (${top.points.toFixed(1)} of ${top.maxPoints} points)`,
    );
    expect(result.reasonKo).toContain(
      `${top.nameKo}(${top.maxPoints}점 중 ${top.points.toFixed(1)}점)`,
    );
  });

  it('takes one holding’s forecast volatility as the portfolio’s, halved by half the value in cash', () => {
    // (0.30 − 0.10) / (0.45 − 0.10) of 30 points = 17.14…; at 0.15 a year, (0.05 / 0.35) · 30 = 4.29.
    const invested = score({ positions: [position('005930', 50_000_000, 0.3)] });
    expect(part(invested, 'VOLATILITY').value).toBeCloseTo(0.3, 12);
    expect(part(invested, 'VOLATILITY').points).toBe(17.1);
    const half = score({ positions: [position('005930', 50_000_000, 0.3)], cash: 50_000_000 });
    expect(part(half, 'VOLATILITY').value).toBeCloseTo(0.15, 12);
    expect(part(half, 'VOLATILITY').points).toBe(4.3);
    expect(part(half, 'DRAWDOWN').value).toBeCloseTo(part(invested, 'DRAWDOWN').value! / 2, 12);
    expect(half.score).toBeLessThan(invested.score);
  });

  it('measures concentration as the HHI of the holdings’ values', () => {
    const concentrated = score({
      positions: [position('005930', 80_000_000), position('000660', 20_000_000)],
    });
    expect(part(concentrated, 'CONCENTRATION').value).toBeCloseTo(0.8 ** 2 + 0.2 ** 2, 12);
    expect(part(concentrated, 'CONCENTRATION').points).toBe(20);
    const spread = score({ positions: TEN.map((symbol) => position(symbol, 10_000_000)) });
    expect(part(spread, 'CONCENTRATION').value).toBeCloseTo(0.1, 12);
    expect(part(spread, 'CONCENTRATION').points).toBe(0);
    expect(concentrated.score).toBeGreaterThan(spread.score);
  });

  it('counts a position as illiquid when it is large against the traded value', () => {
    const small = score({ positions: [position('000080', 1_000_000)] });
    const huge = score({ positions: [position('000080', 500_000_000_000)] });
    expect(part(small, 'LIQUIDITY').points).toBe(0);
    expect(part(huge, 'LIQUIDITY').points).toBe(10);
    expect(part(huge, 'LIQUIDITY').detailEn).toContain('000080');
  });

  it('is 0 for cash alone, and leaves out holdings with too little history, saying which', () => {
    const cash = score({ positions: [], cash: 1_000_000 });
    expect(cash.score).toBe(0);
    expect(cash.reasonEn).toBe('Only cash is held, so the risk score is 0.');
    const young: RiskPosition = {
      ...position('005930', 1_000_000),
      bars: position('005930', 1).bars.slice(-30),
    };
    const mixed = score({ positions: [young, position('000660', 1_000_000)] });
    expect(mixed.unscoredSymbols).toEqual(['005930']);
    expect(part(mixed, 'CONCENTRATION').value).toBe(1);
  });
});
