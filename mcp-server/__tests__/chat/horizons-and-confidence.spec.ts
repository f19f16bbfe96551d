import { describe, expect, it } from 'vitest';
import { argsFor } from './support/slots.js';

const monteCarlo = (message: string) => argsFor('run_monte_carlo', message).args;

describe('Monte Carlo horizons in trading days', () => {
  it.each([
    ['1년', 252],
    ['6 months', 126],
    ['252일', 252],
    ['3 years', 756],
    ['6개월', 126],
    ['반년', 126],
    ['분기', 63],
    ['2주', 10],
    ['3 weeks', 15],
    ['한 달', 21],
    ['10년 뒤', 2520],
    ['half a year', 126],
    ['1.5년', 378],
  ])('%s is %d trading days', (text, days) => {
    expect(monteCarlo(`Growth 몬테카를로 ${text}`).horizonDays).toBe(days);
  });

  it('leaves the horizon unset when none is said (the planner defaults it and says so)', () => {
    expect(monteCarlo('Growth 몬테카를로 돌려줘').horizonDays).toBeUndefined();
  });
});

describe('confidence levels', () => {
  it.each([
    ['95%', 0.95],
    ['99% VaR', 0.99],
    ['신뢰수준 99', 0.99],
    ['신뢰수준 99%로', 0.99],
    ['confidence 0.975', 0.975],
    ['confidence level 90', 0.9],
    ['97.5% CVaR', 0.975],
  ])('%s is %d', (text, confidence) => {
    expect(monteCarlo(`Growth 1년 ${text}`).confidence).toBeCloseTo(confidence, 12);
  });

  it('does not take a contribution or a small percentage for a confidence level', () => {
    expect(monteCarlo('Growth 1년 20% 몬테카를로').confidence).toBeUndefined();
    expect(monteCarlo('매달 100만원씩 10년 몬테카를로').confidence).toBeUndefined();
  });
});

describe('other Monte Carlo settings', () => {
  it('reads paths however they are written', () => {
    expect(monteCarlo('20,000 paths').paths).toBe(20000);
    expect(monteCarlo('경로 5만개로').paths).toBe(50000);
    expect(monteCarlo('paths 1000').paths).toBe(1000);
    expect(monteCarlo('시뮬레이션 1만번').paths).toBe(10000);
  });

  it('reads a seed', () => {
    expect(monteCarlo('seed 42, 1 year').seed).toBe(42);
    expect(monteCarlo('시드 7로 1년').seed).toBe(7);
  });

  it('reads a regular contribution with its frequency, apart from the horizon', () => {
    expect(monteCarlo('매달 100만원씩 넣으면 10년 뒤')).toMatchObject({
      contribution: { amount: '1000000', everyDays: 21 },
      horizonDays: 2520,
    });
    expect(monteCarlo('5 years adding ₩500,000 every week')).toMatchObject({
      contribution: { amount: '500000', everyDays: 5 },
      horizonDays: 1260,
    });
    expect(monteCarlo('분기마다 1천만원 적립, 3년')).toMatchObject({
      contribution: { amount: '10000000', everyDays: 63 },
      horizonDays: 756,
    });
  });
});
