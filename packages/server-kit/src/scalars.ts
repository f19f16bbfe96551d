import { Decimal } from 'decimal.js';
import { Kind, type ValueNode } from 'graphql';
import { BadScalarValue, badInput, messagesOf } from '@capstone/errors';

export { Decimal } from 'decimal.js';

/**
 * Money and quantities travel as decimal strings ("12345.6789") so that no client or
 * server ever rounds them through a float.
 */
export const decimalScalar = {
  description:
    'An exact decimal number, sent as a string such as "1234.5678". Used for money and quantities.',
  serialize: (value: unknown): string => {
    if (value instanceof Decimal) return value.toFixed();
    // Prisma's Decimal is its own copy of decimal.js, so test the shape instead of the class.
    if (value && typeof value === 'object' && 'toFixed' in value) {
      return (value as { toFixed: () => string }).toFixed();
    }
    if (typeof value === 'string' || typeof value === 'bigint')
      return new Decimal(value.toString()).toFixed();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new TypeError(`Decimal cannot represent ${typeof value}`);
  },
  parseValue: (value: unknown): Decimal => asVariableError(() => parseDecimal(value)),
  parseLiteral: (node: ValueNode): Decimal => {
    if (node.kind === Kind.STRING || node.kind === Kind.INT) return parseDecimal(node.value);
    throw badInput({
      ko: 'Decimal 값은 "1234.56"처럼 문자열로 써야 합니다',
      en: 'A Decimal must be written as a string, such as "1234.56"',
    });
  },
};

const DECIMAL_PATTERN = /^-?\d{1,24}(\.\d{1,12})?$/;

export function parseDecimal(value: unknown): Decimal {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text.trim())) {
    throw badInput({
      ko: `${JSON.stringify(value)}은(는) "1234.56" 같은 십진수가 아닙니다`,
      en: `${JSON.stringify(value)} is not a decimal number such as "1234.56"`,
    });
  }
  return new Decimal(text.trim());
}

/** A calendar day, "2026-11-26", without a time or zone: trading days are Asia/Seoul dates. */
export const dateScalar = {
  description: 'A calendar date in ISO 8601 form, such as "2026-11-26".',
  serialize: (value: unknown): string => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    throw new TypeError(`Date cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: (value: unknown): Date => asVariableError(() => parseDate(value)),
  parseLiteral: (node: ValueNode): Date => {
    if (node.kind === Kind.STRING) return parseDate(node.value);
    throw badInput({
      ko: 'Date 값은 "2026-11-26" 같은 문자열이어야 합니다',
      en: 'A Date must be a string such as "2026-11-26"',
    });
  },
};

export function parseDate(value: unknown): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return date;
  }
  throw badInput({
    ko: `${JSON.stringify(value)}은(는) "2026-11-26" 같은 날짜가 아닙니다`,
    en: `${JSON.stringify(value)} is not a date such as "2026-11-26"`,
  });
}

/** An instant in UTC, ISO 8601. */
export const dateTimeScalar = {
  description: 'An instant in time, in ISO 8601 UTC form, such as "2026-11-26T06:30:00.000Z".',
  serialize: (value: unknown): string => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
      return new Date(value).toISOString();
    }
    throw new TypeError(`DateTime cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: (value: unknown): Date => asVariableError(() => parseDateTime(value)),
  parseLiteral: (node: ValueNode): Date => {
    if (node.kind === Kind.STRING) return parseDateTime(node.value);
    throw badInput({
      ko: 'DateTime 값은 ISO 8601 문자열이어야 합니다',
      en: 'A DateTime must be an ISO 8601 string',
    });
  },
};

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string') {
    const time = Date.parse(value);
    if (!Number.isNaN(time)) return new Date(time);
  }
  throw badInput({
    ko: `${JSON.stringify(value)}은(는) ISO 8601 날짜·시각이 아닙니다`,
    en: `${JSON.stringify(value)} is not an ISO 8601 date-time`,
  });
}

/**
 * graphql-js reports a bad variable with the extensions of a plain error its scalar threw, but
 * not with those of a GraphQLError; so a variable's refusal is rethrown as a plain error that
 * carries BAD_USER_INPUT.
 */
function asVariableError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new BadScalarValue(messagesOf(error as Error));
  }
}
