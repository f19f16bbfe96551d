import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import * as ai from '@capstone/ai';
import * as marketData from '@capstone/market-data';
import * as portfolio from '@capstone/portfolio';
import {
  startSubgraph,
  type AnySubgraphDefinition,
  type RunningService,
} from '@capstone/server-kit';
import {
  KRX_DATA_DIR,
  insertKrxBars,
  readKrxBars,
  usePlatform,
  type SignedInUser,
} from '@capstone/test-platform';
import { readdirSync } from 'node:fs';
import { serveBaselineForecasts } from '../ai-forecasts/baseline-forecasts.js';

/**
 * Counts the SQL statements market-data runs for one GraphQL request through the gateway: a
 * field asked of every holding of a portfolio must cost one query, not one per holding.
 */
const HOLDINGS = 50;
const SYMBOLS = readdirSync(KRX_DATA_DIR)
  .map((file) => file.replace('.csv', ''))
  .sort()
  .slice(0, HOLDINGS);

// No background reads while statements are counted: ai loads its versions when it (re)starts,
// and the ledger's split follower (which asks market-data) waits an hour.
const platform = usePlatform({
  seed: true,
  env: { ETL_WORKER_MODE: 'off', AI_MODEL_POLL_MS: '3600000', SPLIT_POLL_MS: '3600000' },
});
const counted: RunningService[] = [];
let owner: SignedInUser;
let portfolioId: string;
const statements = { 'market-data': [] as string[], ai: [] as string[], portfolio: [] as string[] };

interface QueryEvents {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
}

/** Each holding's forecast volatility (its baseline's, as no model is promoted): its own number. */
const volatilityOf = (symbol: string) => 0.1 + SYMBOLS.indexOf(symbol) / 1000;

beforeAll(async () => {
  await serveBaselineForecasts(
    platform.config,
    Object.fromEntries(SYMBOLS.map((symbol) => [symbol, volatilityOf(symbol)])),
  );
  await countStatements(
    'market-data',
    marketData.marketDataSubgraph,
    marketData.createPrismaClient,
  );
  await countStatements('ai', ai.aiSubgraph, ai.createPrismaClient);
  await countStatements('portfolio', portfolio.portfolioSubgraph, portfolio.createPrismaClient);
  await withConnection(databaseUrl(platform.config, 'market-data'), (connection) =>
    connection.batch(
      "INSERT IGNORE INTO Instrument (symbol, nameKo, market, updatedAt) VALUES (?, ?, 'KOSPI', NOW())",
      SYMBOLS.map((symbol) => [symbol, `종목 ${symbol}`]),
    ),
  );
  await insertKrxBars(platform.config, SYMBOLS, '2022-09-01', '2022-09-19');
  owner = await platform.signUp('query-counter');
  const created = await owner.ask<{ createPortfolio: { id: string } }>(
    'mutation ($input: CreatePortfolioInput!) { createPortfolio(input: $input) { id } }',
    {
      input: {
        name: 'Fifty holdings',
        cash: '100000000000',
        holdings: SYMBOLS.map((symbol) => ({ symbol, quantity: '1' })),
      },
    },
  );
  expect(created.errors).toBeUndefined();
  portfolioId = created.data!.createPortfolio.id;
});
// Runs before the fixture's own afterAll (after-hooks run in reverse order).
afterAll(async () => {
  await Promise.all(counted.map((service) => service.close()));
});

/** Starts a subgraph again, on its port, with a Prisma client that tells each statement it runs. */
async function countStatements(
  name: keyof typeof statements,
  definition: AnySubgraphDefinition,
  createPrismaClient: (
    url: string,
    options: { log: { emit: 'event'; level: 'query' }[] },
  ) => unknown,
): Promise<void> {
  const port = Number(new URL(platform.urls[name]!).port);
  await platform.stopService(name);
  counted.push(
    await startSubgraph(
      {
        ...definition,
        createDatabaseClient: (url: string) => {
          const client = createPrismaClient(url, { log: [{ emit: 'event', level: 'query' }] });
          // The factory's type does not carry the log option through to $on's events.
          (client as QueryEvents).$on('query', (event) => statements[name].push(event.query));
          return client;
        },
      },
      { config: platform.config, port },
    ),
  );
}

/** The statements a subgraph ran for one request, without Prisma's own bookkeeping. */
async function statementsFor(
  query: string,
  subgraph: keyof typeof statements = 'market-data',
): Promise<string[]> {
  statements[subgraph].length = 0;
  const answer = await owner.ask<{ portfolio: { holdings: unknown[] } }>(query, {
    id: portfolioId,
  });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.portfolio.holdings).toHaveLength(HOLDINGS);
  return statements[subgraph].filter((sql) => /^\s*SELECT/i.test(sql) && !/SELECT 1\b/.test(sql));
}

describe('a 50-holding portfolio through the gateway', () => {
  it('costs market-data one query for the holdings’ instruments', async () => {
    const run = await statementsFor(
      'query ($id: ID!) { portfolio(id: $id) { holdings { instrument { nameKo } } } }',
    );
    expect(run).toHaveLength(1);
  });

  it('costs one more query for their last closes, not one per holding', async () => {
    const run = await statementsFor(
      'query ($id: ID!) { portfolio(id: $id) { holdings { instrument { nameKo lastClose { close } } } } }',
    );
    expect(run).toHaveLength(2);
  });

  it('costs one query per field for last quotes and price histories as well', async () => {
    const run = await statementsFor(
      `query ($id: ID!) { portfolio(id: $id) { holdings { instrument {
         nameKo lastClose { close } lastQuote { price }
         priceHistory(from: "2022-09-14", to: "2022-09-19") { close }
       } } } }`,
    );
    expect(run).toHaveLength(4);
  });

  it('costs ai one query for the holdings’ forecasts and their models, not one per holding', async () => {
    const run = await statementsFor(
      'query ($id: ID!) { portfolio(id: $id) { holdings { instrument { forecast { volatility { value model { name } } probabilityUp { value } } } } } }',
      'ai',
    );
    // The holdings' feature rows; the serving models are in memory, run once for all.
    expect(run).toHaveLength(1);
    const answer = await owner.ask<{
      portfolio: {
        holdings: { symbol: string; instrument: { forecast: { volatility: { value: number } } } }[];
      };
    }>(
      'query ($id: ID!) { portfolio(id: $id) { holdings { symbol instrument { forecast { volatility { value } } } } } }',
      { id: portfolioId },
    );
    // Each holding's own number, not another's.
    for (const { symbol, instrument } of answer.data!.portfolio.holdings) {
      expect(instrument.forecast.volatility.value).toBeCloseTo(volatilityOf(symbol), 12);
    }
  });

  it('answers each holding with its own instrument’s last close, as stored', async () => {
    const answer = await owner.ask<{
      portfolio: {
        holdings: { symbol: string; instrument: { lastClose: { date: string; close: string } } }[];
      };
    }>(
      'query ($id: ID!) { portfolio(id: $id) { holdings { symbol instrument { lastClose { date close } } } } }',
      { id: portfolioId },
    );
    const holdings = answer.data!.portfolio.holdings;
    expect(holdings.map((holding) => holding.symbol).sort()).toEqual(SYMBOLS);
    for (const { symbol, instrument } of holdings) {
      const last = readKrxBars(symbol, '2022-09-01', '2022-09-19').at(-1)!;
      expect({ symbol, ...instrument.lastClose }).toEqual({
        symbol,
        date: last.date,
        close: String(Number(last.close)),
      });
    }
  });
});

describe('a user with several portfolios', () => {
  it('costs portfolio one query for all their ledgers, not one per portfolio', async () => {
    const user = await platform.signUp('many-portfolios');
    for (const name of ['One', 'Two', 'Three', 'Four']) {
      const created = await user.ask(
        'mutation ($name: String!) { createPortfolio(input: { name: $name, cash: "1000" }) { id } }',
        { name },
      );
      expect(created.errors).toBeUndefined();
    }
    statements.portfolio.length = 0;
    const answer = await user.ask<{ portfolios: { name: string; cash: string }[] }>(
      '{ portfolios { name cash realizedPnl holdings { symbol } } }',
      {},
    );
    expect(answer.data?.portfolios.map(({ name, cash }) => `${name} ${cash}`)).toEqual([
      'Four 1000',
      'One 1000',
      'Three 1000',
      'Two 1000',
    ]);
    // The portfolios, then the transactions of all four.
    expect(statements.portfolio.filter((sql) => /^\s*SELECT/i.test(sql))).toHaveLength(2);
  });
});
