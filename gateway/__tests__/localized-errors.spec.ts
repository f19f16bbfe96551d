import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERNAL_IDENTITY_HEADER } from '@capstone/auth';
import { notFound } from '@capstone/errors';
import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { gatewayMessage } from '../src/plugins/gateway-messages.js';
import { useLocalizedErrors } from '../src/plugins/use-localized-errors.js';

// A schema whose resolvers raise what the gateway passes on: a service's bilingual error, the
// gateway's own English-only one, and an error in a live stream.
const yoga = createYoga({
  maskedErrors: false,
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Query {
        missing: String
        limited: String
        issues: String
      }
      type Subscription {
        ticks: Int
      }
    `,
    resolvers: {
      Query: {
        missing: () => {
          throw notFound(
            {
              ko: '종목 코드 999999에 해당하는 종목이 없습니다',
              en: 'No instrument has the code 999999',
            },
            { argument: 'symbols' },
          );
        },
        limited: () => {
          throw new GraphQLError('Too many requests; try again in 3 s', {
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 },
          });
        },
        issues: () => {
          throw new GraphQLError('첫째; 둘째', {
            extensions: {
              code: 'BAD_USER_INPUT',
              messages: { ko: '첫째; 둘째', en: 'first; second' },
              issues: [{ argument: 'a', message: '첫째', messages: { ko: '첫째', en: 'first' } }],
            },
          });
        },
      },
      Subscription: {
        ticks: {
          // eslint-disable-next-line require-yield
          subscribe: async function* () {
            throw notFound({ ko: '구독할 것이 없습니다', en: 'Nothing to subscribe to' });
          },
        },
      },
    },
  }),
  plugins: [useLocalizedErrors()],
});

async function ask(query: string, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

describe("a service's bilingual error", () => {
  it('is Korean without Accept-Language, and loses the pair of texts', async () => {
    const { errors } = await ask('{ missing }');
    expect(errors?.[0]).toMatchObject({
      message: '종목 코드 999999에 해당하는 종목이 없습니다',
      extensions: { code: 'NOT_FOUND', argument: 'symbols' },
    });
    expect(errors?.[0]?.extensions).not.toHaveProperty('messages');
  });

  it('is English for Accept-Language: en, with the same code', async () => {
    const { errors } = await ask('{ missing }', { 'accept-language': 'en-US,en;q=0.9' });
    expect(errors?.[0]).toMatchObject({
      message: 'No instrument has the code 999999',
      extensions: { code: 'NOT_FOUND', argument: 'symbols' },
    });
  });

  it('is Korean for a language the platform does not speak', async () => {
    const { errors } = await ask('{ missing }', { 'accept-language': 'fr' });
    expect(errors?.[0]?.message).toBe('종목 코드 999999에 해당하는 종목이 없습니다');
  });

  it('answers each of its listed problems in the same language', async () => {
    const { errors } = await ask('{ issues }', { 'accept-language': 'en' });
    expect(errors?.[0]).toMatchObject({
      message: 'first; second',
      extensions: { issues: [{ argument: 'a', message: 'first' }] },
    });
    expect((errors?.[0]?.extensions?.issues as object[])[0]).not.toHaveProperty('messages');
  });

  it('is kept whole for a platform service that passes it on', async () => {
    const { errors } = await ask('{ missing }', { [INTERNAL_IDENTITY_HEADER]: 'any' });
    expect(errors?.[0]?.extensions?.messages).toEqual({
      ko: '종목 코드 999999에 해당하는 종목이 없습니다',
      en: 'No instrument has the code 999999',
    });
  });

  it('reaches a server-sent-events subscriber in their language', async () => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'accept-language': 'en',
      },
      body: JSON.stringify({ query: 'subscription { ticks }' }),
    });
    expect(await response.text()).toContain('Nothing to subscribe to');
  });
});

describe("the gateway's own errors and the GraphQL library's", () => {
  it('come in Korean, keeping the numbers and the code', async () => {
    const { errors } = await ask('{ limited }');
    expect(errors?.[0]).toMatchObject({
      message: '요청이 너무 많습니다. 3초 뒤에 다시 시도하세요',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 },
    });
    const english = await ask('{ limited }', { 'accept-language': 'en' });
    expect(english.errors?.[0]?.message).toBe('Too many requests; try again in 3 s');
  });

  it('say in Korean which field the schema lacks, English kept for en', async () => {
    const korean = await ask('{ missin }');
    expect(korean.errors?.[0]?.message).toBe(
      '"Query" 타입에는 "missin" 필드가 없습니다 (혹시: "missing")',
    );
    const english = await ask('{ missin }', { 'accept-language': 'en' });
    expect(english.errors?.[0]?.message).toBe(
      'Cannot query field "missin" on type "Query". Did you mean "missing"?',
    );
  });

  it('name the syntax error in Korean with the parser detail', async () => {
    const { errors } = await ask('{ missing');
    expect(errors?.[0]?.message).toMatch(/^쿼리 문법 오류: Expected Name, found <EOF>/);
  });
});

describe('the Korean for English-only messages', () => {
  it('covers every message the gateway raises itself', () => {
    const root = new URL('../src', import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    // The texts given to `new GraphQLError(`, a `refuse(` helper, or a custom error's `message:`.
    const raised =
      /(?:new GraphQLError\(|refuse\()\s*(['`])((?:(?!\1).)+)\1|message: (['`])((?:(?!\3).)+)\3/g;
    const texts = files.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(raised)].map((match) =>
        (match[2] ?? match[4]!).replace(/\$\{[^}]+\}/g, '7'),
      ),
    );
    expect(texts.length).toBeGreaterThan(15);
    const untranslated = texts.filter((text) => gatewayMessage(text, undefined).ko.includes(text));
    expect(untranslated).toEqual([]);
  });
});
