import { beforeAll, describe, expect, it } from 'vitest';
import { usePlatform, type GraphQLResponse, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'gateway'],
  env: {
    MAX_QUERY_DEPTH: '4',
    MAX_QUERY_ALIASES: '5',
    MAX_QUERY_COST: '30',
    MAX_QUERY_TOKENS: '400',
    MAX_REQUEST_BYTES: '4096',
    RATE_LIMIT_USER_PER_MINUTE: '40',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000',
  },
});
let user: SignedInUser;
beforeAll(async () => {
  user = await platform.signUp('protected');
});

describe('document limits', () => {
  it('refuse a query deeper than the limit', async () => {
    const response = await user.ask(
      '{ portfolios { holdings { instrument { lastClose { close } } } } }',
    );
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('쿼리 중첩 깊이 한도 4을(를) 넘었습니다'),
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
  });

  it('refuse too many aliases', async () => {
    const aliases = Array.from({ length: 8 }, (_, index) => `a${index}: me { id }`).join(' ');
    const response = await user.ask(`{ ${aliases} }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuse a query whose estimated cost is over the limit', async () => {
    const response = await user.ask(
      '{ portfolios { id name cash realizedPnl holdings { symbol quantity averageCost costBasis realizedPnl } transactions { id type symbol quantity price amount fee tax occurredAt note } } }',
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuse a document with too many tokens', async () => {
    // Variable definitions cost nothing to run but are tokens all the same.
    const variables = Array.from({ length: 120 }, (_, index) => `$v${index}: Int`).join(', ');
    const response = await user.ask(`query Many(${variables}) { me { id } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  it('refuse a body over the size limit with 413', async () => {
    const response = await user.ask(`{ me { id } } # ${'x'.repeat(5_000)}`);
    expect(response.status).toBe(413);
    expect(response.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('let an ordinary query through', async () => {
    expect((await user.ask('{ me { id } portfolios { id } }')).errors).toBeUndefined();
  });
});

describe('browsers', () => {
  it('cannot make the gateway run a simple cross-site form post (CSRF)', async () => {
    const response = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      errors: [{ message: 'CSRF 방지 헤더(x-graphql-csrf)나 자격 증명 헤더가 필요합니다' }],
    });
    const get = await fetch(`${platform.graphqlUrl}?query=%7B__typename%7D`);
    expect(get.status).toBe(403);
    const withHeader = await fetch(`${platform.graphqlUrl}?query=%7B__typename%7D`, {
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('get CORS headers only for allowed origins', async () => {
    const preflight = (origin: string) =>
      fetch(platform.graphqlUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight('http://127.0.0.1:8080');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After once a user has used their allowance, and not for others', async () => {
    const greedy = await platform.signUp('greedy');
    let last: GraphQLResponse | undefined;
    for (let request = 0; request < 41; request++) {
      last = await greedy.ask('{ me { id } }');
    }
    expect(last!.status).toBe(429);
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(last!.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const other = await user.ask('{ me { id } }');
    expect(other.errors).toBeUndefined();
  });
});
