import { describe, expect, it } from 'vitest';
import { ROUTES } from '@capstone/operations';
import { pageOf } from '../src/rest/conventions.js';
import { problemFromErrors } from '../src/rest/problem.js';
import { RestInputError, requestVariables } from '../src/rest/request-variables.js';
import { createRouteTable } from '../src/rest/route-table.js';

const table = createRouteTable();
const matched = (method: string, path: string) => {
  const found = table.match(method, path);
  if (!found || 'allowed' in found) throw new Error(`no route for ${method} ${path}`);
  return found;
};

describe('the REST route table', () => {
  it('compiles every route of the route map against the catalogue', () => {
    expect(table.routes.map((route) => route.operation)).toEqual(ROUTES.map((r) => r.operation));
  });

  it('fills a renamed path parameter into its variable and tells the methods of a path', () => {
    expect(matched('PATCH', '/api/v1/portfolios/p1').params).toEqual({ id: 'p1' });
    expect(matched('GET', '/api/v1/portfolios/p1').params).toEqual({ portfolioId: 'p1' });
    expect(table.match('PUT', '/api/v1/portfolios/p1')).toEqual({
      allowed: ['GET', 'PATCH', 'DELETE'],
    });
    expect(table.match('GET', '/api/v1/nothing')).toBeUndefined();
  });
});

describe("a route's variables", () => {
  it('converts query text by the variable type, and splits lists', async () => {
    const { route, params } = matched('GET', '/api/v1/instruments');
    const request = new Request('http://gateway/api/v1/instruments?query=삼성&limit=5');
    expect(await requestVariables(route, params, request, 1_000)).toEqual({
      query: '삼성',
      limit: 5,
    });
    const quotes = matched('GET', '/api/v1/quotes');
    expect(
      await requestVariables(
        quotes.route,
        {},
        new Request('http://gateway/api/v1/quotes?symbols=005930,000660&symbols=035420'),
        1_000,
      ),
    ).toEqual({ symbols: ['005930', '000660', '035420'] });
  });

  it('reads a flat query parameter into a property of an input-object variable', async () => {
    const { route, params } = matched('GET', '/api/v1/simulations');
    const request = new Request(
      'http://gateway/api/v1/simulations?kind=MONTE_CARLO&portfolioId=p1&first=5',
    );
    expect(await requestVariables(route, params, request, 1_000)).toEqual({
      filter: { kind: 'MONTE_CARLO', portfolioId: 'p1' },
      first: 5,
    });
    await expect(
      requestVariables(
        route,
        params,
        new Request('http://gateway/api/v1/simulations?filter=x'),
        1_000,
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
  });

  it('leaves text that does not convert, so the operation names the variable', async () => {
    const { route, params } = matched('GET', '/api/v1/instruments');
    const request = new Request('http://gateway/api/v1/instruments?query=a&limit=many');
    expect(await requestVariables(route, params, request, 1_000)).toMatchObject({ limit: 'many' });
  });

  it('takes the Idempotency-Key header into idempotencyKey, and refuses unknown properties', async () => {
    const { route, params } = matched('POST', '/api/v1/portfolios');
    const post = (body: unknown) =>
      new Request('http://gateway/api/v1/portfolios', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1' },
        body: JSON.stringify(body),
      });
    expect(await requestVariables(route, params, post({ name: 'a', cash: '1' }), 1_000)).toEqual({
      name: 'a',
      cash: '1',
      idempotencyKey: 'k-1',
    });
    await expect(
      requestVariables(route, params, post({ name: 'a', idempotencyKey: 'x' }), 1_000),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    await expect(
      requestVariables(route, params, post({ name: 'x'.repeat(2_000) }), 1_000),
    ).rejects.toBeInstanceOf(RestInputError);
  });
});

describe('REST conventions', () => {
  it('pages a list with a cursor that the next page starts from', () => {
    const items = Array.from({ length: 5 }, (_, index) => index);
    const first = pageOf(items, new URL('http://gateway/api/v1/x?limit=2'));
    expect(first.page).toEqual([0, 1]);
    const next = new URL(/<([^>]+)>/.exec(first.next!)![1]!, 'http://gateway');
    expect(pageOf(items, next).page).toEqual([2, 3]);
    expect(() => pageOf(items, new URL('http://gateway/x?cursor=nonsense'))).toThrow(
      RestInputError,
    );
  });

  it("answers a GraphQL error as a problem with its status, field and the caller's language", () => {
    const problem = problemFromErrors(
      [
        {
          message: '수량이 잘못되었습니다',
          extensions: {
            code: 'BAD_USER_INPUT',
            argument: 'quantity',
            messages: { ko: '수량이 잘못되었습니다', en: 'quantity is wrong' },
          },
        },
      ],
      'en',
      '/api/v1/portfolios/p/trades',
    );
    expect(problem).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      field: 'quantity',
      detail: 'quantity is wrong',
    });
    expect(problemFromErrors([{ message: 'x' }], 'ko', '/').status).toBe(500);
  });
});
