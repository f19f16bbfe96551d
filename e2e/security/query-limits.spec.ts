import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';
import { postRaw } from './support.js';

/**
 * Attack: exhaust the gateway with one expensive document (deep nesting, alias amplification,
 * a flood of tokens or directives) or with many operations batched into one request. Each is
 * refused with its own code before anything is planned or fetched.
 */
const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'gateway'],
  env: {
    MAX_QUERY_DEPTH: '4',
    MAX_QUERY_ALIASES: '5',
    MAX_QUERY_TOKENS: '300',
    MAX_QUERY_DIRECTIVES: '5',
  },
});

const codeOf = async (query: string) =>
  (await platform.anonymous.ask(query)).errors?.[0]?.extensions?.code;

describe('the gateway refuses', () => {
  it('a document nested deeper than the limit (depth attack)', async () => {
    expect(await codeOf('{ portfolios { holdings { instrument { lastClose { close } } } } }')).toBe(
      'QUERY_TOO_DEEP',
    );
  });

  it('a document of many aliases of one field (alias amplification)', async () => {
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(await codeOf(`{ ${aliases} }`)).toBe('TOO_MANY_ALIASES');
  });

  it('a document of more tokens than the limit (parser exhaustion)', async () => {
    const variables = Array.from({ length: 200 }, (_, i) => `$v${i}: Int`).join(', ');
    expect(await codeOf(`query Flood(${variables}) { __typename }`)).toBe('TOO_MANY_TOKENS');
  });

  it('a document of many directives (directive overloading)', async () => {
    expect(await codeOf(`{ __typename ${'@include(if: true) '.repeat(20)}}`)).toBe(
      'TOO_MANY_DIRECTIVES',
    );
  });

  it('a batch of operations in one request (batching attack)', async () => {
    const batch = Array.from({ length: 20 }, () => ({ query: '{ __typename }' }));
    const answer = await postRaw(platform.graphqlUrl, batch);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(Array.isArray(answer.body)).toBe(false);
    expect(answer.body.data ?? null).toBeNull();
  });

  it('none of it when the document is ordinary', async () => {
    expect((await platform.anonymous.ask('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
