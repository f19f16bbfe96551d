import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnv } from '@capstone/config';
import { MigrationError, dropDatabase, migrate, withConnection } from '@capstone/db';

let url: string;
let dir: string;

function addMigration(name: string, sql: string): string {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, 'migration.sql'), sql);
  return createHash('sha256').update(sql).digest('hex');
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}
const history = () =>
  withConnection(
    url,
    (connection) =>
      connection.query(
        'SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count FROM _prisma_migrations ORDER BY started_at, migration_name',
      ) as Promise<HistoryRow[]>,
  );

beforeEach(() => {
  // A database of this test's own on the configured server, dropped after each test.
  const { DATABASE_URL } = parseEnv({ ...process.env, NODE_ENV: 'test' });
  const server = new URL(DATABASE_URL);
  server.pathname = `/capstone_test_migrations_${randomBytes(4).toString('hex')}`;
  url = server.toString();
  dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  writeFileSync(join(dir, 'migration_lock.toml'), 'provider = "mysql"\n');
});
afterEach(() => dropDatabase(url));

describe('the migration runner', () => {
  it("creates the database and records each migration in Prisma's history table", async () => {
    const first = addMigration('20260101000000_a', 'CREATE TABLE a (id INT PRIMARY KEY);');
    const second = addMigration(
      '20260102000000_b',
      'CREATE TABLE b (id INT PRIMARY KEY);\nCREATE TABLE c (id INT);',
    );

    const result = await migrate({ url, migrationsDir: dir });

    expect(result.applied).toEqual(['20260101000000_a', '20260102000000_b']);
    const rows = await history();
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count])).toEqual([
      ['20260101000000_a', first, 1],
      ['20260102000000_b', second, 1],
    ]);
    expect(
      rows.every((row) => row.finished_at instanceof Date && row.rolled_back_at === null),
    ).toBe(true);
    const tables = await withConnection(url, (connection) => connection.query('SHOW TABLES'));
    expect((tables as Record<string, string>[]).map((row) => Object.values(row)[0]).sort()).toEqual(
      ['_prisma_migrations', 'a', 'b', 'c'],
    );
  });

  it('applies only what is pending on a rerun', async () => {
    addMigration('20260101000000_a', 'CREATE TABLE a (id INT PRIMARY KEY);');
    await migrate({ url, migrationsDir: dir });
    addMigration('20260102000000_b', 'CREATE TABLE b (id INT PRIMARY KEY);');

    const result = await migrate({ url, migrationsDir: dir });

    expect(result).toEqual({ applied: ['20260102000000_b'], alreadyApplied: ['20260101000000_a'] });
    expect(await history()).toHaveLength(2);
  });

  it('leaves a failed migration unfinished with its logs and refuses to go on', async () => {
    addMigration('20260101000000_a', 'CREATE TABLE a (id INT PRIMARY KEY);');
    addMigration(
      '20260102000000_broken',
      'CREATE TABLE b (id INT PRIMARY KEY);\nCREATE TABLE a (id INT);',
    );
    addMigration('20260103000000_c', 'CREATE TABLE c (id INT PRIMARY KEY);');

    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(
      /Migration 20260102000000_broken failed: .*already exists/,
    );
    const rows = await history();
    expect(rows.map((row) => row.migration_name)).toEqual([
      '20260101000000_a',
      '20260102000000_broken',
    ]);
    expect(rows[1]!.finished_at).toBeNull();
    expect(rows[1]!.logs).toMatch(/already exists/);

    // Like Prisma's P3009: nothing more is applied until someone resolves the failure.
    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(
      /failed migration in the target database.*20260102000000_broken/s,
    );
    expect(await history()).toHaveLength(2);
  });

  it('refuses to run when an applied migration was edited', async () => {
    addMigration('20260101000000_a', 'CREATE TABLE a (id INT PRIMARY KEY);');
    await migrate({ url, migrationsDir: dir });
    writeFileSync(
      join(dir, '20260101000000_a', 'migration.sql'),
      'CREATE TABLE a (id BIGINT PRIMARY KEY);',
    );

    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(MigrationError);
    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(
      /modified after it was applied/,
    );
  });

  it('waits for the prisma_migrate lock another runner holds', async () => {
    addMigration('20260101000000_a', 'CREATE TABLE a (id INT PRIMARY KEY);');
    const [one, two] = await Promise.all([
      migrate({ url, migrationsDir: dir }),
      migrate({ url, migrationsDir: dir }),
    ]);
    expect([...one.applied, ...two.applied]).toEqual(['20260101000000_a']);
    expect(await history()).toHaveLength(1);
  });

  it('needs a lock file that names mysql', async () => {
    writeFileSync(join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(/provider = "mysql"/);
  });
});
