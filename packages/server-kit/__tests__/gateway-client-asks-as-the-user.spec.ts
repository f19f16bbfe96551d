import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_IDENTITY_HEADER, verifyInternalIdentity, type Identity } from '@capstone/auth';
import { requestContext } from '@capstone/observability';
import { createGatewayClient } from '@capstone/server-kit';

const SECRET = 'a-secret-that-is-long-enough-for-hs256-0123456789';
const ALICE: Identity = { kind: 'user', userId: 'alice', role: 'USER' };

/** A stand-in gateway on a loopback port: answers with `answer` and keeps the headers it got. */
let gateway: Server;
let url: string;
let received: IncomingHttpHeaders | undefined;
let answer: unknown;
beforeAll(async () => {
  gateway = createServer((request, response) => {
    received = request.headers;
    request.resume().on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => gateway.close(resolve)));

describe("a service's gateway client", () => {
  it('asks as the user it serves, with a signed identity and the request id it is serving', async () => {
    answer = { data: { instrument: { nameKo: '삼성전자' } } };
    const data = await requestContext.run({ requestId: 'trace-42' }, () =>
      createGatewayClient(url, SECRET).query<{ instrument: { nameKo: string } }>(
        ALICE,
        '{ instrument(symbol: "005930") { nameKo } }',
      ),
    );
    expect(data.instrument.nameKo).toBe('삼성전자');
    expect(received?.['x-request-id']).toBe('trace-42');
    const token = received?.[INTERNAL_IDENTITY_HEADER];
    expect(await verifyInternalIdentity(String(token), SECRET)).toEqual(ALICE);
  });

  it("passes the gateway's error on with its code", async () => {
    answer = {
      data: null,
      errors: [{ message: 'There is no instrument 999999', extensions: { code: 'NOT_FOUND' } }],
    };
    const error = await createGatewayClient(url, SECRET)
      .query(ALICE, '{ instrument(symbol: "999999") { nameKo } }')
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({
      message: 'There is no instrument 999999',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('says SERVICE_UNAVAILABLE when the gateway cannot be reached', async () => {
    const error = await createGatewayClient('http://127.0.0.1:1/graphql', SECRET)
      .query(ALICE, '{ __typename }')
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });
});
