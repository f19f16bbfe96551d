import { operationNamed } from '@capstone/operations';
import { describe, expect, it } from 'vitest';
import { ArgumentError, checkArguments } from '../src/tools/arguments.js';

const inputOf = (name: string) => operationNamed(name).inputSchema;

function problems(name: string, args: Record<string, unknown>): string[] {
  try {
    checkArguments(inputOf(name), args);
  } catch (error) {
    if (error instanceof ArgumentError) return error.problems;
    throw error;
  }
  return [];
}

describe('tool arguments, checked before anything is sent', () => {
  it('pass as given when they fit, optional nulls left out', () => {
    expect(
      checkArguments(inputOf('RecordLedgerEntry'), {
        portfolioId: 'p1',
        type: 'BUY',
        symbol: '005930',
        quantity: '10',
        price: '71000',
        note: null,
      }),
    ).toEqual({ portfolioId: 'p1', type: 'BUY', symbol: '005930', quantity: '10', price: '71000' });
  });

  it('name a missing argument', () => {
    expect(problems('RecordLedgerEntry', { portfolioId: 'p1' })).toEqual(['`type` is required']);
  });

  it('say what a Decimal, a KRX code, a date and an enum allow, with what came', () => {
    expect(
      problems('RecordLedgerEntry', {
        portfolioId: 'p1',
        type: 'BUYING',
        symbol: 'samsung',
        quantity: 10,
        occurredAt: 'yesterday',
      }),
    ).toEqual([
      '`type` must be one of DEPOSIT, WITHDRAW, BUY, SELL, DIVIDEND, SPLIT (got "BUYING")',
      '`symbol` must be a 6-character KRX code, such as "005930" (got "samsung")',
      '`quantity` must be a decimal number written as a string, such as "1234.5" (got 10)',
      '`occurredAt` must be an ISO 8601 instant such as "2024-05-31T06:30:00Z" (got "yesterday")',
    ]);
    expect(
      problems('GetPriceHistory', { symbol: '005930', from: '2024-13-01', to: '2024/01/31' }),
    ).toEqual([
      '`from` must be a date such as "2024-05-31" (got "2024-13-01")',
      '`to` must be a date such as "2024-05-31" (got "2024/01/31")',
    ]);
  });

  it('name an unknown argument with the ones there are, and a field deep in a list', () => {
    expect(problems('ListScenarios', { kind: 'HISTORICAL', colour: 'red' })).toEqual([
      '`colour` is not an argument; the arguments are kind',
    ]);
    expect(
      problems('CreatePortfolioWithHoldings', {
        name: 'X',
        cash: '1000000',
        holdings: [{ symbol: '005930', weight: '0.5', colour: 'red' }, { weight: '0.5' }],
      }),
    ).toEqual([
      '`holdings[0].colour` is not a field of `holdings[0]`',
      '`holdings[1].symbol` is required',
    ]);
  });

  it('refuse a whole number out of the Int range and a fraction where a whole number goes', () => {
    expect(problems('SearchInstruments', { query: 'a', limit: 2.5 })).toEqual([
      '`limit` must be a whole number (got 2.5)',
    ]);
    expect(problems('SearchInstruments', { query: 'a', limit: 2 ** 40 })).toEqual([
      '`limit` must be at most 2147483647 (got 1099511627776)',
    ]);
  });
});
