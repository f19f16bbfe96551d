import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLRequestError, createGraphQLClient } from '@capstone/graphql-client';
import { loopbackServer, type LoopbackServer } from './support/loopback-server.js';

// Never answers: only the client can end a request here.
let silent: LoopbackServer;
beforeAll(async () => {
  silent = await loopbackServer(() => undefined);
});
afterAll(() => silent?.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(GraphQLRequestError);
      return error as GraphQLRequestError;
    },
  );

describe('a request to a server that does not answer', () => {
  it('ends with TIMEOUT once the timeout passes', async () => {
    const error = await failure(
      createGraphQLClient({ url: silent.url, timeoutMs: 50 }).execute('{ me { id } }'),
    );
    expect(error).toMatchObject({ code: 'TIMEOUT', transport: true, errors: [] });
    expect(error.message).toBe(`${silent.url} did not answer within 50 ms`);
  });

  it("takes a request's own timeout over the client's", async () => {
    const client = createGraphQLClient({ url: silent.url, timeoutMs: 60_000 });
    const error = await failure(client.request('{ me { id } }', {}, { timeoutMs: 50 }));
    expect(error.code).toBe('TIMEOUT');
  });

  it("ends with ABORTED when the caller's signal aborts", async () => {
    const abort = new AbortController();
    const pending = createGraphQLClient({ url: silent.url }).execute('{ me { id } }', undefined, {
      signal: abort.signal,
    });
    abort.abort();
    expect((await failure(pending)).code).toBe('ABORTED');
  });
});

describe('a server that cannot be reached', () => {
  it('gives NETWORK_ERROR naming the address', async () => {
    const gone = await loopbackServer(() => undefined);
    await gone.close();
    const error = await failure(createGraphQLClient({ url: gone.url }).request('{ me { id } }'));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', transport: true });
    expect(error.message).toContain(`${gone.url} could not be reached`);
  });
});
