import { beforeAll, describe, expect, it } from 'vitest';
import { graphql, insertKrxBars, usePlatform, type SignedInUser } from '@capstone/test-platform';

/** What a client sees of the subgraphs' errors through the gateway: codes, arguments, scopes. */
const platform = usePlatform({ seed: true });
let owner: SignedInUser;
let portfolioId: string;

beforeAll(async () => {
  await insertKrxBars(platform.config, ['005930'], '2022-09-01', '2022-09-19');
  owner = await platform.signUp('errors-owner');
  const created = await owner.ask<{ createPortfolio: { id: string } }>(
    'mutation { createPortfolio(input: { name: "Errors", cash: "1000000" }) { id } }',
    {},
  );
  portfolioId = created.data!.createPortfolio.id;
});

const ENTRY = /* GraphQL */ `
  mutation ($input: LedgerEntryInput!) {
    recordLedgerEntry(input: $input) {
      type
      amount
    }
  }
`;

describe('errors through the gateway', () => {
  it('name the field of a sell beyond the position', async () => {
    const answer = await owner.ask(ENTRY, {
      input: { portfolioId, type: 'SELL', symbol: '005930', quantity: '1', price: '50000' },
    });
    // Korean unless the caller asks for English.
    expect(answer.errors?.[0]?.message).toMatch(/보유 수량은 0주입니다/);
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'quantity',
    });
  });

  it('still take a ledger line through the deprecated recordTrade', async () => {
    const answer = await owner.ask<{ recordTrade: { type: string; amount: string } }>(
      'mutation ($input: RecordTradeInput!) { recordTrade(input: $input) { type amount } }',
      { input: { portfolioId, type: 'DEPOSIT', amount: '500' } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordTrade).toEqual({ type: 'DEPOSIT', amount: '500' });
  });

  it('name the scope an API key lacks', async () => {
    const key = await owner.ask<{ createApiKey: { secret: string } }>(
      'mutation { createApiKey(name: "read only", scopes: [MARKET_READ]) { secret } }',
      {},
    );
    const answer = await graphql(
      platform.graphqlUrl,
      ENTRY,
      { input: { portfolioId, type: 'DEPOSIT', amount: '1' } },
      { 'x-api-key': key.data!.createApiKey.secret },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScope: 'portfolio:write',
    });
  });

  it('name the argument out of range, with the reason', async () => {
    const answer = await owner.ask(
      '{ searchInstruments(query: "삼성", limit: 101) { symbol } }',
      {},
    );
    expect(answer.errors?.[0]?.message).toBe('`limit` must be 1 to 100');
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'limit',
    });
  });

  it('refuse a live-quote subscription to an unknown code, as quotes does', async () => {
    const ask = async (query: string, accept: string) => {
      const response = await fetch(platform.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, ...owner.headers },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(15_000),
      });
      return response.text();
    };
    const quotes = JSON.parse(
      await ask('{ quotes(symbols: ["999999"]) { symbol } }', 'application/json'),
    );
    expect(quotes.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const stream = await ask(
      'subscription { quoteUpdated(symbols: ["999999"]) { symbol } }',
      'text/event-stream',
    );
    const event = stream
      .split('\n')
      .find((line) => line.startsWith('data: {'))
      ?.slice(6);
    expect(JSON.parse(event ?? '{}').errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
