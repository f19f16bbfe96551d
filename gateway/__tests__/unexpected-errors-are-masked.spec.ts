import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskErrors } from '../src/mask-errors.js';

// Found by the schema fuzzer: under load a subgraph's database error ("Too many connections")
// reached the caller with its message and stack trace, because Yoga's development masking adds
// them. The gateway masks unexpected errors the same way in every mode.
describe('the gateway error mask', () => {
  it.each([true, false])('hides an unexpected error’s message and stack (isDev %s)', (isDev) => {
    const error = new Error('Too many connections at /app/node_modules/mariadb/lib/pool.js:1:1');
    const masked = maskErrors!(error, 'Unexpected error.', isDev) as GraphQLError;
    const text = JSON.stringify(masked.toJSON());
    expect(masked.message).toBe('Unexpected error.');
    expect(text).not.toMatch(/Too many connections|node_modules|stack/);
  });

  it('passes on a coded error a subgraph meant for the caller', () => {
    const error = new GraphQLError('수량은 1주 이상의 정수여야 합니다', {
      extensions: { code: 'BAD_USER_INPUT', serviceName: 'portfolio' },
    });
    expect(maskErrors!(error, 'Unexpected error.', true)).toBe(error);
  });
});
