import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import {
  graphql,
  insertKrxBars,
  signUp,
  startPlatform,
  type SignedInUser,
  type TestPlatform,
} from '@capstone/test-platform';

/**
 * Every operation, sent as each kind of caller. Only the allowed callers may succeed; the
 * others must get UNAUTHENTICATED or FORBIDDEN. A resolver that forgets its check fails here.
 */
type Caller = 'anonymous' | 'otherUser' | 'partnerKeyWithoutScope' | 'ownerKeyWithScope' | 'owner';
const CALLERS: Caller[] = [
  'anonymous',
  'otherUser',
  'partnerKeyWithoutScope',
  'ownerKeyWithScope',
  'owner',
];
const SIGNED_IN: Caller[] = ['otherUser', 'ownerKeyWithScope', 'owner'];
const OWNER_ONLY: Caller[] = ['ownerKeyWithScope', 'owner'];
const SESSIONS_ONLY: Caller[] = ['otherUser', 'owner'];

interface Fixture {
  portfolioId: string;
  ownerId: string;
  spareKeyId: string;
  freshPortfolio: () => Promise<string>;
}

interface Operation {
  name: string;
  query: string;
  variables?: (fixture: Fixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
  allowed: Caller[];
}

let counter = 0;
const OPERATIONS: Operation[] = [
  // accounts
  { name: 'me', query: '{ me { id email } }', allowed: [...SIGNED_IN, 'partnerKeyWithoutScope'] },
  {
    name: 'user(id) of the owner',
    query: 'query($id: ID!) { user(id: $id) { email } }',
    variables: (f) => ({ id: f.ownerId }),
    allowed: OWNER_ONLY,
  },
  { name: 'apiKeys', query: '{ apiKeys { id } }', allowed: SESSIONS_ONLY },
  {
    name: 'createApiKey',
    query: 'mutation { createApiKey(name: "m", scopes: [MARKET_READ]) { secret } }',
    allowed: SESSIONS_ONLY,
  },
  {
    name: "revokeApiKey of the owner's key",
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    variables: (f) => ({ id: f.spareKeyId }),
    allowed: ['owner'],
  },
  { name: 'enrolTotp', query: 'mutation { enrolTotp { secret } }', allowed: SESSIONS_ONLY },
  {
    name: 'setUserRole',
    query: 'mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { id } }',
    variables: (f) => ({ id: f.ownerId }),
    allowed: [],
  },
  // portfolio reads
  { name: 'portfolios', query: '{ portfolios { id } }', allowed: [...SIGNED_IN] },
  {
    name: 'portfolio(id)',
    query: 'query($id: ID!) { portfolio(id: $id) { id cash } }',
    variables: (f) => ({ id: f.portfolioId }),
    allowed: OWNER_ONLY,
  },
  {
    name: 'portfolio valuation',
    query: 'query($id: ID!) { portfolio(id: $id) { valuation { totalValue } } }',
    variables: (f) => ({ id: f.portfolioId }),
    allowed: [] /* filled below */,
  },
  {
    name: 'portfolio transactions',
    query: 'query($id: ID!) { portfolio(id: $id) { transactions { id } } }',
    variables: (f) => ({ id: f.portfolioId }),
    allowed: OWNER_ONLY,
  },
  {
    name: 'User.portfolios of the owner',
    query: 'query($id: ID!) { user(id: $id) { id portfolios { id } } }',
    variables: (f) => ({ id: f.ownerId }),
    allowed: OWNER_ONLY,
  },
  // portfolio writes
  {
    name: 'createPortfolio',
    query:
      'mutation($name: String!) { createPortfolio(input: { name: $name, cash: "1000" }) { id } }',
    variables: () => ({ name: `m-${counter++}` }),
    allowed: [...SIGNED_IN],
  },
  {
    name: 'recordTrade',
    query:
      'mutation($id: ID!) { recordTrade(input: { portfolioId: $id, type: DEPOSIT, amount: "1" }) { id } }',
    variables: (f) => ({ id: f.portfolioId }),
    allowed: OWNER_ONLY,
  },
  {
    name: 'renamePortfolio',
    query: 'mutation($id: ID!, $name: String!) { renamePortfolio(id: $id, name: $name) { id } }',
    variables: (f) => ({ id: f.portfolioId, name: `renamed-${counter++}` }),
    allowed: OWNER_ONLY,
  },
  {
    name: 'deletePortfolio',
    query: 'mutation($id: ID!) { deletePortfolio(id: $id) }',
    variables: async (f) => ({ id: await f.freshPortfolio() }),
    allowed: OWNER_ONLY,
  },
  {
    name: 'importHoldingsCsv',
    query:
      'mutation($id: ID!) { importHoldingsCsv(portfolioId: $id, csv: "005930,1,50000") { id } }',
    variables: (f) => ({ id: f.portfolioId }),
    allowed: OWNER_ONLY,
  },
  // market-data, scenario, ai reads
  {
    name: 'instrument',
    query: '{ instrument(symbol: "005930") { nameKo } }',
    allowed: [...SIGNED_IN],
  },
  {
    name: 'searchInstruments',
    query: '{ searchInstruments(query: "삼성") { symbol } }',
    allowed: [...SIGNED_IN],
  },
  {
    name: 'quotes',
    query:
      '{ quotes(symbols: ["005930"]) { symbol } instrument(symbol: "005930") { lastQuote { price } } }',
    allowed: [...SIGNED_IN],
  },
  {
    name: 'indexHistory',
    query: '{ indexHistory(code: "0001", from: "2022-09-01", to: "2022-09-19") { date close } }',
    allowed: [...SIGNED_IN],
  },
  {
    name: 'tradingCalendar',
    query: '{ tradingCalendar(from: "2022-09-01", to: "2022-09-19") { date tradingDay } }',
    allowed: [...SIGNED_IN],
  },
  { name: 'etlStatus', query: '{ etlStatus { job lastStatus } }', allowed: [...SIGNED_IN] },
  // market-data administration: administrators with a session only, so no caller here
  { name: 'etlRuns', query: '{ etlRuns { id status } }', allowed: [] },
  {
    name: 'trackInstrument',
    query: 'mutation { trackInstrument(symbol: "005930", tracked: false) { tracked } }',
    allowed: [],
  },
  {
    name: 'triggerEtlRun',
    query: 'mutation { triggerEtlRun(job: DAILY_BARS) { id } }',
    allowed: [],
  },
  { name: 'cancelEtlRun', query: 'mutation { cancelEtlRun(id: "1") { id } }', allowed: [] },
  { name: 'scenarioTemplates', query: '{ scenarioTemplates { id } }', allowed: [...SIGNED_IN] },
  {
    name: 'modelVersions',
    query: '{ modelVersions { id } }',
    allowed: [...SIGNED_IN, 'partnerKeyWithoutScope'],
  },
];
// A valuation needs prices too, so a key needs market:read as well as portfolio:read.
OPERATIONS.find((operation) => operation.name === 'portfolio valuation')!.allowed = OWNER_ONLY;

let platform: TestPlatform;
let headers: Record<Caller, Record<string, string>>;
let fixture: Fixture;

async function createKey(
  user: SignedInUser,
  scopes: string[],
): Promise<{ id: string; secret: string }> {
  const response = await graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    platform.graphqlUrl,
    'mutation($scopes: [ApiScope!]!) { createApiKey(name: "matrix", scopes: $scopes) { secret apiKey { id } } }',
    { scopes },
    user.headers,
  );
  return { id: response.data!.createApiKey.apiKey.id, secret: response.data!.createApiKey.secret };
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  await insertKrxBars(platform.config, ['005930'], '2022-09-01', '2022-09-19');
  const owner = await signUp(platform.graphqlUrl, 'owner');
  const other = await signUp(platform.graphqlUrl, 'other');
  const partner = await signUp(platform.graphqlUrl, 'partner');
  await withConnection(databaseUrl(platform.config, 'accounts'), (connection) =>
    connection.query("UPDATE `User` SET role = 'PARTNER' WHERE id = ?", [partner.id]),
  );
  const partnerKey = await createKey(partner, ['AI_READ']);
  const ownerKey = await createKey(owner, [
    'PORTFOLIO_READ',
    'PORTFOLIO_WRITE',
    'MARKET_READ',
    'SIMULATION_RUN',
    'AI_READ',
  ]);
  const spareKey = await createKey(owner, ['MARKET_READ']);
  const createdFor = async (user: SignedInUser) => {
    const response = await graphql<{ createPortfolio: { id: string } }>(
      platform.graphqlUrl,
      'mutation($name: String!) { createPortfolio(input: { name: $name, cash: "1000000" }) { id } }',
      { name: `fixture-${counter++}` },
      user.headers,
    );
    return response.data!.createPortfolio.id;
  };
  headers = {
    anonymous: {},
    otherUser: other.headers,
    partnerKeyWithoutScope: { 'x-api-key': partnerKey.secret },
    ownerKeyWithScope: { 'x-api-key': ownerKey.secret },
    owner: owner.headers,
  };
  fixture = {
    portfolioId: await createdFor(owner),
    ownerId: owner.id,
    spareKeyId: spareKey.id,
    freshPortfolio: () => createdFor(owner),
  };
});
afterAll(() => platform?.stop());

describe.each(OPERATIONS)('$name', (operation) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const variables = (await operation.variables?.(fixture)) ?? {};
    const response = await graphql(
      platform.graphqlUrl,
      operation.query,
      variables,
      headers[caller],
    );
    if (operation.allowed.includes(caller)) {
      expect(response.errors, `${caller} should be allowed`).toBeUndefined();
    } else {
      expect(response.errors?.length, `${caller} should be refused`).toBeGreaterThan(0);
      const codes = response.errors!.map((error) => error.extensions?.code);
      expect(
        codes.every((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'),
        JSON.stringify(response.errors),
      ).toBe(true);
      if (caller === 'anonymous') expect(codes).toContain('UNAUTHENTICATED');
    }
  });
});

describe('what a refused caller learns', () => {
  it('is nothing of the portfolio', async () => {
    const response = await graphql(
      platform.graphqlUrl,
      'query($id: ID!) { portfolio(id: $id) { id name cash holdings { symbol } } }',
      { id: fixture.portfolioId },
      headers.otherUser,
    );
    expect(response.data?.portfolio ?? null).toBeNull();
    expect(JSON.stringify(response)).not.toContain('fixture-');
  });
});
