import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { canonicalJson, seedFromHash } from '../src/simulation/canonical.js';
import {
  backtestRequest,
  monteCarloRequest,
  optimizationRequest,
  parseRequest,
  plain,
} from '../src/simulation/inputs.js';

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('canonical inputs', () => {
  it('are the same text whatever the order of keys, at every depth', () => {
    const a = { b: 1, a: { y: [1, { q: 2, p: 1 }], x: 'x' }, c: null };
    const b = { c: null, a: { x: 'x', y: [1, { p: 1, q: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"x","y":[1,{"p":1,"q":2}]},"b":1,"c":null}');
  });

  it('leave out absent fields and refuse numbers JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/not a JSON number/);
  });

  it('give a default seed that is the first 31 bits of the hash', () => {
    expect(seedFromHash('ffffffff00')).toBe(0x7fffffff);
    expect(seedFromHash('0000000a99')).toBe(10);
  });

  it('read GraphQL dates and decimals as their plain strings', () => {
    expect(
      plain({ to: new Date('2022-09-19T00:00:00.000Z'), cash: { toFixed: () => '100' }, n: null }),
    ).toEqual({ to: '2022-09-19', cash: '100', n: undefined });
  });
});

describe('a run request', () => {
  it('names each bad field, with its path, in one error', () => {
    const error = refusal(() =>
      parseRequest(monteCarloRequest, {
        portfolioId: 'p',
        paths: 5,
        confidences: [0.95, 1.2],
        blockLength: 3,
      }),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    const fields = (error.extensions.issues as { argument: string }[]).map((i) => i.argument);
    expect(fields.sort()).toEqual(['input.blockLength', 'input.confidences[1]', 'input.paths']);
    expect(error.message).toContain('`input.paths`: 100에서 200000 사이여야 합니다');
    expect(error.extensions.messages).toMatchObject({
      en: expect.stringContaining('`input.paths` must be 100 to 200000'),
    });
  });

  it('names a weight’s bad symbol', () => {
    const error = refusal(() =>
      parseRequest(backtestRequest, {
        portfolioId: 'p',
        weights: [
          { symbol: '005930', weight: 0.5 },
          { symbol: 'nope', weight: 0.5 },
        ],
      }),
    );
    const fields = (error.extensions.issues as { argument: string }[]).map((i) => i.argument);
    expect(fields).toEqual(['input.weights[1].symbol']);
  });

  it('names weights that do not sum to 1', () => {
    const error = refusal(() =>
      parseRequest(backtestRequest, {
        portfolioId: 'p',
        weights: [
          { symbol: '005930', weight: 0.5 },
          { symbol: '000660', weight: 0.2 },
        ],
      }),
    );
    expect(error.extensions.argument).toBe('input.weights');
    expect(error.message).toContain('합이 1이어야 합니다');
    expect(error.extensions.messages).toMatchObject({
      en: expect.stringContaining('must sum to 1'),
    });
  });

  it('asks for the target with TARGET_RETURN, and only then', () => {
    expect(
      refusal(() =>
        parseRequest(optimizationRequest, { portfolioId: 'p', objective: 'TARGET_RETURN' }),
      ).extensions.argument,
    ).toBe('input.targetReturn');
    expect(
      parseRequest(optimizationRequest, {
        portfolioId: 'p',
        objective: 'TARGET_RETURN',
        targetReturn: 0.1,
      }).targetReturn,
    ).toBe(0.1);
  });
});
