import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLRequestError, createGraphQLClient } from '@capstone/graphql-client';
import { json, loopbackServer, type LoopbackServer } from './support/loopback-server.js';

/** Each operation's text says what the server answers. */
const ANSWERS: Record<string, (response: ServerResponse) => void> = {
  forbidden: (response) =>
    json(response, 200, {
      data: { portfolio: null },
      errors: [
        {
          message: 'You are not allowed to do this',
          path: ['portfolio'],
          extensions: { code: 'FORBIDDEN' },
        },
        { message: 'Something broke' },
      ],
    }),
  tooLarge: (response) =>
    json(response, 413, {
      errors: [{ message: 'Too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
    }),
  html: (response) => {
    response.writeHead(502, { 'content-type': 'text/html' });
    response.end('<html>Bad Gateway</html>');
  },
  nothing: (response) => json(response, 200, { data: null }),
};

let server: LoopbackServer;
beforeAll(async () => {
  server = await loopbackServer((request, response) =>
    ANSWERS[(request.body as { query: string }).query]!(response),
  );
});
afterAll(() => server?.close());

const client = () => createGraphQLClient({ url: server.url });

async function thrown(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(GraphQLRequestError);
  return error as GraphQLRequestError;
}

describe('GraphQL errors', () => {
  it('come back from execute beside the partial data, with status and extensions', async () => {
    const result = await client().execute('forbidden');
    expect(result).toMatchObject({
      status: 200,
      data: { portfolio: null },
      errors: [{ path: ['portfolio'], extensions: { code: 'FORBIDDEN' } }, {}],
    });
  });

  it('throw from request with the first code, every error, and each named in the message', async () => {
    const error = await thrown(client().request('forbidden'));
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 200, transport: false });
    expect(error.errors).toHaveLength(2);
    expect(error.message).toBe(
      'FORBIDDEN: You are not allowed to do this; INTERNAL_SERVER_ERROR: Something broke',
    );
  });

  it('keep the HTTP status of a 4xx answer that has a GraphQL body', async () => {
    const result = await client().execute('tooLarge');
    expect(result.status).toBe(413);
    expect(result.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect((await thrown(client().request('tooLarge'))).code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});

describe('an answer that is not GraphQL', () => {
  it('is a BAD_RESPONSE naming the status, from execute and from request', async () => {
    const error = await thrown(client().execute('html'));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 502, transport: true });
    expect(error.message).toMatch(/answered 502 without a GraphQL body: <html>Bad Gateway/);
  });

  it('without data or errors is a BAD_RESPONSE for request', async () => {
    expect(await client().execute('nothing')).toMatchObject({ status: 200, data: null });
    expect(await thrown(client().request('nothing'))).toMatchObject({
      code: 'BAD_RESPONSE',
      message: 'The server answered 200 without data',
    });
  });
});
