import { randomUUID } from 'node:crypto';
import type { Connection } from 'mariadb';
import { Umzug, type UmzugStorage } from 'umzug';
import { createDatabase, withConnection } from './connection.js';
import { readMigrations, type MigrationFile } from './migrations.js';

/**
 * Prisma's own history table, with Prisma's DDL, so that a real `prisma migrate deploy`
 * run elsewhere accepts the history this runner writes.
 */
const PRISMA_MIGRATIONS_DDL = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIME(3),
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          DATETIME(3),
    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

/** Prisma takes this advisory lock so that two deploys never interleave. */
const LOCK_NAME = 'prisma_migrate';
const LOCK_TIMEOUT_SECONDS = 10;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
}

export interface MigrateOptions {
  /** The database's URL; the database is created when missing, as Prisma does. */
  url: string;
  migrationsDir: string;
  log?: (message: string) => void;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

/** Applies every pending migration of `migrationsDir`, recording each in `_prisma_migrations`. */
export async function migrate({ url, migrationsDir, log }: MigrateOptions): Promise<MigrateResult> {
  const files = readMigrations(migrationsDir);
  await createDatabase(url);
  return withConnection(
    url,
    async (connection) => {
      await acquireLock(connection);
      try {
        await connection.query(PRISMA_MIGRATIONS_DDL);
        const history = await readHistory(connection);
        refuseAfterFailure(history);
        refuseEditedMigrations(history, files);

        const umzug = new Umzug<Connection>({
          context: connection,
          storage: prismaHistoryStorage,
          logger: undefined,
          migrations: files.map((file) => ({
            name: file.name,
            up: ({ context }) => applyMigration(context, file),
          })),
        });
        const pending = await umzug.pending();
        const applied = await umzug.up();
        for (const { name } of applied) log?.(`applied ${name}`);
        return {
          applied: applied.map(({ name }) => name),
          alreadyApplied: files
            .map(({ name }) => name)
            .filter((name) => !pending.some((migration) => migration.name === name)),
        };
      } finally {
        await connection.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]);
      }
    },
    { multipleStatements: true },
  );
}

/** Rows go started -> finished like Prisma's; a failure leaves the row unfinished with its logs. */
async function applyMigration(connection: Connection, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await connection.query(
    'INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, NOW(3), 0)',
    [id, file.checksum, file.name],
  );
  try {
    if (file.sql.trim()) await connection.query(file.sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await connection.query('UPDATE _prisma_migrations SET logs = ? WHERE id = ?', [
      `Migration \`${file.name}\` failed:\n${message}`,
      id,
    ]);
    throw new MigrationError(`Migration ${file.name} failed: ${message}`, { cause: error });
  }
  await connection.query(
    'UPDATE _prisma_migrations SET finished_at = NOW(3), applied_steps_count = 1 WHERE id = ?',
    [id],
  );
}

/** The row is written by `applyMigration` itself, so that its start is recorded before the DDL runs. */
const prismaHistoryStorage: UmzugStorage<Connection> = {
  async logMigration() {},
  async unlogMigration({ name, context }) {
    await context.query(
      'UPDATE _prisma_migrations SET rolled_back_at = NOW(3) WHERE migration_name = ? AND rolled_back_at IS NULL',
      [name],
    );
  },
  async executed({ context }) {
    const rows = await readHistory(context);
    return rows
      .filter((row) => row.finished_at && !row.rolled_back_at)
      .map((row) => row.migration_name);
  },
};

async function acquireLock(connection: Connection): Promise<void> {
  const [row] = (await connection.query('SELECT GET_LOCK(?, ?) AS locked', [
    LOCK_NAME,
    LOCK_TIMEOUT_SECONDS,
  ])) as { locked: number | bigint | null }[];
  if (Number(row?.locked) !== 1) {
    throw new MigrationError(
      `Another migration holds the '${LOCK_NAME}' lock; gave up after ${LOCK_TIMEOUT_SECONDS} s`,
    );
  }
}

async function readHistory(connection: Connection): Promise<HistoryRow[]> {
  return (await connection.query(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, started_at, logs FROM _prisma_migrations ORDER BY started_at, migration_name',
  )) as HistoryRow[];
}

/** Like Prisma (P3009): after a failed migration nothing more is applied until someone resolves it. */
function refuseAfterFailure(history: HistoryRow[]): void {
  const failed = history.find((row) => !row.finished_at && !row.rolled_back_at);
  if (failed) {
    throw new MigrationError(
      `Found a failed migration in the target database, so new migrations will not be applied. ` +
        `The \`${failed.migration_name}\` migration started at ${failed.started_at.toISOString()} failed` +
        (failed.logs ? `:\n${failed.logs}` : '') +
        `\nFix the database by hand, then mark the row rolled back (rolled_back_at) or finished.`,
    );
  }
}

/** An applied migration whose file changed would leave the schema and the history telling different stories. */
function refuseEditedMigrations(history: HistoryRow[], files: MigrationFile[]): void {
  for (const row of history) {
    if (!row.finished_at || row.rolled_back_at) continue;
    const file = files.find(({ name }) => name === row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk). Add a new migration instead of editing an applied one.`,
      );
    }
  }
}
