import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_IDENTITY_HEADER } from '@capstone/auth';
import { createSubgraphFetcher } from '@capstone/gateway';

// A subgraph stand-in that answers slowly, so that concurrent fetches really overlap.
let server: Server;
let url: string;
const received: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(body);
      setTimeout(
        () => {
          response.setHeader('content-type', 'application/json');
          response.end(JSON.stringify({ data: { served: received.length } }));
        },
        body.includes('slow') ? 500 : 150,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const fetchFor = createSubgraphFetcher(new Registry(), 5_000)('portfolio');
const send = (body: object, identity: string, requestId = crypto.randomUUID()) =>
  fetchFor(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [INTERNAL_IDENTITY_HEADER]: identity,
      'x-request-id': requestId,
    },
    body: JSON.stringify(body),
  }).then((response) => response.json() as Promise<{ data: { served: number } }>);

const query = { query: 'query Q__portfolio__0{portfolios{id}}', variables: {} };

describe('identical subgraph reads in flight together', () => {
  it('share one fetch, and every caller gets the whole answer', async () => {
    received.length = 0;
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(query, 'alice')));
    expect(received).toHaveLength(1);
    expect(answers).toEqual(Array.from({ length: 8 }, () => ({ data: { served: 1 } })));
  });

  it('are not shared between callers with different identities', async () => {
    received.length = 0;
    await Promise.all([send(query, 'alice'), send(query, 'bob'), send(query, 'alice')]);
    expect(received).toHaveLength(2);
  });

  it('are not remembered once answered', async () => {
    received.length = 0;
    await send(query, 'alice');
    await send(query, 'alice');
    expect(received).toHaveLength(2);
  });
});

describe('mutations', () => {
  it('are always sent as many times as they were asked for', async () => {
    received.length = 0;
    const mutation = { query: 'mutation M__portfolio__0{recordTrade{id}}', variables: {} };
    await Promise.all(Array.from({ length: 3 }, () => send(mutation, 'alice')));
    expect(received).toHaveLength(3);
  });
});

describe('a caller who writes', () => {
  it('never gets, for a read started after the write, an answer to a read started before it', async () => {
    received.length = 0;
    const slowRead = { query: 'query Q__portfolio__0{slow:portfolios{id}}', variables: {} };
    const before = send(slowRead, 'alice');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await send({ query: 'mutation M__portfolio__0{recordTrade{id}}', variables: {} }, 'alice');
    // The read from before the write is still in flight; this one must not share it.
    const after = send(slowRead, 'alice');
    await Promise.all([before, after]);
    expect(received).toHaveLength(3);
  });
});
