import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseName, databaseUrl } from '@capstone/config';
import { dropDatabase, migrate, withConnection } from '@capstone/db';
import { prismaFiles as portfolioDatabase, replay, type LedgerEntry } from '@capstone/portfolio';
import { Decimal } from '@capstone/server-kit';
import { insertKrxBars, usePlatform, type SignedInUser } from '@capstone/test-platform';
import { repoRoot, run } from './support/repo.js';

// The runbook's backup and restore, on a real portfolio: a ledger written through the API is
// dumped with mariadb-dump (scripts/backup/mysql-backup.sh), restored into a fresh database
// (mysql-restore.sh --into), and must reconcile there.
// The seed brings the instruments that the bars and trades refer to.
const platform = usePlatform({
  seed: true,
  services: ['accounts', 'portfolio', 'market-data', 'gateway'],
});
let owner: SignedInUser;
let source: string;
let restored: string;
const backups = mkdtempSync(join(tmpdir(), 'capstone-backup-'));

const clientEnvironment = () => {
  const server = new URL(platform.config.DATABASE_URL);
  return {
    PATH: process.env.PATH,
    MYSQL_HOST: server.hostname,
    MYSQL_PORT: server.port || '3306',
    MYSQL_USER: decodeURIComponent(server.username),
    MYSQL_PWD: decodeURIComponent(server.password),
  };
};

const PORTFOLIO = /* GraphQL */ `
  query Portfolio($id: ID!) {
    portfolio(id: $id) {
      cash
      realizedPnl
      holdings {
        symbol
        quantity
        costBasis
      }
    }
  }
`;

let portfolioId: string;
let before: any;

beforeAll(async () => {
  await insertKrxBars(platform.config, ['005930', '000660'], '2022-09-01', '2022-09-19');
  owner = await platform.signUp('backup-owner');
  const ask = (query: string, variables: Record<string, unknown>) =>
    owner.ask<Record<string, any>>(query, variables);

  const created = await ask(
    'mutation ($input: CreatePortfolioInput!) { createPortfolio(input: $input) { id } }',
    {
      input: {
        name: '백업 Backup',
        cash: '50000000',
        holdings: [{ symbol: '005930', quantity: '40' }],
      },
    },
  );
  portfolioId = created.data!.createPortfolio.id;
  const trades = [
    { type: 'BUY', symbol: '000660', quantity: '12', price: '93400', fee: '168' },
    { type: 'SELL', symbol: '005930', quantity: '15', price: '56200', fee: '126', tax: '1939' },
    { type: 'DIVIDEND', symbol: '005930', amount: '9025' },
    { type: 'WITHDRAW', amount: '1000000' },
    { type: 'BUY', symbol: '005930', quantity: '3', price: '55100', fee: '25' },
  ];
  for (const trade of trades) {
    const answer = await ask(
      'mutation ($input: RecordTradeInput!) { recordTrade(input: $input) { id } }',
      {
        input: { portfolioId, ...trade },
      },
    );
    expect(answer.errors, JSON.stringify(trade)).toBeUndefined();
  }
  before = (await ask(PORTFOLIO, { id: portfolioId })).data!.portfolio;

  source = databaseName(platform.config, 'portfolio');
  restored = `${source}_restored`;
}, 120_000);

afterAll(async () => {
  if (restored) await dropDatabase(restoredUrl());
  rmSync(backups, { recursive: true, force: true });
});

const restoredUrl = () =>
  databaseUrl(platform.config, 'portfolio').replace(`/${source}`, `/${restored}`);

async function tableCounts(url: string): Promise<Record<string, number>> {
  return withConnection(url, async (connection) => {
    const schema = new URL(url).pathname.slice(1);
    const tables = (await connection.query(
      'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME',
      [schema],
    )) as { name: string }[];
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = (await connection.query(`SELECT COUNT(*) AS n FROM \`${name}\``)) as {
        n: bigint;
      }[];
      counts[name] = Number(row!.n);
    }
    return counts;
  });
}

/** Cash and positions replayed from the ledger rows of a database, with the portfolio's own rules. */
async function reconcile(url: string) {
  const rows = (await withConnection(url, (connection) =>
    connection.query(
      'SELECT type, symbol, quantity, price, amount, fee, tax FROM `Transaction` WHERE portfolioId = ? ORDER BY sequence',
      [portfolioId],
    ),
  )) as Record<string, string | null>[];
  const decimal = (value: string | null | undefined) => (value == null ? null : new Decimal(value));
  const entries: LedgerEntry[] = rows.map((row) => ({
    type: row.type as LedgerEntry['type'],
    symbol: row.symbol,
    quantity: decimal(row.quantity),
    price: decimal(row.price),
    amount: new Decimal(row.amount!),
    fee: new Decimal(row.fee!),
    tax: new Decimal(row.tax!),
  }));
  const state = replay(entries);
  return {
    rows: rows.length,
    cash: state.cash,
    realizedPnl: state.realizedPnl,
    positions: Object.fromEntries(
      [...state.positions.values()]
        .filter((position) => !position.quantity.isZero())
        .map((position) => [
          position.symbol,
          { quantity: position.quantity, costBasis: position.costBasis },
        ]),
    ),
  };
}

describe('backup and restore of MySQL (scripts/backup)', () => {
  it('dumps the portfolio database, restores it into a fresh one, and the ledger reconciles there', async () => {
    await run(
      join(repoRoot, 'scripts/backup/mysql-backup.sh'),
      ['--out', backups, '--database', source],
      {
        env: clientEnvironment(),
      },
    );
    const [stamp] = readdirSync(backups);
    expect(stamp).toMatch(/^\d{8}T\d{6}Z$/);
    const folder = join(backups, stamp!);
    expect(readdirSync(folder).sort()).toEqual(['SHA256SUMS', `${source}.sql.gz`]);

    await run(
      join(repoRoot, 'scripts/backup/mysql-restore.sh'),
      ['--from', folder, '--database', source, '--into', restored],
      { env: clientEnvironment() },
    );

    // Every table, the migration history among them, has the same rows.
    const original = await tableCounts(databaseUrl(platform.config, 'portfolio'));
    // The demo portfolios of the seed are there too.
    expect(original.Transaction).toBeGreaterThan(7);
    expect(original._prisma_migrations).toBeGreaterThan(0);
    expect(await tableCounts(restoredUrl())).toEqual(original);

    // Cash and positions replayed from the restored ledger are what the API showed before.
    const after = await reconcile(restoredUrl());
    expect(after).toEqual(await reconcile(databaseUrl(platform.config, 'portfolio')));
    // Deposit and purchase of createPortfolio, then the five lines recorded.
    expect(after.rows).toBe(7);
    expect(after.cash.equals(before.cash)).toBe(true);
    expect(after.realizedPnl.equals(before.realizedPnl)).toBe(true);
    expect(Object.keys(after.positions).sort()).toEqual(
      before.holdings.map((h: any) => h.symbol).sort(),
    );
    for (const holding of before.holdings) {
      expect(
        after.positions[holding.symbol]!.quantity.equals(holding.quantity),
        holding.symbol,
      ).toBe(true);
      expect(
        after.positions[holding.symbol]!.costBasis.equals(holding.costBasis),
        holding.symbol,
      ).toBe(true);
    }

    // The migration runner sees the restored database as up to date.
    const { applied } = await migrate({
      url: restoredUrl(),
      migrationsDir: portfolioDatabase.migrationsDir,
    });
    expect(applied).toEqual([]);
  });

  it('refuses a dump that does not match its checksum, and a target that already has tables', async () => {
    const [stamp] = readdirSync(backups);
    const folder = join(backups, stamp!);
    await expect(
      run(
        join(repoRoot, 'scripts/backup/mysql-restore.sh'),
        ['--from', folder, '--database', source, '--into', restored],
        {
          env: clientEnvironment(),
        },
      ),
    ).rejects.toThrow(new RegExp(`${restored} already has \\d+ tables; --force drops it first`));
    await run('sh', ['-c', `printf x >> "${join(folder, `${source}.sql.gz`)}"`]);
    await expect(
      run(
        join(repoRoot, 'scripts/backup/mysql-restore.sh'),
        ['--from', folder, '--database', source, '--into', `${restored}2`],
        {
          env: clientEnvironment(),
        },
      ),
    ).rejects.toThrow(/does not match .*SHA256SUMS; refusing to restore it/);
  });
});
