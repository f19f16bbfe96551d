import { beforeAll, describe, expect, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';

/**
 * Attacks on the ledger's input (issue 10 §5, §6): each must get a coded BAD_USER_INPUT naming
 * the field, never a 500, a bare transport error or a database error, and must write nothing.
 */
const platform = usePlatform({ seed: true });
let attacker: SignedInUser;
let other: SignedInUser;
let portfolioId: string;

const RECORD = /* GraphQL */ `
  mutation Record($input: LedgerEntryInput!) {
    recordLedgerEntry(input: $input) {
      id
    }
  }
`;

async function ledgerLines(id = portfolioId): Promise<number> {
  const response = await attacker.ask<{ portfolio: { transactions: unknown[] } }>(
    'query($id: ID!) { portfolio(id: $id) { transactions(limit: 500) { id } } }',
    { id },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.portfolio.transactions.length;
}

/** The refusal every attack must get: one coded error naming the field, nothing else. */
function expectRefusal(
  response: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] },
  argument: string,
) {
  expect(response.errors, 'refused').toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions?.code, JSON.stringify(error)).toBe('BAD_USER_INPUT');
  expect(error!.extensions?.argument, JSON.stringify(error)).toBe(argument);
  expect(error!.message).not.toMatch(/^\d{3}: |prisma|Invalid `|stack|at \//i);
}

beforeAll(async () => {
  attacker = await platform.signUp('ledger-attacker');
  other = await platform.signUp('ledger-other');
  const created = await attacker.ask<{ createPortfolio: { id: string } }>(
    'mutation { createPortfolio(input: { name: "Target", cash: "0" }) { id } }',
  );
  portfolioId = created.data!.createPortfolio.id;
  const deposit = await attacker.ask(RECORD, {
    input: {
      portfolioId,
      type: 'DEPOSIT',
      amount: '999999999999999',
      occurredAt: '2022-09-01T00:00:00Z',
    },
  });
  expect(deposit.errors).toBeUndefined();
});

describe('oversized amounts', () => {
  it('refuses a trade whose amount is beyond the ledger’s columns, instead of answering 500', async () => {
    const before = await ledgerLines();
    // The reproduction: huge cash, a buy at an absurd price, then a sale at a larger one.
    const buy = await attacker.ask(RECORD, {
      input: {
        portfolioId,
        type: 'BUY',
        symbol: '005930',
        quantity: '10000',
        price: '900000000000',
        occurredAt: '2022-09-19T06:00:00Z',
      },
    });
    expectRefusal(buy, 'price');
    const sell = await attacker.ask(RECORD, {
      input: {
        portfolioId,
        type: 'SELL',
        symbol: '005930',
        quantity: '10000',
        price: '9000000000000000',
        occurredAt: '2022-09-19T06:00:00Z',
      },
    });
    expectRefusal(sell, 'price');
    expect(await ledgerLines()).toBe(before);
  });

  it('refuses a deposit that takes cash past what the ledger can hold', async () => {
    const before = await ledgerLines();
    expectRefusal(
      await attacker.ask(RECORD, { input: { portfolioId, type: 'DEPOSIT', amount: '1' } }),
      'amount',
    );
    expectRefusal(
      await attacker.ask(RECORD, {
        input: { portfolioId, type: 'DEPOSIT', amount: '99999999999999999999' },
      }),
      'amount',
    );
    expectRefusal(
      await attacker.ask(RECORD, {
        input: {
          portfolioId,
          type: 'BUY',
          symbol: '005930',
          quantity: '1000000000000000',
          price: '56400',
        },
      }),
      'quantity',
    );
    expect(await ledgerLines()).toBe(before);
  });

  it('refuses "1e30", "NaN" and "Infinity" with the same coded error, as variables and inline', async () => {
    for (const value of ['1e30', 'NaN', 'Infinity', '-Infinity', '0x10', '1,000']) {
      const variable = await attacker.ask(RECORD, {
        input: { portfolioId, type: 'DEPOSIT', amount: value },
      });
      expect(variable.errors?.[0]?.extensions?.code, `${value}: ${JSON.stringify(variable)}`).toBe(
        'BAD_USER_INPUT',
      );
      expect(variable.errors?.[0]?.message).not.toMatch(/^\d{3}: /);
      const inline = await attacker.ask(
        `mutation($id: ID!) { recordLedgerEntry(input: { portfolioId: $id, type: DEPOSIT, amount: ${JSON.stringify(value)} }) { id } }`,
        { id: portfolioId },
      );
      expect(inline.errors?.[0]?.extensions?.code, `${value}: ${JSON.stringify(inline)}`).toBe(
        'BAD_USER_INPUT',
      );
      expect(inline.errors?.[0]?.message).not.toMatch(/^\d{3}: /);
    }
    // Unquoted: a float literal, an enum-like name, and a number as a variable.
    for (const literal of ['1e30', 'NaN', 'Infinity', '1.5']) {
      const bare = await attacker.ask(
        `mutation($id: ID!) { recordLedgerEntry(input: { portfolioId: $id, type: DEPOSIT, amount: ${literal} }) { id } }`,
        { id: portfolioId },
      );
      expect(bare.errors?.[0]?.extensions?.code, `${literal}: ${JSON.stringify(bare)}`).toBe(
        'BAD_USER_INPUT',
      );
      expect(bare.errors?.[0]?.message).not.toMatch(/^\d{3}: /);
    }
    for (const number of [1e30, 1.5, -0]) {
      const sent = await attacker.ask(RECORD, {
        input: { portfolioId, type: 'DEPOSIT', amount: number },
      });
      expect(sent.errors?.[0]?.extensions?.code, `${number}: ${JSON.stringify(sent)}`).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});

describe('back-dating', () => {
  it('refuses a sale back-dated before the buy it would need', async () => {
    const buy = await attacker.ask(RECORD, {
      input: {
        portfolioId,
        type: 'BUY',
        symbol: '005930',
        quantity: '10',
        price: '56400',
        fee: '0',
        occurredAt: '2022-09-19T06:00:00Z',
      },
    });
    expect(buy.errors).toBeUndefined();
    const before = await ledgerLines();
    expectRefusal(
      await attacker.ask(RECORD, {
        input: {
          portfolioId,
          type: 'SELL',
          symbol: '005930',
          quantity: '10',
          price: '56400',
          occurredAt: '2022-09-05T06:00:00Z',
        },
      }),
      'quantity',
    );
    expect(await ledgerLines()).toBe(before);
  });

  it('refuses a back-dated entry that would break a later one', async () => {
    const before = await ledgerLines();
    // Spending the deposit before it was made leaves the later buy without cash.
    const response = await attacker.ask(RECORD, {
      input: {
        portfolioId,
        type: 'WITHDRAW',
        amount: '999999999999999',
        occurredAt: '2022-09-10T00:00:00Z',
      },
    });
    expectRefusal(response, 'occurredAt');
    expect(await ledgerLines()).toBe(before);
  });

  it('refuses dates before the exchange opened and dates in the future', async () => {
    for (const occurredAt of [
      '0001-01-01T00:00:00Z',
      '1956-03-02T00:00:00Z',
      '2999-01-01T00:00:00Z',
    ]) {
      expectRefusal(
        await attacker.ask(RECORD, {
          input: { portfolioId, type: 'DEPOSIT', amount: '1', occurredAt },
        }),
        'occurredAt',
      );
    }
  });
});

describe('portfolio ids', () => {
  it("answers the same for another user's portfolio as for one that does not exist", async () => {
    const query = 'query($id: ID!) { portfolio(id: $id) { id cash } }';
    const theirs = await other.ask(query, { id: portfolioId });
    const missing = await other.ask(query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual({ portfolio: null });
    expect({ data: missing.data, errors: missing.errors }).toEqual({
      data: theirs.data,
      errors: theirs.errors,
    });
  });
});
