import { beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '@capstone/server-kit';
import {
  insertKrxBars,
  readKrxBars,
  usePlatform,
  type SignedInUser,
} from '@capstone/test-platform';

const platform = usePlatform({ seed: true });
let owner: SignedInUser;
const SYMBOLS = ['005930', '000660', '035420'];
const LAST_DAY = '2022-09-19';

beforeAll(async () => {
  await insertKrxBars(platform.config, SYMBOLS, '2022-06-01', LAST_DAY);
  // These cases read the messages in English (Korean is the default): Accept-Language: en, and
  // the English text a coded error carries beside the Korean one until the gateway picks it.
  const signedUp = await platform.signUp('ledger-owner');
  const ask = async (...[query, variables, options]: Parameters<SignedInUser['ask']>) => {
    const response = await signedUp.ask(query, variables, {
      ...options,
      headers: { 'accept-language': 'en', ...options?.headers },
    });
    return { ...response, errors: response.errors?.map(inEnglish) };
  };
  owner = { ...signedUp, ask: ask as SignedInUser['ask'] };
});

function inEnglish<E extends { message: string; extensions?: Record<string, unknown> }>(
  error: E,
): E {
  const messages = error.extensions?.messages as { en?: string } | undefined;
  return messages?.en ? { ...error, message: messages.en } : error;
}

/** Commission at the default rate (0.015%), cut below one won, as the ledger computes it. */
const fee = (amount: number) => Math.floor((amount * 15) / 100_000);

const close = (symbol: string) => readKrxBars(symbol, LAST_DAY, LAST_DAY)[0]!.close;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      id
      name
      cash
      holdings {
        symbol
        quantity
        averageCost
        instrument {
          nameKo
        }
      }
    }
  }
`;
const TRADE = /* GraphQL */ `
  mutation Trade($input: RecordTradeInput!) {
    recordTrade(input: $input) {
      id
      type
      symbol
      quantity
      price
      amount
      fee
      tax
    }
  }
`;
const PORTFOLIO = /* GraphQL */ `
  query Portfolio($id: ID!) {
    portfolio(id: $id) {
      cash
      realizedPnl
      holdings {
        symbol
        quantity
        costBasis
        averageCost
      }
      transactions(limit: 500) {
        id
        type
      }
    }
  }
`;

/** How many lines the portfolio's ledger has, as its owner reads it. */
async function ledgerRows(portfolioId: string): Promise<number> {
  const response = await owner.ask<{ portfolio: { transactions: unknown[] } }>(
    'query($id: ID!) { portfolio(id: $id) { transactions(limit: 500) { id } } }',
    { id: portfolioId },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.portfolio.transactions.length;
}

describe('creating a portfolio', () => {
  it('buys holdings by weight and by quantity at the latest closes, paying commission, exactly', async () => {
    const response = await owner.ask(CREATE, {
      input: {
        name: 'Chips',
        cash: '10000000',
        holdings: [
          { symbol: '005930', weight: '0.5' },
          { symbol: '000660', quantity: '10' },
        ],
      },
    });
    expect(response.errors).toBeUndefined();
    const created = response.data!.createPortfolio;
    // A weight is of the cash the buy takes, commission included.
    const samsungShares = Math.floor((10_000_000 * 0.5) / (Number(close('005930')) * 1.00015));
    const samsung = samsungShares * Number(close('005930'));
    const hynix = 10 * Number(close('000660'));
    const spent = samsung + fee(samsung) + hynix + fee(hynix);
    expect(created.holdings).toEqual(
      expect.arrayContaining([
        {
          symbol: '005930',
          quantity: String(samsungShares),
          averageCost: String(
            new Decimal(samsung + fee(samsung)).dividedBy(samsungShares).toDecimalPlaces(4),
          ),
          instrument: { nameKo: '삼성전자' },
        },
        {
          symbol: '000660',
          quantity: '10',
          averageCost: String(new Decimal(hynix + fee(hynix)).dividedBy(10).toDecimalPlaces(4)),
          instrument: { nameKo: 'SK하이닉스' },
        },
      ]),
    );
    expect(created.cash).toBe(String(10_000_000 - spent));
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ name: '', cash: '1' }, /1 to 100 characters/],
      [{ name: 'X', cash: '-5' }, /`cash` must be 0 or more/],
      [{ name: 'X', cash: '100.5' }, /must be a whole number of won/],
      [
        { name: 'X', cash: '100', holdings: [{ symbol: '005930' }] },
        /either a quantity or a weight/,
      ],
      [{ name: 'X', cash: '100', holdings: [{ symbol: '5930', quantity: '1' }] }, /not a KRX code/],
      [
        {
          name: 'X',
          cash: '1000000',
          holdings: [
            { symbol: '005930', weight: '0.7' },
            { symbol: '000660', weight: '0.7' },
          ],
        },
        /add up to more than 1/,
      ],
      [
        { name: 'X', cash: '1000', holdings: [{ symbol: '005930', weight: '0.5' }] },
        // The cash at which 50 % buys one share, commission included: what to type instead.
        new RegExp(
          `buys no whole share .* raise the opening cash to at least ₩${Math.ceil(
            (Number(close('005930')) * 1.00015) / 0.5,
          ).toLocaleString('en-US')}`,
        ),
      ],
      [
        { name: 'X', cash: '1000', holdings: [{ symbol: '005930', quantity: '1' }] },
        /only 1000 cash is available/,
      ],
      [
        { name: 'X', cash: '1000000', holdings: [{ symbol: '123456', quantity: '1' }] },
        /no instrument 123456/,
      ],
      [{ name: 'Chips', cash: '1' }, /named "Chips" already/],
    ];
    for (const [input, message] of cases) {
      const response = await owner.ask(CREATE, { input });
      expect(response.errors?.[0]?.message, JSON.stringify(input)).toMatch(message);
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(response.errors?.[0]?.extensions?.code);
    }
    const list = await owner.ask('{ portfolios { name } }');
    expect(list.data!.portfolios).toEqual([{ name: 'Chips' }]);
  });

  it('creates once when a request is retried with its idempotency key', async () => {
    const input = { name: 'Retry', cash: '500000', idempotencyKey: 'create-retry-1' };
    const [first, second] = await Promise.all([
      owner.ask(CREATE, { input }),
      owner.ask(CREATE, { input }),
    ]);
    expect(first.data!.createPortfolio.id).toBe(second.data!.createPortfolio.id);
    const reused = await owner.ask(CREATE, { input: { ...input, cash: '1' } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('recording trades', () => {
  let portfolioId: string;
  beforeAll(async () => {
    const response = await owner.ask(CREATE, { input: { name: 'Trading', cash: '5000000' } });
    portfolioId = response.data!.createPortfolio.id;
  });

  it('keeps cash, quantity, cost and realised P&L exact through buys and a sale', async () => {
    const buy = await owner.ask(TRADE, {
      input: {
        portfolioId,
        type: 'BUY',
        symbol: '035420',
        quantity: '7',
        price: '218000',
        fee: '228',
      },
    });
    expect(buy.data!.recordTrade).toMatchObject({ amount: '1526000', fee: '228' });
    await owner.ask(TRADE, {
      input: { portfolioId, type: 'BUY', symbol: '035420', quantity: '3', price: '210000' },
    });
    const sell = await owner.ask(TRADE, {
      input: {
        portfolioId,
        type: 'SELL',
        symbol: '035420',
        quantity: '4',
        price: '230000',
        fee: '138',
        tax: '2116',
      },
    });
    expect(sell.errors).toBeUndefined();
    await owner.ask(TRADE, {
      input: { portfolioId, type: 'DIVIDEND', symbol: '035420', amount: '3000', tax: '462' },
    });

    const { data } = await owner.ask(PORTFOLIO, { id: portfolioId });
    // Cost of 10 shares: 1,526,000 + 228 + 630,000 + 94 (the computed commission) = 2,156,322;
    // 4 sold take 862,528.8.
    expect(data!.portfolio.holdings).toEqual([
      { symbol: '035420', quantity: '6', costBasis: '1293793.2', averageCost: '215632.2' },
    ]);
    // 920,000 - 138 - 2,116 - 862,528.8
    expect(data!.portfolio.realizedPnl).toBe('55217.2');
    // 5,000,000 - 1,526,228 - 630,094 + (920,000 - 2,254) + (3,000 - 462)
    expect(data!.portfolio.cash).toBe('3763962');
  });

  it('refuses a sale beyond the position and a withdrawal beyond the cash, writing nothing', async () => {
    const before = await ledgerRows(portfolioId);
    const oversell = await owner.ask(TRADE, {
      input: { portfolioId, type: 'SELL', symbol: '035420', quantity: '7', price: '230000' },
    });
    expect(oversell.errors?.[0]).toMatchObject({
      message: 'Cannot sell 7 035420: only 6 held',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const overdraw = await owner.ask(TRADE, {
      input: { portfolioId, type: 'WITHDRAW', amount: '999999999' },
    });
    expect(overdraw.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await owner.ask(TRADE, {
      input: { portfolioId, type: 'BUY', symbol: '035420', quantity: '1' },
    });
    expect(malformed.errors?.[0]?.message).toMatch(/needs symbol, quantity and price/);
    const future = await owner.ask(TRADE, {
      input: { portfolioId, type: 'DEPOSIT', amount: '1', occurredAt: '2999-01-01T00:00:00Z' },
    });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await ledgerRows(portfolioId)).toBe(before);
  });

  it('records a retried trade once', async () => {
    const input = { portfolioId, type: 'DEPOSIT', amount: '1000', idempotencyKey: 'deposit-7f3a' };
    const before = await ledgerRows(portfolioId);
    const responses = await Promise.all([1, 2, 3].map(() => owner.ask(TRADE, { input })));
    expect(new Set(responses.map((response) => response.data!.recordTrade.id)).size).toBe(1);
    expect(await ledgerRows(portfolioId)).toBe(before + 1);
  });

  it('never lets concurrent sales take more than the position', async () => {
    const sales = await Promise.all(
      [1, 2, 3, 4].map(() =>
        owner.ask(TRADE, {
          input: { portfolioId, type: 'SELL', symbol: '035420', quantity: '2', price: '220000' },
        }),
      ),
    );
    expect(sales.filter((sale) => !sale.errors).length).toBe(3);
    const { data } = await owner.ask(PORTFOLIO, { id: portfolioId });
    expect(data!.portfolio.holdings).toEqual([]);
  });
});

describe('importing holdings from CSV', () => {
  let portfolioId: string;
  beforeAll(async () => {
    portfolioId = (await owner.ask(CREATE, { input: { name: 'Imported', cash: '0' } })).data!
      .createPortfolio.id;
  });
  const IMPORT =
    'mutation Import($id: ID!, $csv: String!) { importHoldingsCsv(portfolioId: $id, csv: $csv) { cash holdings { symbol quantity averageCost } } }';

  it('reports every bad row with its line number and imports nothing', async () => {
    const csv = [
      'symbol,quantity,average_cost',
      '005930,10,55000',
      '00066,5,90000',
      '035420,-1,200000',
      '',
      '005930,1,1',
      '035420,3',
    ].join('\n');
    const response = await owner.ask(IMPORT, { id: portfolioId, csv });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Each row's message is Korean, with both languages beside it.
    type Row = { line: number; message: string; messages: { en: string } };
    const english = (rows: unknown) =>
      (rows as Row[]).map(({ line, messages }) => ({ line, message: messages.en }));
    expect(english(response.errors?.[0]?.extensions?.rows)).toEqual([
      { line: 3, message: '"00066" is not a KRX code' },
      { line: 4, message: 'quantity "-1" is not a whole number of shares, 1 or more' },
      { line: 6, message: '005930 appears already on line 2' },
      { line: 7, message: 'Expected 3 columns (symbol, quantity, average cost), found 2' },
    ]);
    expect((response.errors?.[0]?.extensions?.rows as Row[])[0]!.message).toBe(
      '"00066"은(는) KRX 종목코드가 아닙니다',
    );
    const unknown = await owner.ask(IMPORT, { id: portfolioId, csv: '005930,1,50000\n999999,1,1' });
    expect(english(unknown.errors?.[0]?.extensions?.rows)).toEqual([
      { line: 2, message: 'There is no instrument 999999' },
    ]);
    expect(await ledgerRows(portfolioId)).toBe(1);
  });

  it('imports good rows as transfers-in that leave cash alone', async () => {
    const response = await owner.ask(IMPORT, {
      id: portfolioId,
      csv: '\uFEFF005930,10,55000.5\n000660,2,91000\n',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.importHoldingsCsv).toEqual({
      cash: '0',
      holdings: [
        { symbol: '005930', quantity: '10', averageCost: '55000.5' },
        { symbol: '000660', quantity: '2', averageCost: '91000' },
      ],
    });
  });
});

describe('valuation', () => {
  it('values holdings at the latest close through market-data, with P&L and weights', async () => {
    const { data } = await owner.ask(
      `query($id: ID!) { portfolio(id: $id) { valuation { asOf cash marketValue totalValue unrealizedPnl holdings { symbol price marketValue weight } unpricedSymbols } } }`,
      {
        id: (await owner.ask('{ portfolios { id name } }')).data!.portfolios.find(
          (p: { name: string }) => p.name === 'Imported',
        ).id,
      },
    );
    const valuation = data!.portfolio.valuation;
    const samsung = 10 * Number(close('005930'));
    const hynix = 2 * Number(close('000660'));
    expect(valuation).toMatchObject({
      asOf: LAST_DAY,
      cash: '0',
      marketValue: String(samsung + hynix),
      totalValue: String(samsung + hynix),
      unrealizedPnl: String(samsung + hynix - 550_005 - 182_000),
      unpricedSymbols: [],
    });
    expect(valuation.holdings[0]).toEqual({
      symbol: '005930',
      price: close('005930'),
      marketValue: String(samsung),
      weight: (samsung / (samsung + hynix)).toFixed(6).replace(/0+$/, ''),
    });
  });

  it('gives a daily value history at each close', async () => {
    const id = (await owner.ask('{ portfolios { id name } }')).data!.portfolios.find(
      (p: { name: string }) => p.name === 'Chips',
    ).id;
    const { data, errors } = await owner.ask(
      'query($id: ID!) { portfolio(id: $id) { valueHistory(from: "2022-09-01", to: "2022-09-19") { date value } } }',
      { id },
    );
    expect(errors).toBeUndefined();
    const history = data!.portfolio.valueHistory as { date: string; value: string }[];
    // The portfolio was created today, after the last bar, so each day shows nothing held yet.
    expect(history.map((point) => point.date)).toEqual(
      readKrxBars('005930', '2022-09-01', LAST_DAY).map((bar) => bar.date),
    );
    expect(history.every((point) => point.value === '0')).toBe(true);
  });
});
