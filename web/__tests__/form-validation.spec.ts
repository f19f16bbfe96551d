import { describe, expect, it } from 'vitest';
import {
  checkHoldingsCsv,
  createPortfolioInput,
  emptyTradeForm,
  percentToFraction,
  tradeInput,
  validateCreatePortfolio,
  validateSignUp,
  validateTrade,
  type TradeForm,
} from '../app/src/forms/validation.js';

const trade = (fields: Partial<TradeForm>): TradeForm => ({ ...emptyTradeForm(), ...fields });

describe('trade entry', () => {
  it('asks a buy or sell for a KRX code, a quantity and a price', () => {
    expect(
      validateTrade(trade({ type: 'SELL', symbol: '5930', quantity: '0', price: 'abc' })),
    ).toEqual({
      symbol: { key: 'validation.symbol' },
      quantity: { key: 'validation.positive' },
      price: { key: 'validation.positive' },
    });
    expect(validateTrade(trade({ symbol: '005930', quantity: '10', price: '71,000' }))).toEqual({});
  });

  it('asks a deposit only for an amount, and a dividend for a code and an amount', () => {
    expect(validateTrade(trade({ type: 'DEPOSIT', amount: '-5' }))).toEqual({
      amount: { key: 'validation.positive' },
    });
    expect(validateTrade(trade({ type: 'DIVIDEND', amount: '1000' }))).toEqual({
      symbol: { key: 'validation.symbol' },
    });
  });

  it('refuses a time in the future, negative fees and long notes', () => {
    const now = new Date('2026-11-26T06:00:00Z');
    const errors = validateTrade(
      trade({
        type: 'DEPOSIT',
        amount: '1',
        fee: '-1',
        occurredAt: '2026-11-27T10:00',
        note: 'x'.repeat(201),
      }),
      now,
    );
    expect(Object.keys(errors).sort()).toEqual(['fee', 'note', 'occurredAt']);
  });

  it('sends only the fields the kind of line takes, amounts as exact strings', () => {
    const input = tradeInput(
      'p1',
      trade({
        type: 'BUY',
        symbol: ' 005930 ',
        quantity: '1,000',
        price: '71,000.5',
        amount: '9',
        note: ' ',
      }),
      'key-1',
    );
    expect(input).toEqual({
      portfolioId: 'p1',
      type: 'BUY',
      symbol: '005930',
      quantity: '1000',
      price: '71000.5',
      amount: undefined,
      fee: undefined,
      tax: undefined,
      occurredAt: undefined,
      note: undefined,
      idempotencyKey: 'key-1',
    });
  });
});

describe('a new portfolio', () => {
  it('turns percentages into exact weights, without floating point', () => {
    expect(['25', '100', '33.33', '5', '0.5', '12.345'].map(percentToFraction)).toEqual([
      '0.25',
      '1',
      '0.3333',
      '0.05',
      '0.005',
      '0.12345',
    ]);
  });

  it('names each bad row, a code listed twice, and weights over 100 %', () => {
    const errors = validateCreatePortfolio({
      name: '',
      cash: '10,000,000',
      holdings: [
        { symbol: '005930', by: 'weight', value: '60' },
        { symbol: '005930', by: 'weight', value: '50' },
        { symbol: '000660', by: 'quantity', value: '1.5x' },
      ],
    });
    expect(errors.name).toEqual({ key: 'validation.nameLength' });
    expect(errors.rows).toEqual([
      {},
      { symbol: { key: 'validation.duplicateSymbol' } },
      { value: { key: 'validation.positive' } },
    ]);
    expect(errors.holdings).toEqual({ key: 'validation.weightsTotal', values: { total: '110%' } });
  });

  it('lets weights add up to exactly 100 % and ignores rows left empty', () => {
    const form = {
      name: '균형',
      cash: '30000000',
      holdings: [
        { symbol: '005930', by: 'weight' as const, value: '33.33' },
        { symbol: '000660', by: 'weight' as const, value: '33.33' },
        { symbol: '035420', by: 'weight' as const, value: '33.34' },
        { symbol: ' ', by: 'quantity' as const, value: '' },
      ],
    };
    expect(validateCreatePortfolio(form)).toEqual({});
    expect(createPortfolioInput(form, 'k').holdings).toEqual([
      { symbol: '005930', weight: '0.3333' },
      { symbol: '000660', weight: '0.3333' },
      { symbol: '035420', weight: '0.3334' },
    ]);
  });
});

describe('CSV import, checked in the browser', () => {
  it('names every bad line with what is wrong, after an optional header', () => {
    const result = checkHoldingsCsv(
      '\uFEFFsymbol,quantity,average cost\n005930,10,71000\n12345,0,1000\n005930,1,1\n035420,1\n\n',
    );
    expect(result.rows).toBe(4);
    expect(result.problems).toEqual([
      {
        line: 3,
        problems: [
          { key: 'csv.badSymbol', values: { value: '12345' } },
          { key: 'csv.badQuantity', values: { value: '0' } },
        ],
      },
      { line: 4, problems: [{ key: 'csv.duplicate', values: { symbol: '005930', line: 2 } }] },
      { line: 5, problems: [{ key: 'csv.columns', values: { count: 2 } }] },
    ]);
  });

  it('accepts good rows, with or without a header, quoted or not', () => {
    expect(checkHoldingsCsv('"005930","10","71000.5"\r\n0004A0,3,1200\n')).toEqual({
      rows: 2,
      problems: [],
    });
  });
});

describe('sign-up', () => {
  it('wants an e-mail address and a password of 10 characters or more', () => {
    expect(validateSignUp({ email: 'me@', password: 'short' })).toEqual({
      email: { key: 'validation.email' },
      password: { key: 'validation.passwordLength' },
    });
    expect(validateSignUp({ email: 'me@example.com', password: '0123456789' })).toEqual({});
  });
});
