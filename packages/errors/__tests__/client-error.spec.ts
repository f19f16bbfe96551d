import { GraphQLError, type GraphQLScalarType, buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BadScalarValue,
  ErrorCode,
  badInput,
  clientError,
  isErrorCode,
  localizeError,
  preferredLanguage,
} from '@capstone/errors';

describe('client errors', () => {
  it('carry their code and details in extensions', () => {
    const error = badInput('`limit` must be 1 to 100', { argument: 'limit' });
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'limit' });
  });

  it('let details add to the code but not replace it', () => {
    const error = clientError(ErrorCode.FORBIDDEN, 'no', { requiredScope: 'portfolio:write' });
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', requiredScope: 'portfolio:write' });
  });

  it('tell a known code from any other string', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('not_found')).toBe(false);
  });

  it('reach the client as BAD_USER_INPUT when a scalar refuses a variable', async () => {
    const schema = buildSchema('scalar Day type Query { echo(day: Day!): String! }');
    Object.assign(schema.getType('Day') as GraphQLScalarType, {
      parseValue: () => {
        throw new BadScalarValue('"31-12-2026" is not a date such as "2026-11-26"');
      },
    });
    const result = await graphql({
      schema,
      source: 'query ($day: Day!) { echo(day: $day) }',
      variableValues: { day: '31-12-2026' },
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.message).toContain('is not a date');
  });
});

describe('messages in the caller’s language', () => {
  const error = badInput(
    { ko: '`limit`은 1에서 100 사이여야 합니다', en: '`limit` must be 1 to 100' },
    { argument: 'limit' },
  );
  const serialised = { message: error.message, extensions: { ...error.extensions } };

  it('are Korean unless the caller asks for English', () => {
    expect(error.message).toBe('`limit`은 1에서 100 사이여야 합니다');
    expect(localizeError(serialised, preferredLanguage(undefined)).message).toBe(error.message);
    expect(localizeError(serialised, preferredLanguage('fr-FR, de;q=0.8')).message).toBe(
      error.message,
    );
  });

  it('follow Accept-Language, its regions and its weights', () => {
    expect(preferredLanguage('en-US,en;q=0.9')).toBe('en');
    expect(preferredLanguage('ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
    expect(preferredLanguage('en;q=0.5, ko;q=0.9')).toBe('ko');
    expect(localizeError(serialised, 'en')).toEqual({
      message: '`limit` must be 1 to 100',
      extensions: { code: 'BAD_USER_INPUT', argument: 'limit' },
    });
  });

  it('leave an error with one text alone', () => {
    const plain = { message: 'x', extensions: { code: 'NOT_FOUND' } };
    expect(localizeError(plain, 'en')).toBe(plain);
  });

  it('reach a variable refused by a scalar in both languages', () => {
    const refused = new BadScalarValue({ ko: '날짜가 아닙니다', en: 'not a date' });
    expect(refused.message).toBe('날짜가 아닙니다');
    expect(refused.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messages: { ko: '날짜가 아닙니다', en: 'not a date' },
    });
  });
});
