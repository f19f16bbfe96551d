import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, databaseUrl } from '@capstone/config';
import { findDrift, withConnection } from '@capstone/db';
import { migrateAll, subgraphModules } from '@capstone/platform';
import { createTestDatabases, type TestDatabases } from '@capstone/test-platform';

let databases: TestDatabases;
beforeAll(async () => {
  databases = await createTestDatabases();
});
afterAll(() => databases.drop());

const driftOf = (name: (typeof SUBGRAPHS)[number]) =>
  findDrift({
    url: databaseUrl(databases.config, name),
    schemaPath: subgraphModules[name].prismaFiles.schemaPath,
  });

describe('schema drift', () => {
  it.each(SUBGRAPHS)('finds none in the freshly migrated %s database', async (name) => {
    expect(await driftOf(name)).toEqual([]);
  });

  it('names a column altered by hand, and is clean again after migrating', async () => {
    const url = databaseUrl(databases.config, 'accounts');
    await withConnection(url, (connection) =>
      connection.query('ALTER TABLE `User` MODIFY `displayName` VARCHAR(80) NULL'),
    );
    expect(await driftOf('accounts')).toEqual([
      'User.displayName type: database has "varchar(80)", schema.prisma says "varchar(100)"',
      'User.displayName nullable: database has true, schema.prisma says false',
    ]);

    // Repair the way an operator would: undo the change, then migrate.
    await withConnection(url, (connection) =>
      connection.query('ALTER TABLE `User` MODIFY `displayName` VARCHAR(100) NOT NULL'),
    );
    await migrateAll(databases.config);
    expect(await driftOf('accounts')).toEqual([]);
  });

  it('notices defaults, enums, indexes and foreign keys that differ', async () => {
    const url = databaseUrl(databases.config, 'portfolio');
    await withConnection(url, async (connection) => {
      await connection.query("ALTER TABLE `Portfolio` ALTER `baseCurrency` SET DEFAULT 'USD'");
      await connection.query(
        "ALTER TABLE `Transaction` MODIFY `type` ENUM('DEPOSIT','WITHDRAW','BUY','SELL') NOT NULL",
      );
      // The foreign key needs the index, so it goes first.
      await connection.query(
        'ALTER TABLE `Transaction` DROP FOREIGN KEY `Transaction_portfolioId_fkey`',
      );
      await connection.query(
        'DROP INDEX `Transaction_portfolioId_occurredAt_idx` ON `Transaction`',
      );
      await connection.query('ALTER TABLE `Portfolio` ADD COLUMN `extra` INT NULL');
    });
    const drift = await driftOf('portfolio');
    expect(drift).toEqual(
      expect.arrayContaining([
        'Portfolio.baseCurrency default: database has "USD", schema.prisma says "KRW"',
        expect.stringMatching(
          /^Transaction\.type type: database has "enum\('DEPOSIT','WITHDRAW','BUY','SELL'\)"/,
        ),
        'index Transaction.Transaction_portfolioId_occurredAt_idx is missing',
        'foreign key Transaction.Transaction_portfolioId_fkey is missing',
        'Portfolio.extra is not in schema.prisma',
      ]),
    );
  });
});
