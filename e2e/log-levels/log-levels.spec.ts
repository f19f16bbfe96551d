import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { setLogDestination } from '@capstone/observability';
import { graphql, usePlatform, type SignedInUser } from '@capstone/test-platform';

interface Line {
  level: number;
  service: string;
  msg: string;
  time: string;
  requestId?: string;
  code?: string;
  err?: { stack?: string };
  req?: { url: string };
}

const DEBUG = 20;
const INFO = 30;
const WARN = 40;
const ERROR = 50;

// Every service of the platform runs in this process and writes here.
const lines: Line[] = [];
setLogDestination(
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(text));
      done();
    },
  }),
);

const platform = usePlatform({
  seed: true,
  // As in development: the gateway polls every subgraph for its schema every two seconds. The
  // ledger's split follower (a real read through the gateway, logged as one) waits an hour, so
  // the poll is the only traffic the first test sees.
  env: { LOG_LEVEL: 'debug', SUPERGRAPH_SOURCE: 'subgraphs', SPLIT_POLL_MS: '3600000' },
});
let user: SignedInUser;
beforeAll(async () => {
  user = await platform.signUp('logged');
});
afterAll(() => setLogDestination(undefined));

let requests = 0;
/** Sends a query with a request id of its own, and returns every line logged for it. */
async function logged(query: string, variables = {}, headers: Record<string, string> = {}) {
  const requestId = `log-levels-${requests++}`;
  const response = await graphql(platform.graphqlUrl, query, variables, {
    'x-request-id': requestId,
    ...headers,
  });
  // The access log is written when the response has finished.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { response, lines: lines.filter((line) => line.requestId === requestId) };
}

const levels = (of: Line[]) => of.map((line) => line.level);
const stacks = (of: Line[]) => of.filter((line) => line.err?.stack);

describe('the logs', () => {
  it('keep the gateway schema poll at debug', async () => {
    const since = new Date().toISOString();
    // One poll interval and a bit, with no other traffic: every subgraph request is the poll.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const polls = lines.filter(
      (line) =>
        line.time >= since && line.msg === 'request completed' && line.service !== 'gateway',
    );
    expect(new Set(polls.map((line) => line.service))).toEqual(
      new Set(['accounts', 'portfolio', 'market-data', 'scenario', 'ai']),
    );
    expect(new Set(levels(polls))).toEqual(new Set([DEBUG]));
  });

  it('log a missing sign-in as information with its code and no stack', async () => {
    const { response, lines: logged_ } = await logged('{ portfolios { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const coded = logged_.filter((line) => line.code === 'UNAUTHENTICATED');
    expect(coded.map((line) => line.service).sort()).toEqual(['gateway', 'portfolio']);
    expect(new Set(levels(coded))).toEqual(new Set([INFO]));
    expect(Math.max(...levels(logged_))).toBeLessThan(WARN);
    expect(stacks(logged_)).toEqual([]);
  });

  it('log a credential that does not verify as information, with its code', async () => {
    const { response, lines: logged_ } = await logged(
      '{ me { id } }',
      {},
      { 'x-api-key': 'ck_000000000000_not-a-key' },
    );
    expect(response.status).toBe(401);
    expect(logged_.find((line) => line.code === 'UNAUTHENTICATED')?.level).toBe(INFO);
    expect(Math.max(...levels(logged_))).toBeLessThan(WARN);
    expect(stacks(logged_)).toEqual([]);
  });

  it('log bad input as information with its code and no stack, in the gateway and the subgraph', async () => {
    const missing = await logged('query Q($s: String!) { instrument(symbol: $s) { nameKo } }');
    expect(missing.response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      variable: 's',
    });
    expect(missing.lines.find((line) => line.code === 'BAD_USER_INPUT')?.level).toBe(INFO);

    const badDate = await logged(
      'query Q($from: Date!) { indexHistory(code: "0001", from: $from, to: "2022-01-31") { close } }',
      { from: 'yesterday' },
      user.headers,
    );
    expect(badDate.response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const coded = badDate.lines.filter((line) => line.code === 'BAD_USER_INPUT');
    expect(coded.map((line) => line.service)).toContain('gateway');
    expect(new Set(levels(coded))).toEqual(new Set([INFO]));
    for (const { lines: of } of [missing, badDate]) {
      expect(Math.max(...levels(of))).toBeLessThan(WARN);
      expect(stacks(of)).toEqual([]);
    }
  });

  it('log a fault of ours as an error, with its stack where it happened', async () => {
    // A table gone from under the subgraph: a genuine fault, nothing the caller did.
    await withConnection(databaseUrl(platform.config, 'market-data'), (connection) =>
      connection.query('RENAME TABLE Instrument TO Instrument_gone'),
    );
    const { response, lines: logged_ } = await logged(
      '{ instrument(symbol: "005930") { nameKo } }',
      {},
      user.headers,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const errors = logged_.filter((line) => line.level >= ERROR);
    const subgraph = errors.find((line) => line.service === 'market-data');
    expect(subgraph?.err?.stack).toMatch(/Instrument/);
    // The gateway says which subgraph failed; the stack is in that subgraph's line.
    expect(errors.some((line) => line.service === 'gateway')).toBe(true);
  });
});
