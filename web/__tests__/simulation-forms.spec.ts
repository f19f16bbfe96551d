import { describe, expect, it } from 'vitest';
import {
  backtestVariables,
  emptyMonteCarloForm,
  monteCarloVariables,
  optimiseVariables,
  shockInput,
  shockRow,
  validateBacktest,
  validateMonteCarlo,
  validateOptimise,
  validateScenario,
  scenarioHasErrors,
  suggestedHoldings,
} from '../app/src/simulations/forms.js';

describe('the Monte Carlo form', () => {
  it('accepts the defaults and sends them as the service takes them', () => {
    const form = { ...emptyMonteCarloForm(), paths: '20,000', contribution: '500,000' };
    expect(validateMonteCarlo(form)).toEqual({});
    expect(monteCarloVariables('p1', form, 'k1')).toEqual({
      portfolioId: 'p1',
      horizonDays: 252,
      paths: 20_000,
      confidences: [0.95],
      model: 'GBM',
      cashFlow: { amount: '500000', everyDays: 21 },
      seed: undefined,
      idempotencyKey: 'k1',
    });
  });

  it('names each field outside the service’s limits', () => {
    const errors = validateMonteCarlo({
      ...emptyMonteCarloForm(),
      horizonDays: '0',
      paths: '99',
      confidence: '99.95',
      contribution: '0',
      seed: '2147483648',
    });
    expect(Object.keys(errors).sort()).toEqual([
      'confidence',
      'contribution',
      'horizonDays',
      'paths',
      'seed',
    ]);
    expect(errors.paths).toEqual({
      key: 'validation.integerRange',
      values: { min: 100, max: '200,000' },
    });
  });

  it('keeps a given seed, so the same run can be repeated', () => {
    expect(monteCarloVariables('p1', { ...emptyMonteCarloForm(), seed: '42' }, 'k').seed).toBe(42);
  });
});

describe('the backtest and optimiser forms', () => {
  const backtest = {
    from: '2025-01-01',
    to: '2025-12-31',
    initialCash: '',
    rebalance: 'MONTHLY' as const,
    seed: '',
  };
  it('wants the start before the end and no day after today', () => {
    expect(validateBacktest(backtest, '2026-01-01')).toEqual({});
    expect(validateBacktest({ ...backtest, from: '2026-01-01' }, '2026-06-01').from?.key).toBe(
      'validation.fromBeforeTo',
    );
    expect(validateBacktest(backtest, '2025-06-01').to?.key).toBe('validation.futureDay');
    expect(backtestVariables('p1', backtest, 'k').initialCash).toBeUndefined();
  });

  it('asks for a target only for the target objectives, as a yearly fraction', () => {
    expect(
      validateOptimise({ objective: 'MAX_SHARPE', target: '', maxWeight: '', seed: '' }),
    ).toEqual({});
    expect(
      validateOptimise({ objective: 'TARGET_RETURN', target: '', maxWeight: '', seed: '' }).target,
    ).toEqual({ key: 'validation.targetPercent' });
    expect(
      optimiseVariables(
        'p1',
        { objective: 'TARGET_RISK', target: '15', maxWeight: '40', seed: '' },
        'k',
      ),
    ).toMatchObject({
      targetVolatility: 0.15,
      targetReturn: undefined,
      constraints: { maxWeight: 0.4 },
    });
  });
});

describe('the scenario editor’s shocks', () => {
  const sectors = new Set(['G25', 'G45']);

  it('sends percentages as fractions and reads stored shocks back as percentages', () => {
    const row = { target: 'SECTOR' as const, subject: 'G45', change: '-30' };
    const input = shockInput(row);
    expect(input).toEqual({ target: 'SECTOR', sector: 'G45', change: -0.3 });
    expect(shockRow(input)).toEqual(row);
    expect(shockInput({ target: 'FX', subject: '', change: '10' })).toEqual({
      target: 'FX',
      currencyPair: 'USDKRW',
      change: 0.1,
    });
  });

  it('refuses an unknown sector, a bad code, a move beyond −100 % and a repeated target', () => {
    const errors = validateScenario(
      {
        name: '',
        shocks: [
          { target: 'SECTOR', subject: 'XX', change: '-10' },
          { target: 'SYMBOL', subject: '59', change: '-10' },
          { target: 'MARKET', subject: '', change: '-120' },
          { target: 'MARKET', subject: '', change: '-5' },
        ],
      },
      sectors,
      { named: true },
    );
    expect(errors.name).toEqual({ key: 'validation.nameLength' });
    expect(errors.rows).toEqual({
      0: { subject: { key: 'validation.sector' } },
      1: { subject: { key: 'validation.symbol' } },
      2: { change: { key: 'validation.shockChange' } },
      3: { subject: { key: 'validation.duplicateShock' } },
    });
    expect(scenarioHasErrors(errors)).toBe(true);
  });

  it('needs no name to run a scenario, only to save it', () => {
    const form = { name: '', shocks: [{ target: 'MARKET' as const, subject: '', change: '-20' }] };
    expect(scenarioHasErrors(validateScenario(form, sectors, { named: false }))).toBe(false);
    expect(
      scenarioHasErrors(validateScenario({ ...form, shocks: [] }, sectors, { named: false })),
    ).toBe(true);
  });
});

describe('saving the optimiser’s weights as a new portfolio', () => {
  const total = (holdings: { weight: string }[]) =>
    holdings.reduce((sum, h) => sum + Math.round(Number(h.weight) * 10_000), 0);

  it('never asks for more than 100 %, where rounding each weight alone would', () => {
    const sevenths = Array.from({ length: 7 }, (_, i) => ({ symbol: `00${i}000`, weight: 1 / 7 }));
    expect(sevenths.reduce((sum, w) => sum + Number(w.weight.toFixed(4)), 0)).toBeGreaterThan(1);
    const holdings = suggestedHoldings(sevenths);
    expect(total(holdings)).toBe(10_000);
    expect(holdings.map((h) => h.weight).sort()).toEqual([
      '0.1428',
      '0.1428',
      '0.1428',
      '0.1429',
      '0.1429',
      '0.1429',
      '0.1429',
    ]);
  });

  it('leaves out weights shown as 0.0 %, and keeps the rest’s total', () => {
    const holdings = suggestedHoldings([
      { symbol: '000660', weight: 0.56345 },
      { symbol: '005930', weight: 0.21335 },
      { symbol: '035420', weight: 0.19815 },
      { symbol: '006400', weight: 0.02475 },
      { symbol: '207940', weight: 0.0003 },
    ]);
    expect(holdings.map((h) => h.symbol)).toEqual(['000660', '005930', '035420', '006400']);
    expect(total(holdings)).toBe(9997);
  });
});
