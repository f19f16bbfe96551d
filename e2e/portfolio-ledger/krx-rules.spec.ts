import { beforeAll, describe, expect, it } from 'vitest';
import {
  insertKrxBars,
  readKrxBars,
  usePlatform,
  type SignedInUser,
} from '@capstone/test-platform';

/**
 * The ledger applies KRX's rules (issue 14 §2): whole shares and won, the tick grid and the
 * ±30% limit of the trade's day, costs computed from the rules of the day when none are given,
 * T+2 settlement before sale cash can leave, and dividends only on shares held on the record day.
 */
const platform = usePlatform({ seed: true });
const LAST_DAY = '2022-09-19';
let owner: SignedInUser;

const RECORD = /* GraphQL */ `
  mutation Record($input: LedgerEntryInput!) {
    recordLedgerEntry(input: $input) {
      id
      type
      amount
      fee
      tax
      feeMethod
      taxMethod
      taxRule
      settlesOn
    }
  }
`;

interface Line {
  id: string;
  amount: string;
  fee: string;
  tax: string;
  feeMethod: string | null;
  taxMethod: string | null;
  taxRule: string | null;
  settlesOn: string | null;
}

async function record(input: Record<string, unknown>) {
  return owner.ask<{ recordLedgerEntry: Line }>(RECORD, { input });
}

async function newPortfolio(name: string): Promise<string> {
  const created = await owner.ask<{ createPortfolio: { id: string } }>(
    'mutation($name: String!) { createPortfolio(input: { name: $name, cash: "0" }) { id } }',
    { name },
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createPortfolio.id;
}

async function lines(portfolioId: string): Promise<number> {
  const response = await owner.ask<{ portfolio: { transactions: unknown[] } }>(
    'query($id: ID!) { portfolio(id: $id) { transactions(limit: 500) { id } } }',
    { id: portfolioId },
  );
  return response.data!.portfolio.transactions.length;
}

/** Seoul time on a day, as the ledger dates entries. */
const at = (day: string, time = '10:00') => `${day}T${time}:00+09:00`;

beforeAll(async () => {
  await insertKrxBars(platform.config, ['005930'], '2022-08-01', LAST_DAY);
  owner = await platform.signUp('krx-rules');
});

describe('a trade KRX could not have matched', () => {
  let portfolioId: string;
  beforeAll(async () => {
    portfolioId = await newPortfolio('Rules');
    const deposit = await record({
      portfolioId,
      type: 'DEPOSIT',
      amount: '100000000',
      occurredAt: at('2022-09-01'),
    });
    expect(deposit.errors).toBeUndefined();
  });

  it('is refused with the field named, and nothing is written', async () => {
    const previousClose = Number(readKrxBars('005930', LAST_DAY, LAST_DAY)[0]!.close);
    const base = { portfolioId, type: 'BUY', symbol: '005930', occurredAt: at('2022-09-20') };
    const before = await lines(portfolioId);
    const refusals: [Record<string, unknown>, string][] = [
      [{ ...base, quantity: '1.5', price: '56400' }, 'quantity'],
      [{ ...base, quantity: '1', price: '56400.5' }, 'price'],
      // 2022's KOSPI grid: 100 won between 50,000 and 100,000.
      [{ ...base, quantity: '1', price: '56450' }, 'price'],
      // Beyond the previous close + 30% (the close of 2022-09-19 is the base of the 20th).
      [
        { ...base, quantity: '1', price: String(Math.ceil((previousClose * 1.31) / 100) * 100) },
        'price',
      ],
      [
        { ...base, quantity: '1', price: String(Math.floor((previousClose * 0.69) / 100) * 100) },
        'price',
      ],
      // Buys are never taxed.
      [{ ...base, quantity: '1', price: '56400', tax: '10' }, 'tax'],
    ];
    for (const [input, argument] of refusals) {
      const response = await record(input);
      expect(response.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
      });
    }
    expect(await lines(portfolioId)).toBe(before);
    // The limit and the grid name what would have been accepted.
    const limit = await record(refusals[3]![0]);
    expect(limit.errors?.[0]?.extensions).toMatchObject({
      lower: expect.any(Number),
      upper: expect.any(Number),
    });
    const accepted = await record({ ...base, quantity: '1', price: String(previousClose) });
    expect(accepted.errors).toBeUndefined();
  });

  it('answers in Korean by default and in English when asked', async () => {
    const input = { portfolioId, type: 'BUY', symbol: '005930', quantity: '0.5', price: '56400' };
    const korean = await record(input);
    expect(korean.errors?.[0]?.message).toMatch(/1주 이상의 정수/);
    const english = await owner.ask(RECORD, { input }, { headers: { 'accept-language': 'en' } });
    const [error] = english.errors!;
    // The gateway answers in English; until it does, the English text travels beside the Korean.
    const messages = error!.extensions?.messages as { en: string } | undefined;
    expect(messages?.en ?? error!.message).toMatch(/whole number of shares/);
  });
});

describe('costs computed from the rules of the day', () => {
  let portfolioId: string;
  beforeAll(async () => {
    portfolioId = await newPortfolio('Costs');
    expect(
      (
        await record({
          portfolioId,
          type: 'DEPOSIT',
          amount: '20000000',
          occurredAt: at('2025-05-02'),
        })
      ).errors,
    ).toBeUndefined();
  });

  it('charges the default commission on a buy and no tax', async () => {
    const buy = await record({
      portfolioId,
      type: 'BUY',
      symbol: '005930',
      quantity: '100',
      price: '55000',
      occurredAt: at('2025-05-02'),
    });
    expect(buy.errors).toBeUndefined();
    // 5,500,000 × 0.015% = 825
    expect(buy.data!.recordLedgerEntry).toMatchObject({
      amount: '5500000',
      fee: '825',
      tax: '0',
      feeMethod: 'COMPUTED',
      taxMethod: 'COMPUTED',
      taxRule: null,
    });
  });

  it("taxes a KOSPI sale in 2025 and one in 2026 at each year's rate", async () => {
    const sale2025 = await record({
      portfolioId,
      type: 'SELL',
      symbol: '005930',
      quantity: '50',
      price: '60000',
      occurredAt: at('2025-06-02'),
    });
    expect(sale2025.errors).toBeUndefined();
    // 3,000,000: 증권거래세 0% + 농어촌특별세 0.15% in 2025 = 4,500; commission 450.
    expect(sale2025.data!.recordLedgerEntry).toMatchObject({
      fee: '450',
      tax: '4500',
      taxMethod: 'COMPUTED',
      taxRule: 'sell-tax.kospi.2025-01-01',
    });
    const sale2026 = await record({
      portfolioId,
      type: 'SELL',
      symbol: '005930',
      quantity: '50',
      price: '60000',
      occurredAt: at('2026-06-01'),
    });
    expect(sale2026.errors).toBeUndefined();
    // 증권거래세 0.05% + 농어촌특별세 0.15% in 2026 = 0.20%: 6,000.
    expect(sale2026.data!.recordLedgerEntry).toMatchObject({
      tax: '6000',
      taxRule: 'sell-tax.kospi.2026-01-01',
    });
  });

  it('keeps what the caller gave, and says so', async () => {
    const given = await record({
      portfolioId,
      type: 'BUY',
      symbol: '005930',
      quantity: '1',
      price: '55000',
      fee: '0',
      tax: '0',
      occurredAt: at('2026-06-02'),
    });
    expect(given.data!.recordLedgerEntry).toMatchObject({ feeMethod: 'GIVEN', taxMethod: 'GIVEN' });
  });

  it('charges the portfolio’s own commission rate once it is set', async () => {
    const set = await owner.ask(
      'mutation($id: ID!) { setPortfolioCommissionRate(id: $id, rate: "0.001") { commissionRate } }',
      { id: portfolioId },
    );
    expect(set.data).toEqual({ setPortfolioCommissionRate: { commissionRate: '0.001' } });
    const buy = await record({
      portfolioId,
      type: 'BUY',
      symbol: '005930',
      quantity: '10',
      price: '55000',
      occurredAt: at('2026-06-02'),
    });
    expect(buy.data!.recordLedgerEntry.fee).toBe('550');
    const bad = await owner.ask(
      'mutation($id: ID!) { setPortfolioCommissionRate(id: $id, rate: "0.5") { id } }',
      { id: portfolioId },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'rate' });
  });
});

describe('settlement', () => {
  it('makes sale cash withdrawable on T+2 trading days, not before', async () => {
    const portfolioId = await newPortfolio('Settlement');
    for (const input of [
      { type: 'DEPOSIT', amount: '10000000', occurredAt: at('2025-05-02') },
      {
        type: 'BUY',
        symbol: '005930',
        quantity: '100',
        price: '55000',
        occurredAt: at('2025-05-02'),
      },
      // Monday 2 June 2025; the 3rd was the presidential election, so T+2 is Thursday the 5th.
      {
        type: 'SELL',
        symbol: '005930',
        quantity: '100',
        price: '60000',
        occurredAt: at('2025-06-02'),
      },
    ]) {
      const response = await record({ portfolioId, ...input });
      expect(response.errors, JSON.stringify(input)).toBeUndefined();
      if (input.type === 'SELL')
        expect(response.data!.recordLedgerEntry.settlesOn).toBe('2025-06-05');
    }
    // Settled: 10,000,000 − 5,500,825 = 4,499,175; the sale's 5,990,550 settles on the 5th.
    const early = await record({
      portfolioId,
      type: 'WITHDRAW',
      amount: '5000000',
      occurredAt: at('2025-06-04', '16:00'),
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'amount',
    });
    const onTime = await record({
      portfolioId,
      type: 'WITHDRAW',
      amount: '5000000',
      occurredAt: at('2025-06-05'),
    });
    expect(onTime.errors).toBeUndefined();
  });

  it('shows settled and unsettled cash, and refuses to withdraw unsettled cash today', async () => {
    const portfolioId = await newPortfolio('Today');
    await record({ portfolioId, type: 'DEPOSIT', amount: '1000000', occurredAt: at('2022-09-01') });
    await record({
      portfolioId,
      type: 'BUY',
      symbol: '005930',
      quantity: '10',
      price: '56400',
      fee: '0',
      occurredAt: at('2022-09-19'),
    });
    const sale = await record({
      portfolioId,
      type: 'SELL',
      symbol: '005930',
      quantity: '10',
      price: '56400',
      fee: '0',
      tax: '0',
    });
    expect(sale.errors).toBeUndefined();
    const { data } = await owner.ask<{
      portfolio: { cash: string; settledCash: string; unsettledCash: string };
    }>('query($id: ID!) { portfolio(id: $id) { cash settledCash unsettledCash } }', {
      id: portfolioId,
    });
    expect(data!.portfolio).toEqual({
      cash: '1000000',
      settledCash: '436000',
      unsettledCash: '564000',
    });
    const withdraw = await record({ portfolioId, type: 'WITHDRAW', amount: '436001' });
    expect(withdraw.errors?.[0]?.extensions).toMatchObject({ argument: 'amount' });
    expect(
      (await record({ portfolioId, type: 'WITHDRAW', amount: '436000' })).errors,
    ).toBeUndefined();
  });
});

describe('dividends', () => {
  it('need a holding on the record date, and withhold 15.4% when no tax is given', async () => {
    const portfolioId = await newPortfolio('Dividends');
    await record({
      portfolioId,
      type: 'DEPOSIT',
      amount: '10000000',
      occurredAt: at('2025-01-02'),
    });
    await record({
      portfolioId,
      type: 'BUY',
      symbol: '005930',
      quantity: '100',
      price: '55000',
      occurredAt: at('2025-01-02'),
    });
    const unheld = await record({
      portfolioId,
      type: 'DIVIDEND',
      symbol: '005930',
      amount: '36100',
      recordDate: '2024-12-31',
      occurredAt: at('2025-04-18'),
    });
    expect(unheld.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'symbol',
    });
    const paid = await record({
      portfolioId,
      type: 'DIVIDEND',
      symbol: '005930',
      amount: '36100',
      recordDate: '2025-03-31',
      occurredAt: at('2025-05-20'),
    });
    expect(paid.errors).toBeUndefined();
    // 14% of 36,100 = 5,054 → 5,050 (cut below 10 won); local 10% of it = 505 → 500.
    expect(paid.data!.recordLedgerEntry).toMatchObject({
      tax: '5550',
      taxMethod: 'COMPUTED',
      taxRule: 'dividend-withholding.15.4pct',
    });
  });
});

describe('opening buys', () => {
  it('pay the same commission as a trade recorded later', async () => {
    const created = await owner.ask<{
      createPortfolio: {
        transactions: { type: string; amount: string; fee: string; feeMethod: string }[];
      };
    }>(
      'mutation { createPortfolio(input: { name: "Opening", cash: "10000000", holdings: [{ symbol: "005930", quantity: "10" }] }) { transactions { type amount fee feeMethod } } }',
    );
    expect(created.errors).toBeUndefined();
    const buy = created.data!.createPortfolio.transactions.find((line) => line.type === 'BUY')!;
    expect(buy.fee).toBe(String(Math.floor((Number(buy.amount) * 15) / 100_000)));
    expect(buy.feeMethod).toBe('COMPUTED');
  });
});
