import { GraphQLError, type GraphQLScalarType, buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadScalarValue, ErrorCode, badInput, clientError, isErrorCode } from '@capstone/errors';

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
