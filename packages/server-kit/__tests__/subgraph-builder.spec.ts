import { ANONYMOUS, type Identity } from '@capstone/auth';
import { graphql, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphBuilder, dateRange, intBetween, krxSymbols } from '@capstone/server-kit';

const user: Identity = { kind: 'user', userId: 'u1', role: 'USER' };
const readOnlyKey: Identity = {
  kind: 'apiKey',
  userId: 'u1',
  role: 'USER',
  keyId: 'k1',
  scopes: ['market:read'],
};

let schema: GraphQLSchema;
beforeAll(() => {
  const builder = createSubgraphBuilder<{ identity: Identity }>({
    scalars: ['Date'],
    roots: { query: 'Reads.' },
  });
  builder.queryFields((t) => ({
    search: t.stringList({
      authScopes: { scope: 'market:read' },
      args: {
        limit: t.arg.int({ defaultValue: 20, validate: intBetween(1, 100) }),
        symbols: t.arg.stringList({ validate: krxSymbols({ max: 3 }) }),
      },
      resolve: (_root, { limit, symbols }) => [String(limit), ...(symbols ?? [])],
    }),
    days: t.int({
      authScopes: { scope: 'market:read' },
      args: {
        from: t.arg({ type: 'Date', required: true }),
        to: t.arg({ type: 'Date', required: true }),
      },
      validate: dateRange({ maxDays: 10 }),
      resolve: (_root, { from, to }) => (to.getTime() - from.getTime()) / 86_400_000 + 1,
    }),
    trade: t.boolean({ authScopes: { scope: 'portfolio:write' }, resolve: () => true }),
  }));
  schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
});

const run = (source: string, identity: Identity = user, variableValues = {}) =>
  graphql({ schema, source, variableValues, contextValue: { identity } });

describe('a subgraph builder', () => {
  it('passes valid arguments to the resolver, codes checked and deduplicated', async () => {
    const result = await run('{ search(limit: 5, symbols: [" 005930", "005930", "a0001b"]) }');
    expect(result).toEqual({ data: { search: ['5', '005930', 'A0001B'] } });
  });

  it('refuses an argument out of range as BAD_USER_INPUT naming it', async () => {
    const [error] = (await run('{ search(limit: 0) }')).errors ?? [];
    expect(error?.message).toBe('`limit`: 1에서 100 사이여야 합니다');
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'limit',
      messages: { ko: '`limit`: 1에서 100 사이여야 합니다', en: '`limit` must be 1 to 100' },
    });
  });

  it('names the list argument whose element is not a KRX code', async () => {
    const [error] = (await run('{ search(symbols: ["005930", "SAMSUNG"]) }')).errors ?? [];
    expect(error?.message).toBe(
      '"SAMSUNG"은(는) KRX 종목 코드가 아닙니다. 코드는 "005930"처럼 여섯 글자입니다',
    );
    expect(error?.extensions.messages).toMatchObject({
      en: '"SAMSUNG" is not a KRX code; codes have six characters, such as "005930"',
    });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'symbols' });
  });

  it('checks a date range as a whole: from not after to, and its length', async () => {
    const reversed = await run('{ days(from: "2026-03-10", to: "2026-03-01") }');
    expect(reversed.errors?.[0]?.message).toBe('`from`: `to`보다 늦을 수 없습니다');
    expect(reversed.errors?.[0]?.extensions.messages).toMatchObject({
      en: '`from` must not be after `to`',
    });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ argument: 'from' });
    const tooLong = await run('{ days(from: "2026-03-01", to: "2026-03-11") }');
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'to',
    });
    expect((await run('{ days(from: "2026-03-01", to: "2026-03-10") }')).data).toEqual({
      days: 10,
    });
  });

  it('answers a bad Date variable with BAD_USER_INPUT', async () => {
    const result = await run('query ($from: Date!) { days(from: $from, to: "2026-03-01") }', user, {
      from: '2026-13-01',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('tells an anonymous caller to sign in', async () => {
    const [error] = (await run('{ trade }', ANONYMOUS)).errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messages: { en: 'Sign in, or send an API key, to do this' },
    });
  });

  it('names the scope an API key lacks', async () => {
    const [error] = (await run('{ trade }', readOnlyKey)).errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScope: 'portfolio:write',
    });
    expect(error?.message).toContain('portfolio:write');
    expect((await run('{ search }', readOnlyKey)).data).toEqual({ search: ['20'] });
  });
});
