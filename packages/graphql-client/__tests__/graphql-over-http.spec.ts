import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createGraphQLClient, typedDocument } from '@capstone/graphql-client';
import { json, loopbackServer, type LoopbackServer } from './support/loopback-server.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await loopbackServer((request, response) => {
    response.setHeader('x-answered-by', 'loopback');
    json(response, 200, { data: { echo: request.body } });
  });
});
afterAll(() => server?.close());

const lastRequest = () => server.received.at(-1)!;

describe('a request', () => {
  it('is a POST of the operation and its variables as JSON, asking for a GraphQL response', async () => {
    const client = createGraphQLClient({ url: server.url });
    const result = await client.execute(
      'query Find($symbol: String!) { instrument(symbol: $symbol) { nameKo } }',
      { symbol: '005930' },
      { operationName: 'Find' },
    );
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: {
        query: 'query Find($symbol: String!) { instrument(symbol: $symbol) { nameKo } }',
        variables: { symbol: '005930' },
        operationName: 'Find',
      },
    });
    expect(result.status).toBe(200);
    expect(result.headers.get('x-answered-by')).toBe('loopback');
    expect(result.errors).toBeUndefined();
  });

  it("carries the client's headers, and a request's own headers replace them whatever their case", async () => {
    const client = createGraphQLClient({
      url: server.url,
      headers: { authorization: 'Bearer client', 'x-api-key': 'client-key' },
    });
    await client.execute('{ me { id } }', undefined, {
      headers: { Authorization: 'Bearer request', Accept: 'application/json' },
    });
    expect(lastRequest().headers).toMatchObject({
      authorization: 'Bearer request',
      'x-api-key': 'client-key',
      accept: 'application/json',
    });
    await client.withHeaders({ 'x-api-key': 'other-key' }).execute('{ me { id } }');
    expect(lastRequest().headers).toMatchObject({
      authorization: 'Bearer client',
      'x-api-key': 'other-key',
    });
  });

  it('sends the id of the request being served, when there is one', async () => {
    let current: string | undefined = 'trace-7';
    const client = createGraphQLClient({ url: server.url, requestId: () => current });
    await client.execute('{ me { id } }');
    expect(lastRequest().headers['x-request-id']).toBe('trace-7');
    current = undefined;
    await client.execute('{ me { id } }');
    expect(lastRequest().headers['x-request-id']).toBeUndefined();

    const named = createGraphQLClient({
      url: server.url,
      requestId: () => 'trace-8',
      requestIdHeader: 'x-correlation-id',
    });
    await named.execute('{ me { id } }');
    expect(lastRequest().headers['x-correlation-id']).toBe('trace-8');
  });

  it('gives back the data typed as the document declares it', async () => {
    const ECHO = typedDocument<{ echo: { variables: { n: number } } }, { n: number }>(
      'query Echo($n: Int!) { echo }',
    );
    const data = await createGraphQLClient({ url: server.url }).request(ECHO, { n: 3 });
    expectTypeOf(data).toEqualTypeOf<{ echo: { variables: { n: number } } }>();
    expect(data.echo.variables).toEqual({ n: 3 });
  });
});
