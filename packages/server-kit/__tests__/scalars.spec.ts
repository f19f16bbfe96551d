import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dateScalar, dateTimeScalar, decimalScalar } from '@capstone/server-kit';

const refusal = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    return error as Error & { extensions?: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
};

describe('Date', () => {
  it('reads a calendar day as midnight UTC and writes it back unchanged', () => {
    const day = dateScalar.parseValue('2026-02-28');
    expect(day.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(dateScalar.serialize(day)).toBe('2026-02-28');
  });

  it('refuses a day that does not exist, with BAD_USER_INPUT', () => {
    const error = refusal(() => dateScalar.parseValue('2026-02-30'));
    expect(error.message).toContain('"2026-02-30"은(는) "2026-11-26" 같은 날짜가 아닙니다');
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messages: { en: '"2026-02-30" is not a date such as "2026-11-26"' },
    });
  });

  it('refuses a date-time where a day is expected', () => {
    expect(refusal(() => dateScalar.parseValue('2026-02-28T09:00:00Z')).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses a number literal in a document as BAD_USER_INPUT', () => {
    const error = refusal(() => dateScalar.parseLiteral({ kind: Kind.INT, value: '20260228' }));
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('DateTime', () => {
  it('reads an ISO instant with an offset as the same instant in UTC', () => {
    expect(dateTimeScalar.parseValue('2026-11-26T15:30:00+09:00').toISOString()).toBe(
      '2026-11-26T06:30:00.000Z',
    );
  });

  it('refuses text that is not a date-time, with BAD_USER_INPUT', () => {
    expect(refusal(() => dateTimeScalar.parseValue('yesterday')).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('Decimal', () => {
  it('keeps every digit of money through a round trip', () => {
    const value = decimalScalar.parseValue('123456789012345678.123456789012');
    expect(decimalScalar.serialize(value)).toBe('123456789012345678.123456789012');
  });

  it('takes a safe integer variable but not a fraction sent as a float', () => {
    expect(decimalScalar.serialize(decimalScalar.parseValue(1500))).toBe('1500');
    expect(refusal(() => decimalScalar.parseValue(0.1)).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses exponents and more than 12 decimal places', () => {
    for (const text of ['1e6', '0.1234567890123']) {
      expect(refusal(() => decimalScalar.parseValue(text)).extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('writes the Decimal of another decimal.js copy (Prisma) by its digits', () => {
    expect(decimalScalar.serialize({ toFixed: () => '70000.5' })).toBe('70000.5');
  });
});
